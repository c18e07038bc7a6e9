package org.hyperedge.master.billing;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A billing period: a calendar month in UTC, [first instant of the month, first instant of the next). */
public record BillingPeriod(YearMonth month) {

    public static BillingPeriod parse(String month) {
        try {
            return new BillingPeriod(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("billing period '" + month + "' is not a month like 2026-11");
        }
    }

    public static BillingPeriod containing(Instant at) {
        return new BillingPeriod(YearMonth.from(at.atOffset(ZoneOffset.UTC)));
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
