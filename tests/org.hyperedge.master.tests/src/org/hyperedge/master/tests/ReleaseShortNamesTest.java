package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.catalog.ReleaseNames;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A request names its release by id or by short name; a short name two releases share, or none has, is refused. */
class ReleaseShortNamesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @org.junit.jupiter.api.io.TempDir
    Path data;

    private TestMaster master;
    private CatalogStore catalog;
    private RequestService requests;

    @BeforeEach
    void openMasterWithTheBuiltInCatalog() throws Exception {
        master = TestMaster.open(data);
        catalog = master.catalog();
        requests = master.requests();
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void theShortNameIsTheIdsLastSegmentWithoutItsVersion() {
        assertEquals("static-web", ReleaseNames.shortName("builtin:static-web", "1.0"));
        assertEquals("static-web", ReleaseNames.shortName("https://releases.example/static-web/1.1", "1.1"));
        assertEquals("static-web", ReleaseNames.shortName("acme:static-web@1.1", "1.1"));
        assertEquals("static-web", ReleaseNames.shortName("acme:static-web-1.1", "1.1"));
        assertEquals("h2-database", ReleaseNames.shortName("builtin:h2-database", "2.4.240"));
        assertEquals("redis", ReleaseNames.shortName("builtin:redis", "7"), "a version the id does not end with stays");
    }

    @Test
    void aRequestByShortNameIsStoredWithTheReleasesId() throws Exception {
        // given the built-in catalog, where only builtin:h2-database is called h2-database
        // when
        InstanceRecord instance = requests.request(Request.root("my_db", "h2-database", "default", JSON.createObjectNode()));

        // then
        assertEquals("builtin:h2-database", instance.releaseId());
        assertEquals("builtin:h2-database", requests.all().get(0).releaseId());
    }

    @Test
    void theShortNameIsMatchedWithoutCaseAndAgainUpdatesTheSameInstance() throws Exception {
        InstanceRecord first = requests.request(Request.root("web", "nginx", "default", JSON.createObjectNode()));

        InstanceRecord again = requests.request(Request.root("web", "NGINX", "default", JSON.createObjectNode()));

        assertEquals(first.id(), again.id());
        assertEquals("builtin:nginx", again.releaseId());
    }

    @Test
    void aShortNameTwoReleasesShareIsRefusedListingBothAndNothingIsRequested() throws Exception {
        // given a second static-web, version 1.1, beside the built-in 1.0
        catalog.importRelease("test", """
                { "id": "acme:static-web@1.1", "name": "Static web server", "version": "1.1",
                  "types": { "default": { "processes": [ { "name": "http", "command": ["true"] } ] } } }
                """);

        // when
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root("site", "static-web", "default", JSON.createObjectNode())));

        // then
        assertEquals(List.of("release 'static-web' is ambiguous: 2 releases have this short name: acme:static-web@1.1 "
                + "(version 1.1), builtin:static-web (version 1.0); request one by its id"), refused.reasons());
        assertEquals(0, requests.count());
        assertEquals("acme:static-web@1.1",
                requests.request(Request.root("site", "acme:static-web@1.1", "default", JSON.createObjectNode())).releaseId(),
                "each is still requested by its id");
    }

    @Test
    void anUnknownShortNameIsRefusedNamingItAndNothingIsRequested() {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root("db", "oracle", "default", JSON.createObjectNode())));

        assertEquals(List.of("unknown release 'oracle': no release has this id or short name (see ./hyperedge catalog)"),
                refused.reasons());
        assertEquals(0, requests.count());
    }

    @Test
    void aDryRunResolvesTheShortNameToo() throws Exception {
        assertEquals("no node matches any node",
                requests.dryRun(Request.root("site", "static-web", "default", JSON.createObjectNode())).pendingReason());
    }
}
