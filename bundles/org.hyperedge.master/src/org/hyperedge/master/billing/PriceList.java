package org.hyperedge.master.billing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.store.Database;

/**
 * The price list: per resource, a history of unit prices each effective from its date (the start of a UTC day). A new price never changes
 * what was used before its date; usage is priced at the price in effect when its period began.
 */
public final class PriceList {

    /** Unit prices are kept to this many decimals (e.g. 0.0000125 EUR per CPU second). */
    public static final int PRICE_SCALE = 10;
    /** No unit price reaches this (the column holds 14 digits before the point): a bigger one is a typing mistake. */
    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000000");
    /** Prices take effect from days within these years; year 1 or year 999999999 is a typing mistake. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2099-12-31T00:00:00Z");

    private final Database database;

    public PriceList(Database database) {
        this.database = database;
    }

    /** Sets the unit price of a resource from a date on (replacing a price set for exactly that date). */
    public Price set(Resource resource, BigDecimal unitPrice, String currency, Instant effectiveFrom) {
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("the price of " + resource.unit() + " must not be negative: " + unitPrice);
        }
        if (unitPrice.stripTrailingZeros().scale() > PRICE_SCALE) {
            throw new IllegalArgumentException("the price " + unitPrice.toPlainString() + " has more than " + PRICE_SCALE
                    + " decimals; nothing was changed");
        }
        if (unitPrice.compareTo(MAX_UNIT_PRICE) > 0) {
            throw new IllegalArgumentException("the price " + unitPrice.toPlainString() + " of " + resource.unit()
                    + " is more than " + MAX_UNIT_PRICE.toPlainString() + "; nothing was changed");
        }
        Money.currency(currency);
        if (effectiveFrom.isBefore(EARLIEST) || effectiveFrom.isAfter(LATEST)) {
            throw new IllegalArgumentException("a price from " + effectiveFrom + " is out of range: give a day from "
                    + EARLIEST.toString().substring(0, 10) + " to " + LATEST.toString().substring(0, 10) + "; nothing was changed");
        }
        if (effectiveFrom.getEpochSecond() % 86_400 != 0 || effectiveFrom.getNano() != 0) {
            throw new IllegalArgumentException("a price takes effect at the start of a day (00:00 UTC), not at "
                    + effectiveFrom + "; nothing was changed");
        }
        Price price = new Price(resource, unitPrice, currency, effectiveFrom);
        database.inTransaction(connection -> {
            refuseIssuedPeriod(connection, effectiveFrom);
            refuseSecondCurrency(connection, resource, effectiveFrom, currency);
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM price WHERE resource = ? AND effective_from = ?")) {
                delete.setString(1, resource.unit());
                delete.setObject(2, effectiveFrom.atOffset(ZoneOffset.UTC));
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO price (resource, effective_from, "
                    + "unit_price, currency, set_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, resource.unit());
                insert.setObject(2, effectiveFrom.atOffset(ZoneOffset.UTC));
                insert.setBigDecimal(3, unitPrice);
                insert.setString(4, currency);
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
        return price;
    }

    /** Every price ever set, per resource, oldest first. */
    public List<Price> history() {
        return database.inTransaction(PriceList::all);
    }

    /** The price of the resource in effect at the instant, if any. */
    public Optional<Price> at(Resource resource, Instant at) {
        return history().stream().filter(p -> p.resource() == resource && !p.effectiveFrom().isAfter(at))
                .reduce((older, newer) -> newer);
    }

    /** The price in effect now for each resource that has one, and any price set for later. */
    public List<Price> currentAndUpcoming(Instant now) {
        List<Price> all = history();
        List<Price> shown = new ArrayList<>();
        for (Resource resource : Resource.values()) {
            all.stream().filter(p -> p.resource() == resource && !p.effectiveFrom().isAfter(now)).reduce((a, b) -> b)
                    .ifPresent(shown::add);
            all.stream().filter(p -> p.resource() == resource && p.effectiveFrom().isAfter(now)).forEach(shown::add);
        }
        return shown;
    }

    static List<Price> all(Connection connection) throws SQLException {
        List<Price> prices = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT resource, unit_price, currency, effective_from FROM price ORDER BY resource, effective_from");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                prices.add(new Price(Resource.parse(rows.getString(1)), rows.getBigDecimal(2).stripTrailingZeros(),
                        rows.getString(3).trim(), rows.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        return prices;
    }

    /**
     * An invoice is in one currency, so the price list is: a price in another currency than the other prices would
     * be accepted here and refused at invoicing. (Replacing the one price there is, or the price being replaced,
     * may change the currency.)
     */
    private static void refuseSecondCurrency(Connection connection, Resource resource, Instant effectiveFrom,
            String currency) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT currency, COUNT(*) FROM price "
                + "WHERE NOT (resource = ? AND effective_from = ?) GROUP BY currency")) {
            query.setString(1, resource.unit());
            query.setObject(2, effectiveFrom.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String other = rows.getString(1).trim();
                    if (!other.equals(currency)) {
                        throw new IllegalArgumentException("the price list is in " + other + " (" + rows.getInt(2)
                                + " price(s)); an invoice has one currency, so give this price in " + other
                                + " too; nothing was changed");
                    }
                }
            }
        }
    }

    /** Issued invoices are final: a price may not reach back into a period already invoiced. */
    private static void refuseIssuedPeriod(Connection connection, Instant effectiveFrom) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(period_end) FROM invoice "
                + "WHERE state <> 'draft'")) {
            try (ResultSet row = query.executeQuery()) {
                OffsetDateTime end = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
                if (end != null && effectiveFrom.isBefore(end.toInstant())) {
                    throw new IllegalArgumentException("a price effective from " + effectiveFrom + " would reach into a "
                            + "period already invoiced (issued up to " + end.toInstant() + "); give a date from then on");
                }
            }
        }
    }
}
