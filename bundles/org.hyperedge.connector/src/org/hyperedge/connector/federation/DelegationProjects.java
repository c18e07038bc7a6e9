package org.hyperedge.connector.federation;

import java.util.Locale;

import org.hyperedge.master.Master;

/** The project a delegating master's instances are booked to on the master that runs them: one per peer. */
final class DelegationProjects {

    private DelegationProjects() {
    }

    /** {@code federation-PEER}, in the letters a project name takes. */
    static String name(String peer) {
        String name = "federation-" + peer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    /** Makes the peer's project when it is missing. */
    static void ensure(Master master, String peer) {
        String name = name(peer);
        if (master.projects().list().stream().noneMatch(project -> project.name().equals(name))) {
            try {
                master.projects().create(name, "instances delegated by federated master " + peer);
            } catch (IllegalArgumentException e) {
                // made meanwhile by another request of the peer
            }
        }
    }

    /** Books the delegated instance's tree to the peer's project. */
    static void assign(Master master, String peer, String tree) {
        ensure(master, peer);
        master.projects().assign(tree, name(peer));
    }
}
