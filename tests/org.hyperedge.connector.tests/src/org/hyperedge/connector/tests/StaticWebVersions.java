package org.hyperedge.connector.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.hyperedge.master.catalog.CatalogStore;

/**
 * Test versions of the built-in static web server: the built-in descriptor under another id and version, its
 * page saying which version served it, with an upgrade step or a broken server if asked, so a test sees from the outside which
 * version runs.
 */
final class StaticWebVersions {

    private StaticWebVersions() {
    }

    /** Imports {@code acme:static-web@VERSION}, whose page shows {@code version VERSION}; its id. */
    static String importVersion(CatalogStore catalog, String version) throws Exception {
        return importVersion(catalog, version, null, false);
    }

    /**
     * As {@link #importVersion(CatalogStore, String)}, with this upgrade step ({@code upgrade}, a JSON array, or
     * null) in its type; {@code broken}: its web server exits at once (a module Python does not have).
     */
    static String importVersion(CatalogStore catalog, String version, String upgrade, boolean broken) throws Exception {
        String id = "acme:static-web@" + version;
        String text = builtIn().replace("\"id\": \"builtin:static-web\"", "\"id\": \"" + id + "\"")
                .replace("\"version\": \"1.0\"", "\"version\": \"" + version + "\"")
                .replace("<h1>${param.title|html}</h1>", "<h1>${param.title|html}</h1><p id=\\\"version\\\">version "
                        + version + "</p>");
        if (upgrade != null) {
            text = text.replace("\"ports\": [\"http\"],", "\"ports\": [\"http\"],\n      \"upgrade\": " + upgrade + ",");
        }
        if (broken) {
            text = text.replace("\"-m\", \"http.server\"", "\"-m\", \"no_such_http_server\"");
        }
        catalog.importRelease("test " + id, text);
        return id;
    }

    private static String builtIn() throws IOException {
        try (InputStream in = org.hyperedge.model.Catalog.class.getClassLoader().getResourceAsStream("catalog/static-web.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
