package org.hyperedge.master.tests;

import static org.hyperedge.master.tests.ReportIngestTest.page;
import static org.hyperedge.master.tests.ReportIngestTest.promise;
import static org.hyperedge.master.tests.ReportIngestTest.started;
import static org.hyperedge.master.tests.ReportIngestTest.usage;
import static org.hyperedge.master.tests.SiteBundleTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.site.ReturnExport;
import org.hyperedge.master.site.ReturnImport;
import org.hyperedge.master.site.SiteBundleException;
import org.hyperedge.master.site.SiteExport;
import org.hyperedge.master.site.SiteImport;
import org.hyperedge.master.site.SiteSummary;
import org.hyperedge.master.site.Trust;
import org.hyperedge.master.store.Database;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.protocol.tls.TlsIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A site's records come back to the office once: importing the same return bundle again, or an older one,
 * changes nothing, usage is billed once, and a request the office changed meanwhile is a conflict, not
 * overwritten.
 */
class ReturnBundleTest {

    @TempDir
    Path dir;

    TestMaster office;
    Database site;
    TlsIdentity siteKey;
    RequestService siteRequests;
    ReportIngest siteIngest;
    InstanceRecord db;
    InstanceRecord web;

    @BeforeEach
    void aSiteRunsWhatTheOfficeExported() throws Exception {
        office = TestMaster.open(dir.resolve("office"));
        TlsIdentity officeKey = TlsIdentity.loadOrCreate(dir.resolve("office-identity"), "office");
        DirectoryArtifacts officeCache = new DirectoryArtifacts(dir.resolve("office-cache"));
        officeCache.add(DirectoryArtifacts.h2Jar());
        Path bundle = dir.resolve("factory.hesite");
        new SiteExport(office.database(), office.catalog(), officeKey, officeCache).export("factory",
                List.of(SiteBundleTest.webAndDatabase()), List.of(), bundle, (s, d, t) -> {
                });

        site = Database.open(TestDatabases.freshUrl(dir.resolve("site")));
        siteKey = TlsIdentity.loadOrCreate(dir.resolve("site-identity"), "site");
        new SiteImport(site, new DirectoryArtifacts(dir.resolve("site-cache"))).importBundle(bundle,
                Trust.of(officeKey.fingerprint()), (s, d, t) -> {
                });
        new NodeLinks(site).adopt(new NodeSpec("edge-1", "factory", "127.0.0.1:7443", 2000, 4096, 10_000, Map.of(), 2,
                20000, 10), "ab".repeat(32));
        siteRequests = new RequestService(site, new CatalogStore(site));
        db = siteRequests.request(Request.root("web-and-database", "builtin:h2-database", "default", params("database", "plant")));
        web = siteRequests.request(new Request("web", "builtin:static-web", "default", params("title", "Line 3"), Map.of(),
                RequestedState.STARTED, false, db.id()));
        siteIngest = new ReportIngest(site);
        siteIngest.ingest("edge-1", page("edge-1", started(1, db.id()), promise(2, db.id(), true), usage(3, db.id()),
                usage(4, db.id())));
        new TicketService(site).open("Cable cut on line 3", "the historian lost its network for 10 minutes", "field-engineer");
    }

    @AfterEach
    void close() {
        office.close();
        site.close();
    }

    @Test
    void theOfficeSeesTheSiteInstancesHistoryUsageAndTicketsOnceHoweverOftenTheBundleIsImported() throws Exception {
        Path returned = returnBundle("return-1.hereturn");

        SiteSummary first = importAtOffice(returned);
        Object[] afterFirst = officeState();
        SiteSummary second = importAtOffice(returned);

        assertEquals(2, first.count("instances created"));
        assertEquals(1, first.count("promise results"));
        assertEquals(2, first.count("usage records"));
        assertEquals(1, first.count("tickets created"));
        assertEquals(0, second.count("instances created") + second.count("instances updated") + second.count("promise results")
                + second.count("usage records") + second.count("node events") + second.count("tickets created")
                + second.count("tickets updated") + second.count("ticket events"), second.toString());
        assertEquals(List.of(), second.conflicts());
        assertEquals(java.util.Arrays.asList(afterFirst), java.util.Arrays.asList(officeState()));
        InstanceRecord officeDb = office.requests().all().stream().filter(i -> i.title().equals("web-and-database"))
                .findFirst().orElseThrow();
        assertEquals("started", officeDb.reportedState());
        assertTrue(officeDb.healthy());
        assertEquals("factory/edge-1", officeDb.nodeId());
        assertEquals(2, ledgerRecords(), "usage booked once");
        assertEquals(0, office.requests().placePending(), "nothing of the site is placed again at the office");
    }

    @Test
    void aReturnImportInterruptedMidwayImportsNothingAndARetryImportsEverythingOnce() throws Exception {
        Path returned = returnBundle("return-1.hereturn");

        assertThrows(IllegalStateException.class, () -> new ReturnImport(office.database()).importBundle(returned,
                Trust.of(siteKey.fingerprint()), (step, done, total) -> {
                    if (step.equals("reconciling tickets")) {
                        throw new IllegalStateException("power cut");
                    }
                }));
        assertEquals(0, rows(office.database(), "instance"));
        assertEquals(0, rows(office.database(), "usage_record"));
        assertEquals(0, ledgerRecords());
        assertEquals(0, nodeHourRecords());
        SiteSummary retried = importAtOffice(returned);

        assertEquals(2, retried.count("instances created"));
        assertEquals(2, rows(office.database(), "usage_record"));
        assertEquals(2, ledgerRecords());
        assertEquals(2, nodeHourRecords());
        assertEquals(1, retried.count("tickets created"));
    }

    @Test
    void aLaterReturnBundleAddsOnlyWhatIsNewAndAnOlderOneChangesNothing() throws Exception {
        Path older = returnBundle("return-1.hereturn");
        importAtOffice(older);
        siteIngest.ingest("edge-1", page("edge-1", usage(5, db.id()), promise(6, db.id(), false)));
        Path newer = returnBundle("return-2.hereturn");

        SiteSummary later = importAtOffice(newer);
        SiteSummary olderAgain = importAtOffice(older);

        assertEquals(1, later.count("usage records"));
        assertEquals(1, later.count("promise results"));
        assertEquals(4, later.count("records already in"));
        assertEquals(0, olderAgain.count("usage records") + olderAgain.count("promise results"));
        assertEquals(3, rows(office.database(), "usage_record"));
        assertEquals(3, ledgerRecords());
        assertEquals(3, nodeHourRecords());
    }

    @Test
    void aRequestTheOfficeChangedAfterTheExportIsAConflictAndTheOfficeRequestIsKept() throws Exception {
        importAtOffice(returnBundle("return-1.hereturn"));
        InstanceRecord officeDb = office.requests().all().stream().filter(i -> i.title().equals("web-and-database"))
                .findFirst().orElseThrow();
        office.requests().request(new Request("web", "builtin:static-web", "default", params("title", "Line 4"), Map.of(),
                RequestedState.STARTED, false, officeDb.id()));
        siteRequests.request(new Request("web", "builtin:static-web", "default", params("title", "Line 3 (night)"), Map.of(),
                RequestedState.STARTED, false, db.id()));

        SiteSummary summary = importAtOffice(returnBundle("return-2.hereturn"));

        assertEquals(1, summary.conflicts().size(), summary.toString());
        assertTrue(summary.conflicts().get(0).startsWith("web-and-database/web: the office changed its request after the export"),
                summary.conflicts().get(0));
        assertTrue(summary.conflicts().get(0).contains("Line 3 (night)"), summary.conflicts().get(0));
        String officeParameters = office.requests().all().stream().filter(i -> i.title().equals("web")).findFirst()
                .orElseThrow().parameters();
        assertTrue(officeParameters.contains("Line 4"), officeParameters);
    }

    @Test
    void aSiteChangeTheOfficeDidNotTouchIsTakenWithoutConflict() throws Exception {
        importAtOffice(returnBundle("return-1.hereturn"));
        siteRequests.request(new Request("web", "builtin:static-web", "default", params("title", "Line 3 (night)"), Map.of(),
                RequestedState.STOPPED, false, db.id()));

        SiteSummary summary = importAtOffice(returnBundle("return-2.hereturn"));

        assertEquals(List.of(), summary.conflicts());
        InstanceRecord officeWeb = office.requests().all().stream().filter(i -> i.title().equals("web")).findFirst().orElseThrow();
        assertEquals(RequestedState.STOPPED, officeWeb.requestedState());
        assertTrue(officeWeb.parameters().contains("Line 3 (night)"));
    }

    @Test
    void anInstanceTheSiteCouldNotPlaceIsNeverPlacedOnAnOfficeNode() throws Exception {
        siteRequests.request(new Request("spare", "builtin:static-web", "default", params("title", "spare"),
                Map.of("label.room", "cellar"), RequestedState.STARTED, false, db.id()));
        new NodeLinks(office.database()).adopt(new NodeSpec("office-1", "office", "127.0.0.9:7443", 2000, 4096, 10_000,
                Map.of("room", "cellar"), 4, 30000, 10), "cd".repeat(32));

        importAtOffice(returnBundle("return-1.hereturn"));

        assertEquals(0, office.requests().placePending());
        InstanceRecord spare = office.requests().all().stream().filter(i -> i.title().equals("spare")).findFirst().orElseThrow();
        assertEquals(null, spare.nodeId());
        assertEquals(4, freePartitions("office-1"));
    }

    private int freePartitions(String node) {
        return office.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT free_partitions FROM node WHERE id = ?")) {
                query.setString(1, node);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    @Test
    void aReturnBundleSignedByAnotherSiteMasterIsRefusedAndNothingIsImported() throws Exception {
        Path returned = returnBundle("return-1.hereturn");
        TlsIdentity other = TlsIdentity.loadOrCreate(dir.resolve("other-identity"), "other");

        SiteBundleException refused = assertThrows(SiteBundleException.class, () -> new ReturnImport(office.database())
                .importBundle(returned, Trust.of(other.fingerprint()), (s, d, t) -> {
                }));

        assertTrue(refused.getMessage().contains("not by the trusted master"), refused.getMessage());
        assertEquals(0, rows(office.database(), "instance"));
        assertEquals(0, rows(office.database(), "usage_record"));
    }

    private Path returnBundle(String name) throws Exception {
        Path file = dir.resolve(name);
        new ReturnExport(site, siteKey).export(file, (s, d, t) -> {
        });
        return file;
    }

    private SiteSummary importAtOffice(Path file) throws Exception {
        return new ReturnImport(office.database()).importBundle(file, Trust.of(siteKey.fingerprint()), (s, d, t) -> {
        });
    }

    /** Row counts of everything a return import writes. */
    private Object[] officeState() {
        return new Object[] { rows(office.database(), "instance"), rows(office.database(), "promise_result"),
                rows(office.database(), "usage_record"), rows(office.database(), "node_event"),
                rows(office.database(), "promise_state"), rows(office.database(), "ticket"),
                rows(office.database(), "ticket_event"), ledgerRecords(), rows(office.database(), "node") };
    }

    private long ledgerRecords() {
        return bookedRecords("usage_ledger");
    }

    /** Usage records booked into the node hours the monitoring charts read. */
    private long nodeHourRecords() {
        return bookedRecords("node_usage_hour");
    }

    private long bookedRecords(String table) {
        return office.database().inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(SUM(records), 0) FROM " + table);
                    ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static ObjectNode params(String key, String value) {
        return JsonNodeFactory.instance.objectNode().put(key, value);
    }
}
