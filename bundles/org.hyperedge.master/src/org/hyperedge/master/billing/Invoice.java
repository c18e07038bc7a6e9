package org.hyperedge.master.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An invoice of a project for a period, with its lines when read with them. */
public record Invoice(long id, String project, BillingPeriod period, String currency, BigDecimal total, String state,
        Instant generatedAt, Instant issuedAt, Instant dueAt, Instant paidAt, List<Line> lines) {

    /** One line: a resource used by an instance tree, at one unit price. */
    public record Line(int number, long treeId, String tree, String resource, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount) {
    }

    public boolean overdue(Instant now) {
        return "issued".equals(state) && dueAt != null && dueAt.isBefore(now);
    }
}
