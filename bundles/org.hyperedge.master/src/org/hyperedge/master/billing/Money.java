package org.hyperedge.master.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one place amounts are rounded. Quantities stay exact (6 decimals, as metered) and unit prices exact (up to 10
 * decimals); an invoice line's amount is quantity x unit price rounded once, HALF_UP, to the currency's minor unit
 * (2 decimals for EUR and USD, 0 for JPY); an invoice's total is the exact sum of its rounded lines, so the lines
 * always add up to the total.
 */
public final class Money {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {
    }

    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown currency '" + code + "': expected an ISO 4217 code such as EUR or USD");
        }
    }

    /** An invoice line's amount: the exact product rounded HALF_UP to the currency's minor unit. */
    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return quantity.multiply(unitPrice).setScale(minorDigits(currency), ROUNDING);
    }

    public static int minorDigits(String currency) {
        return Math.max(0, currency(currency).getDefaultFractionDigits());
    }

    /** "1234.50 EUR". */
    public static String format(BigDecimal amount, String currency) {
        return amount.setScale(minorDigits(currency), ROUNDING).toPlainString() + " " + currency;
    }
}
