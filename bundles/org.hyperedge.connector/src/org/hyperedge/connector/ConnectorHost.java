package org.hyperedge.connector;

import java.nio.file.Path;

import org.hyperedge.master.Master;

/**
 * A master that a connector component serves, as an OSGi service: its database's services and the data
 * directory that holds its TLS identity and software cache ({@link MasterSite}). The console's master registers
 * itself under this interface, so the connector's bundle needs nothing of the console's.
 */
public interface ConnectorHost {

    /** The master's services on its database. */
    Master services();

    /** Where the master keeps its identity ({@code master-identity/}) and its software cache ({@code cache/}). */
    Path dataDirectory();
}
