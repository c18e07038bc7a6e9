package org.hyperedge.cli;

import java.math.BigDecimal;

import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.PriceList;
import org.hyperedge.master.ticket.TicketService;

/**
 * The bounds of what the command line takes, in one place; {@code --help} and the README state them. A value
 * beyond its bound is refused with the bound, never cut or clamped.
 */
final class Limits {

    /** Titles, tree, node, site and project names, label names and values, assignees (the master's columns). */
    static final int NAME = 255;
    /** Software type names and parameter names. */
    static final int SHORT_NAME = 63;
    static final int TICKET_SUBJECT = TicketService.MAX_SUBJECT;
    static final int TICKET_REASON = TicketService.MAX_REASON;
    /** Ticket notes and comments. */
    static final int TICKET_NOTE = TicketService.MAX_NOTE;
    /** A {@code --params-file}: checked before it is read. */
    static final long PARAMS_FILE_BYTES = 1L << 20;
    /** Parameters of one request, from {@code --params-file} and {@code --param} together. */
    static final int PARAMETERS = 1_000;
    /** One {@code --param} value (the master takes 64 KiB of parameters in all). */
    static final int PARAMETER_VALUE = 64 * 1024;
    /** A composite file for {@code plan}, {@code request-composite} and {@code site export}: checked before it is read. */
    static final long COMPOSITE_FILE_BYTES = 8L << 20;
    /** Services of one composite (the master's largest instance tree). */
    static final int COMPOSITE_SERVICES = 1_000;
    /** A site or return bundle for {@code site import}, {@code import-return} and {@code info}. */
    static final long BUNDLE_FILE_BYTES = 16L << 30;
    static final int TERMS_DAYS = (int) Invoices.MAX_TERMS.toDays();
    static final BigDecimal MAX_PRICE = PriceList.MAX_UNIT_PRICE;
    static final int PRICE_DECIMALS = PriceList.PRICE_SCALE;
    static final BigDecimal PERIOD_MIN_SECONDS = new BigDecimal("0.05");
    static final BigDecimal PERIOD_MAX_SECONDS = new BigDecimal("3600");
    static final int THREADS = 64;
    /** SLA amounts of {@code --node}: CPU cores (3 decimals), memory and disk in MB. */
    static final BigDecimal SLA_CPU = new BigDecimal("4096");
    static final long SLA_MB = 1_000_000_000L;
    /** Ids of tickets and invoices. */
    static final long ID = Long.MAX_VALUE;

    private Limits() {
    }
}
