package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.hyperedge.master.Master;
import org.hyperedge.protocol.tls.TlsIdentity;

/**
 * Where a master keeps what the connector needs beside its database, in its data directory: its TLS
 * identity (what agents pin) and its software cache, seeded with the built-in catalog's H2 jar, which is
 * the very jar this master runs its own database on.
 */
public final class MasterSite {

    public static final String H2_SHA256 = "29b70e427cc1c40cdc376283adbb0cc62853073797bb5fe5761f81fe73d57ce0";

    private MasterSite() {
    }

    public static TlsIdentity identity(Path dataDirectory) {
        return TlsIdentity.loadOrCreate(dataDirectory.resolve("master-identity"), "hyperedge-master");
    }

    public static ArtifactCache artifacts(Path dataDirectory) throws IOException {
        ArtifactCache cache = new ArtifactCache(dataDirectory.resolve("cache"));
        if (cache.find(H2_SHA256).isEmpty()) {
            // when the master does not run from the H2 jar itself, the artifact must be added to the cache by hand
            Optional<Path> h2 = Master.h2Jar();
            if (h2.isPresent() && org.hyperedge.master.site.ArtifactStore.sha256(h2.get()).equals(H2_SHA256)) {
                cache.add(h2.get());
            }
        }
        return cache;
    }

    /** A connector for the master, with this data directory's identity and cache. */
    public static Connector connector(Master master, Path dataDirectory, int threads) throws IOException {
        return new Connector(master, identity(dataDirectory), artifacts(dataDirectory), threads);
    }
}
