package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.catalog.ReleaseVersions;
import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.node.NodeRegistry;
import org.hyperedge.master.node.NodeSpec;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.protocol.desired.DesiredState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** An existing title asked for a newer version of its release is upgraded in place; an older one is refused. */
class ReleaseUpgradeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private TestMaster master;
    private CatalogStore catalog;
    private RequestService requests;
    private NodeRegistry nodes;

    @BeforeEach
    void openMasterWithOneNode() throws Exception {
        master = TestMaster.open(data);
        catalog = master.catalog();
        requests = master.requests();
        nodes = master.nodes();
        nodes.register(new NodeSpec("edge-1", "factory", "10.0.0.1", 4000, 8192, 100_000, Map.of(), 4, 20000, 100));
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void versionsAreOrderedAsPeopleReadThem() {
        assertTrue(ReleaseVersions.compare("1.10", "1.9") > 0);
        assertTrue(ReleaseVersions.compare("1.1.1", "1.1") > 0);
        assertTrue(ReleaseVersions.compare("2.0", "10.0") < 0);
        assertTrue(ReleaseVersions.compare("1.0.1", "1.0.rc1") > 0);
        assertEquals(0, ReleaseVersions.compare("1.1", "1.1"));
    }

    @Test
    void aNewerVersionMovesTheInstanceToItInItsPartitionAndTheDesiredStateCarriesIt() throws Exception {
        // given a site on static-web 1.0
        importStaticWeb("1.1");
        InstanceRecord before = requests.request(Request.root("site", "builtin:static-web", "default", JSON.createObjectNode()));
        long generation = nodes.generation("edge-1");

        // when it is requested with 1.1
        InstanceRecord after = requests.request(Request.root("site", "acme:static-web@1.1", "default", JSON.createObjectNode()));

        // then the same instance, in the same partition, runs 1.1, and its node is sent that
        assertEquals(before.id(), after.id());
        assertEquals("acme:static-web@1.1", after.releaseId());
        assertEquals(before.partition(), after.partition());
        DesiredState desired = new DesiredStates(master.database()).compute("edge-1");
        assertTrue(desired.generation() > generation);
        assertEquals("acme:static-web@1.1", desired.partitions().get(0).releaseId());
        assertEquals(List.of("acme:static-web@1.1"), List.copyOf(desired.releases().keySet()));
    }

    @Test
    void anOlderVersionIsRefusedNamingBothVersionsAndNothingChanges() throws Exception {
        // given a site on static-web 1.1
        importStaticWeb("1.1");
        InstanceRecord running = requests.request(Request.root("site", "acme:static-web@1.1", "default",
                JSON.createObjectNode().put("title", "Orders")));
        long generation = nodes.generation("edge-1");

        // when it is requested with the built-in 1.0
        RequestRefused refused = assertThrows(RequestRefused.class, () -> requests.request(Request.root("site",
                "builtin:static-web", "default", JSON.createObjectNode().put("title", "Changed"))));

        // then
        assertEquals(List.of("instance 'site' runs acme:static-web@1.1 version 1.1; builtin:static-web version 1.0 is "
                + "older: a downgrade is refused (request version 1.1 or newer, or a new title)"), refused.reasons());
        InstanceRecord kept = requests.find(running.treeId(), "site").orElseThrow();
        assertEquals("acme:static-web@1.1", kept.releaseId());
        assertEquals("Orders", JSON.readTree(kept.parameters()).path("title").asText());
        assertEquals(generation, nodes.generation("edge-1"));
    }

    @Test
    void anotherReleaseOrTheSameVersionUnderAnotherIdIsStillRefused() throws Exception {
        importStaticWeb("1.0");
        requests.request(Request.root("site", "builtin:static-web", "default", JSON.createObjectNode()));

        RequestRefused sameVersion = assertThrows(RequestRefused.class, () -> requests.request(Request.root("site",
                "acme:static-web@1.0", "default", JSON.createObjectNode())));
        RequestRefused another = assertThrows(RequestRefused.class, () -> requests.request(Request.root("site",
                "builtin:nginx", "default", JSON.createObjectNode())));

        assertEquals(List.of("instance 'site' exists with another release (builtin:static-web → acme:static-web@1.0); "
                + "destroy it and request a new title instead"), sameVersion.reasons());
        assertEquals(List.of("instance 'site' exists with another release (builtin:static-web → builtin:nginx); "
                + "destroy it and request a new title instead"), another.reasons());
    }

    private void importStaticWeb(String version) throws Exception {
        catalog.importRelease("test", """
                { "id": "acme:static-web@%s", "name": "Static web server", "version": "%s",
                  "types": { "default": { "parameters": { "type": "object", "properties": { "title": { "type": "string" } } },
                    "processes": [ { "name": "http", "command": ["true"] } ] } } }
                """.formatted(version, version));
    }
}
