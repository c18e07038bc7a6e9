package org.hyperedge.connector.tests;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.function.Predicate;

/** The promise results the master holds, as a test reads them. */
final class PromiseResults {

    /** One result of a promise: whether it passed, and what it said. */
    record Result(Boolean ok, String message) {
    }

    private PromiseResults() {
    }

    /** The latest result of the instance's promise, or a result with {@code ok} null when none came in yet. */
    static Result last(TestSite site, long instanceId, String promise) {
        return site.database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT ok, message FROM promise_result "
                    + "WHERE instance_id = ? AND name = ? ORDER BY checked_at DESC, seq DESC LIMIT 1")) {
                query.setLong(1, instanceId);
                query.setString(2, promise);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? new Result(row.getBoolean(1), row.getString(2)) : new Result(null, null);
                }
            }
        });
    }

    /** Waits until the instance's promise's latest result is as wanted; fails with the last one seen. */
    static Result await(TestSite site, long instanceId, String promise, Predicate<Result> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Result last = last(site, instanceId, promise);
        while (!wanted.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = last(site, instanceId, promise);
        }
        if (!wanted.test(last)) {
            throw new AssertionError("promise " + promise + " of instance " + instanceId + " did not come to what was "
                    + "wanted within " + timeout + "; last: " + last);
        }
        return last;
    }
}
