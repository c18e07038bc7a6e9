package org.hyperedge.master.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.math.BigDecimal;

import org.hyperedge.master.ticket.Tickets;

/** An issued invoice unpaid past its due date has one open ticket, resolved when it is paid. */
public final class OverdueInvoices {

    private OverdueInvoices() {
    }

    public static String cause(long invoiceId) {
        return "invoice-overdue:" + invoiceId;
    }

    /** Opens a ticket for every overdue invoice; returns how many are overdue. */
    public static int check(Connection connection, Instant now) throws SQLException {
        int overdue = 0;
        try (PreparedStatement query = connection.prepareStatement("SELECT id, project, total, currency, due_at, period_start "
                + "FROM invoice WHERE state = 'issued' AND due_at < ?")) {
            query.setObject(1, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    overdue++;
                    long id = rows.getLong(1);
                    BigDecimal total = rows.getBigDecimal(3);
                    String currency = rows.getString(4).trim();
                    Instant due = rows.getObject(5, OffsetDateTime.class).toInstant();
                    Tickets.open(connection, cause(id), "invoice " + id + " of project " + rows.getString(2),
                            "invoice " + id + " (" + BillingPeriod.containing(rows.getObject(6, OffsetDateTime.class)
                                    .toInstant()) + ", " + Money.format(total, currency) + ") was due " + due + " and is unpaid");
                }
            }
        }
        return overdue;
    }
}
