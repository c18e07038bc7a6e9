package org.hyperedge.agent.pairing;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down whoever guesses pairing codes, one client at a time: after {@value #FREE} wrong codes a client
 * (an address; an IPv6 client by its /64) waits before its next attempt, 2 s, then twice as long after each
 * further wrong code, up to {@link #LONGEST}. Its attempts in that time are refused unread. Nobody else
 * waits: the operator pairing from another machine is not held up by a guesser. Clients quiet for
 * {@link #FORGET} are forgotten, and at most {@value #CLIENTS} are remembered (the quietest go first).
 */
final class WrongCodeThrottle {

    static final int FREE = 3;
    static final Duration LONGEST = Duration.ofMinutes(10);
    static final Duration FORGET = Duration.ofHours(1);
    static final int CLIENTS = 4_096;

    private record Record(int wrong, Instant last, Instant notBefore) {
    }

    private final Clock clock;
    private final Map<String, Record> clients = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > CLIENTS;
        }
    };

    WrongCodeThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the client must still wait before an attempt is read; zero when it may try now. */
    synchronized Duration wait(InetAddress client) {
        Record record = clients.get(ClientKey.of(client));
        if (record == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (now.isAfter(record.last().plus(FORGET))) {
            clients.remove(ClientKey.of(client));
            return Duration.ZERO;
        }
        return now.isBefore(record.notBefore()) ? Duration.between(now, record.notBefore()) : Duration.ZERO;
    }

    /** A wrong code from the client; returns how many it has given. */
    synchronized int wrong(InetAddress client) {
        Instant now = clock.instant();
        Record previous = clients.get(ClientKey.of(client));
        int wrong = previous == null || now.isAfter(previous.last().plus(FORGET)) ? 1 : previous.wrong() + 1;
        Duration delay = wrong < FREE ? Duration.ZERO : min(Duration.ofSeconds(2L << Math.min(20, wrong - FREE)), LONGEST);
        clients.put(ClientKey.of(client), new Record(wrong, now, now.plus(delay)));
        return wrong;
    }

    synchronized void forgetAll() {
        clients.clear();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
