package org.hyperedge.connector.tests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Hands each test agent of this JVM its own block of 100 service ports, below Linux's ephemeral range (32768-60999)
 * so no client socket holds one. Two agents of one site drawing a block at random met on the same block once in a
 * hundred and twenty runs, and the second service to start could not bind its port.
 */
final class ServicePorts {

    private static final int FIRST = 20_000;
    private static final int BLOCKS = 120;
    private static final int BLOCK_SIZE = 100;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(BLOCKS));

    private ServicePorts() {
    }

    /**
     * The first port of a block no other agent of this JVM was given lately, whose first {@code used} ports are all
     * free now (a service left behind by another test run may hold any one of them).
     */
    static int nextBlock(int used) {
        for (int tries = 0; tries < BLOCKS; tries++) {
            int base = FIRST + Math.floorMod(NEXT.getAndIncrement(), BLOCKS) * BLOCK_SIZE;
            if (IntStream.range(base, base + used).allMatch(ServicePorts::free)) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of " + BLOCK_SIZE + " ports between " + FIRST + " and "
                + (FIRST + BLOCKS * BLOCK_SIZE));
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
