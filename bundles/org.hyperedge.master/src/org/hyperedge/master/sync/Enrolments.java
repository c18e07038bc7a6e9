package org.hyperedge.master.sync;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.OneTimeCodes;

/**
 * One-time enrolment tokens (issue 18): the operator asks for one ({@code nodes enrol}), hands it to the node's
 * installer, and the agent presents it once over its own mutual-TLS connection. Only the token's SHA-256 is stored, so
 * a copy of the database enrols nobody; a token is spent by the first agent that presents it, and expires.
 */
public final class Enrolments {

    /** How long a token holds unless told otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);

    private final OneTimeCodes codes;

    public Enrolments(Database database) {
        this.codes = new OneTimeCodes(database, "enrolment", "token_hash", "node_name", "site");
    }

    /** A token made: its text (shown once, never stored) and when it expires. */
    public record Issued(String token, OffsetDateTime expiresAt) {
    }

    /** What a spent token was for: the node name it was made for ({@code null}: the agent's own), and the site. */
    public record Enrolment(String nodeName, String site) {
    }

    /** Refused: the reason names the token's state (unknown, spent, expired). */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    public Issued issue(String nodeName, String site, Duration validity) {
        OneTimeCodes.requireValidity(validity, MAX_VALIDITY, "an enrolment token");
        OneTimeCodes.Issued issued = codes.issue("he-enrol-", 24, validity, nodeName, site);
        return new Issued(issued.code(), issued.expiresAt());
    }

    /**
     * Spends the token for the agent with certificate {@code usedBy}: once, before it expires. Spending and checking
     * are one statement, so two agents presenting the same token at once cannot both enrol.
     */
    public Enrolment redeem(String token, String usedBy) throws RefusedException {
        if (token == null || !token.matches("he-enrol-[0-9a-f]{48}")) {
            throw new RefusedException("the enrolment token is not one this master prints (he-enrol- and 48 hex digits)");
        }
        OneTimeCodes.Redemption redemption = codes.redeem(token, usedBy);
        String refusal = redemption.refusal("enrolment token", "this master issued no such enrolment token",
                "ask the operator for a new one (nodes enrol)");
        if (refusal != null) {
            throw new RefusedException(refusal);
        }
        return new Enrolment(redemption.details().get(0), redemption.details().get(1));
    }
}
