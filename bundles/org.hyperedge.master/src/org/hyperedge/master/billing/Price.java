package org.hyperedge.master.billing;

import java.math.BigDecimal;
import java.time.Instant;

import org.hyperedge.master.accounting.Resource;

/** A unit price of a resource, in a currency, from a date on (until the next price of the same resource). */
public record Price(Resource resource, BigDecimal unitPrice, String currency, Instant effectiveFrom) {
}
