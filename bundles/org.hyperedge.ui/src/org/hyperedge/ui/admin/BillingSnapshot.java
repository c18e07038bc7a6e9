package org.hyperedge.ui.admin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hyperedge.console.core.master.EmbeddedMaster;
import org.hyperedge.master.accounting.Resource;
import org.hyperedge.master.accounting.UsageLedger;
import org.hyperedge.master.billing.BillingPeriod;
import org.hyperedge.master.billing.Invoice;
import org.hyperedge.master.billing.Invoices;
import org.hyperedge.master.billing.Price;

/** What the Billing view shows for one month, read in one go off the UI thread. */
record BillingSnapshot(BillingPeriod period, List<UsageLedger.ProjectUsage> usage,
        Map<String, Map<Resource, BigDecimal>> totals, List<Invoice> invoices, Invoice selected, List<Price> prices) {

    static BillingSnapshot read(EmbeddedMaster master, BillingPeriod period, Long selectedInvoice) {
        UsageLedger ledger = master.services().usage();
        Invoices invoices = master.services().invoices();
        List<UsageLedger.ProjectUsage> daily = ledger.perProjectAndDay(period.start(), period.end());
        return new BillingSnapshot(period, daily, UsageLedger.totals(daily), invoices.list(period, null),
                selectedInvoice == null ? null : invoices.find(selectedInvoice).orElse(null),
                master.services().prices().history());
    }
}
