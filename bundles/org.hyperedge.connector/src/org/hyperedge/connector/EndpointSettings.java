package org.hyperedge.connector;

import java.time.Duration;

/**
 * Where and how the master's HTTPS endpoint listens (issue 18): its address, how long a dialling agent's poll waits
 * for a request before it is answered empty, how long a connection may stay silent before it is closed (longer than
 * the poll wait, so a waiting poll is never cut, and what bounds a client that stalls), and how many connections it
 * holds at once.
 */
public record EndpointSettings(String host, int port, Duration pollWait, Duration idleTimeout, int maxConnections) {

    public static final Duration POLL_WAIT = Duration.ofSeconds(25);
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(40);
    public static final int MAX_CONNECTIONS = 20_000;

    public EndpointSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is outside 0-65535");
        }
        if (idleTimeout.compareTo(pollWait) <= 0) {
            throw new IllegalArgumentException("the idle timeout (" + idleTimeout + ") must be longer than the poll wait ("
                    + pollWait + "), or waiting polls would be cut");
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("at least one connection, not " + maxConnections);
        }
    }

    /** The defaults: polls answered empty after 25 s, silent connections closed after 40 s, 20,000 connections. */
    public static EndpointSettings listen(String host, int port) {
        return new EndpointSettings(host, port, POLL_WAIT, IDLE_TIMEOUT, MAX_CONNECTIONS);
    }
}
