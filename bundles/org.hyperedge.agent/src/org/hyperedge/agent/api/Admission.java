package org.hyperedge.agent.api;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;

import org.hyperedge.agent.pairing.ClientKey;

/**
 * How many connections not yet known to come from the paired master may be open: a few per client (an IPv6
 * client counts by its /64, which one machine usually holds whole) and a bounded number in all. Each is
 * also closed after {@link ClientConnection#UNIDENTIFIED_SECONDS} whatever it does, so a client that opens
 * connections and sends nothing, or a byte now and then, holds little and not for long. The paired master's
 * connections are not counted once its certificate is seen, and the address it last came from keeps its own
 * places beyond the bound in all: clients from many addresses that fill every place cannot keep the master out.
 */
final class Admission {

    static final int PER_CLIENT = 16;
    static final int IN_ALL = 256;

    private final Map<String, Integer> open = new HashMap<>();
    private int total;
    private String master;

    /** Takes a place for a new connection from {@code client}; false when none is left (the connection is closed). */
    synchronized boolean admit(InetAddress client) {
        String key = ClientKey.of(client);
        int mine = open.getOrDefault(key, 0);
        if (mine >= PER_CLIENT || total >= IN_ALL && !key.equals(master)) {
            return false;
        }
        open.put(key, mine + 1);
        total++;
        return true;
    }

    /** The paired master's certificate came from {@code client}: that address keeps places of its own from now on. */
    synchronized void masterSeenFrom(InetAddress client) {
        master = ClientKey.of(client);
    }

    /** Gives the place back: the connection ended or proved to be the paired master's. */
    synchronized void release(InetAddress client) {
        String key = ClientKey.of(client);
        int mine = open.getOrDefault(key, 0);
        if (mine <= 1) {
            open.remove(key);
        } else {
            open.put(key, mine - 1);
        }
        total = Math.max(0, total - 1);
    }
}
