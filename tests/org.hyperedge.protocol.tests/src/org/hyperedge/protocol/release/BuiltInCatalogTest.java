package org.hyperedge.protocol.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The descriptors shipped in org.hyperedge.model/catalog are all valid and complete. */
class BuiltInCatalogTest {

    @Test
    void everyBuiltInReleaseIsValidAndNamedAfterItsFile() throws Exception {
        List<String> checked = new ArrayList<>();
        for (URL entry : catalogEntries()) {
            String file = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            ReleaseDescriptor release = read(entry);

            assertEquals("builtin:" + file.replace(".json", ""), release.id());
            for (SoftwareTypeDescriptor type : release.types().values()) {
                assertFalse(type.processes().isEmpty(), release.id() + " runs no process");
                assertFalse(type.promises().isEmpty(), release.id() + " declares no promise");
                assertFalse(type.connection().isEmpty(), release.id() + " publishes no connection parameter");
            }
            checked.add(release.id());
        }

        assertEquals(Set.of("builtin:h2-database", "builtin:static-web", "builtin:nginx", "builtin:redis",
                "builtin:mosquitto", "builtin:postgresql", "builtin:cdn", "builtin:load-balancer", "builtin:mariadb", "builtin:collector", "builtin:notebook", "builtin:kvm",
                "builtin:hyperedge-master"), new TreeSet<>(checked));
    }

    @Test
    void h2DatabaseRunsFromItsCachedJarAndPublishesAJdbcUrl() throws Exception {
        ReleaseDescriptor h2 = read(catalogEntries().stream().filter(u -> u.getPath().endsWith("/h2-database.json"))
                .findFirst().orElseThrow());

        assertEquals("h2.jar", h2.artifacts().get(0).name());
        String start = h2.type("default").files().stream().filter(f -> f.path().equals("bin/start")).findFirst().orElseThrow()
                .template();
        assertEquals(java.util.List.of("${partition}/bin/start"), h2.type("default").processes().get(0).command());
        assertTrue(start.contains("-cp ${software}/h2.jar org.h2.tools.Server") && !start.contains("-ifNotExists"), start);
        assertEquals("jdbc:h2:tcp://${ip}:${port.tcp}/${param.database}", h2.type("default").connection().get("url"));
    }

    private static ReleaseDescriptor read(URL entry) throws IOException, InvalidDescriptorException {
        try (InputStream in = entry.openStream()) {
            return ReleaseDescriptorReader.read(entry.getPath(), in.readAllBytes());
        }
    }

    private static List<URL> catalogEntries() {
        Bundle model = FrameworkUtil.getBundle(org.hyperedge.model.Catalog.class);
        List<URL> entries = Collections.list(model.findEntries("catalog", "*.json", false));
        assertFalse(entries.isEmpty(), "no built-in catalog in " + model.getSymbolicName());
        return entries;
    }
}
