package org.hyperedge.agent.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.hyperedge.agent.Agent;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The built-in catalog's descriptors (from org.hyperedge.model) and the H2 jar the build resolved. */
public final class TestCatalog {

    public static final String H2_SHA256 = "29b70e427cc1c40cdc376283adbb0cc62853073797bb5fe5761f81fe73d57ce0";

    private TestCatalog() {
    }

    /** The descriptor text of {@code catalog/NAME.json}. */
    public static String descriptor(String name) {
        Bundle model = null;
        for (Bundle bundle : FrameworkUtil.getBundle(Agent.class).getBundleContext().getBundles()) {
            if ("org.hyperedge.model".equals(bundle.getSymbolicName())) {
                model = bundle;
            }
        }
        if (model == null) {
            throw new IllegalStateException("org.hyperedge.model is not in the test runtime");
        }
        URL entry = model.getEntry("catalog/" + name + ".json");
        if (entry == null) {
            throw new IllegalArgumentException("no catalog entry " + name);
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The H2 jar of the target platform: the very artifact the h2-database release names by sha256. */
    public static Path h2Jar() {
        try {
            return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
