package org.hyperedge.connector.tests;

import java.util.Map;

import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestService;

/**
 * A service that reports steadily: an idle process and three file promises checked every second, so its node
 * writes three report events a second for each instance, which is what the fault tests need to have reports in
 * flight whenever they strike.
 */
final class Ticker {

    static final String RELEASE_ID = "test:ticker";
    static final String RELEASE = """
            { "id": "test:ticker", "name": "ticker", "version": "1", "requires": ["sleep"],
              "types": { "default": {
                "files": [ { "path": "alive", "template": "yes\\n", "mode": "0644" } ],
                "processes": [ { "name": "idle", "command": ["sleep", "86400"] } ],
                "promises": [
                  { "name": "alive-1", "kind": "file", "target": "alive", "period": 1 },
                  { "name": "alive-2", "kind": "file", "target": "alive", "period": 1 },
                  { "name": "alive-3", "kind": "file", "target": "alive", "period": 1 } ] } } }
            """;

    private Ticker() {
    }

    static void importInto(CatalogStore catalog) throws Exception {
        catalog.importRelease("ticker.json", RELEASE);
    }

    /** A ticker named {@code title} on the node. */
    static InstanceRecord request(RequestService requests, String title, String node) throws Exception {
        return requests.request(Request.root(title, RELEASE_ID, "default", EndToEndTest.parameters())
                .withSla(Map.of("node", node)));
    }
}
