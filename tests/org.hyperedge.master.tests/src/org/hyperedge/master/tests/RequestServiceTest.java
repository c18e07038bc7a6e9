package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestService;
import org.hyperedge.model.RequestedState;
import org.hyperedge.master.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class RequestServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String H2 = "builtin:h2-database";

    @TempDir
    Path data;

    private Database database;
    private CatalogStore catalog;
    private RequestService requests;

    @BeforeEach
    void openMasterWithTheBuiltInCatalog() throws Exception {
        TestMaster master = TestMaster.open(data);
        database = master.database();
        catalog = master.catalog();
        requests = master.requests();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void builtInCatalogHoldsTheTwelveReleases() {
        assertEquals(List.of("builtin:cdn", "builtin:collector", "builtin:h2-database", "builtin:kvm", "builtin:load-balancer", "builtin:mariadb", "builtin:mosquitto",
                "builtin:nginx", "builtin:notebook", "builtin:postgresql", "builtin:redis", "builtin:static-web"), catalog.list().stream().map(CatalogStore.ReleaseSummary::id).toList());
    }

    @Test
    void requestIsIdempotentPerTreeAndTitle() throws Exception {
        InstanceRecord first = requests.request(Request.root("my_db", H2, "default", params("database", "orders")));

        InstanceRecord again = requests.request(Request.root("my_db", H2, "default", params("database", "invoices")));

        assertEquals(first.id(), again.id());
        assertEquals(first.treeId(), again.treeId());
        assertEquals("{\"database\":\"invoices\",\"user\":\"sa\",\"web-console\":false}", again.parameters());
        assertEquals(1, requests.tree(first.treeId()).size());
        assertEquals("pending", again.reportedState());
    }

    @Test
    void changingTheReleaseOrTypeOfAnInstanceIsRefused() throws Exception {
        requests.request(Request.root("my_db", H2, "default", params()));

        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root("my_db", "builtin:redis", "default", params())));

        assertEquals(List.of("instance 'my_db' exists with another release (builtin:h2-database → builtin:redis); "
                + "destroy it and request a new title instead"), refused.reasons());
    }

    @Test
    void unknownReleaseAndTypeAreRefusedNamingThem() {
        RequestRefused unknownRelease = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root("x", "builtin:oracle", "default", params())));
        RequestRefused unknownType = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root("x", H2, "replica", params())));

        assertEquals(List.of("unknown release 'builtin:oracle': no release has this id or short name (see ./hyperedge catalog)"), unknownRelease.reasons());
        assertEquals(List.of("release builtin:h2-database has no software type 'replica' (it has: default)"),
                unknownType.reasons());
    }

    @ParameterizedTest
    @ValueSource(strings = { "a/b", "a\\b", "bell\u0007", " padded", "" })
    void badTitlesAreRefused(String title) {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root(title, H2, "default", params())));

        assertEquals(1, refused.reasons().size(), refused.reasons()::toString);
        assertTrue(refused.reasons().get(0).startsWith("the title"), refused.reasons()::toString);
    }

    @Test
    void titleLongerThan255CharactersIsRefused() {
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> requests.request(Request.root("t".repeat(256), H2, "default", params())));

        assertEquals(List.of("the title has 256 characters, more than 255"), refused.reasons());
    }

    @Test
    void oversizedParametersAndUnknownSlaKeysAreAllListed() {
        ObjectNode huge = params("blob", "x".repeat(70_000));

        RequestRefused refused = assertThrows(RequestRefused.class, () -> requests.request(
                Request.root("big", "builtin:static-web", "default", huge).withSla(Map.of("nod", "n1", "label.zone", "a"))));

        assertEquals(2, refused.reasons().size(), refused.reasons()::toString);
        assertEquals("parameters are 70011 bytes, more than the limit of 65536", refused.reasons().get(0));
        assertEquals("unknown SLA key 'nod' (known: node, site, cpu, memory-mb, disk-mb, label.NAME)", refused.reasons().get(1));
    }

    @Test
    void parametersBreakingTheSchemaAreAllListedAndNothingIsOrdered() {
        RequestRefused refused = assertThrows(RequestRefused.class, () -> requests.request(
                Request.root("my_db", H2, "default", params("database", "Bad Name", "colour", "blue"))));

        assertEquals(List.of(
                "parameter $.database: \"Bad Name\" does not match regular expression [^[a-z][a-z0-9_]{0,62}$] (pattern)",
                "parameter $.colour: is not a parameter of this software type (additionalProperties)"), refused.reasons());
        assertTrue(requests.all().isEmpty());
    }

    @Test
    void schemaDefaultsAreStoredWithTheRequest() throws Exception {
        InstanceRecord instance = requests.request(Request.root("my_db", H2, "default", params("user", "app")));

        assertEquals("{\"user\":\"app\",\"database\":\"main\",\"web-console\":false}", instance.parameters());
    }

    @Test
    void instanceTreesAreBoundedInDepth() throws Exception {
        InstanceRecord parent = requests.request(Request.root("level-1", "builtin:static-web", "default", params()));
        for (int level = 2; level <= 16; level++) {
            parent = requests.request(Request.root("level-" + level, "builtin:static-web", "default", params())
                    .withParent(parent.id()));
        }
        long deepest = parent.id();

        RequestRefused refused = assertThrows(RequestRefused.class, () -> requests.request(
                Request.root("level-17", "builtin:static-web", "default", params()).withParent(deepest)));

        assertEquals(List.of("the instance tree would be deeper than 16 levels"), refused.reasons());
    }

    @Test
    void childRequestsJoinTheParentsTree() throws Exception {
        InstanceRecord root = requests.request(Request.root("erp", "builtin:static-web", "default", params()));

        InstanceRecord child = requests.request(Request.root("erp-db", H2, "default", params()).withParent(root.id()));

        assertEquals(root.treeId(), child.treeId());
        assertEquals(root.id(), child.parentId());
    }

    @Test
    void destroyingTheRootDestroysItsTreeAndDestroyedIsFinal() throws Exception {
        InstanceRecord root = requests.request(Request.root("erp", "builtin:static-web", "default", params()));
        Request child = Request.root("erp-db", H2, "default", params()).withParent(root.id());
        requests.request(child);

        requests.request(Request.root("erp", "builtin:static-web", "default", params()).withState(RequestedState.DESTROYED));
        RequestRefused restart = assertThrows(RequestRefused.class, () -> requests.request(child));

        assertTrue(requests.tree(root.treeId()).stream().allMatch(i -> i.requestedState() == RequestedState.DESTROYED));
        assertEquals(List.of("the parent instance 'erp' is destroyed"), restart.reasons());
    }

    @Test
    void concurrentRequestsForTheSameNewTitleMakeOneInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> {
                    ids.add(requests.request(Request.root("contested", H2, "default", params())).id());
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, ids.size(), ids::toString);
    }

    private static ObjectNode params(String... keyValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            node.put(keyValues[i], keyValues[i + 1]);
        }
        return node;
    }
}
