package org.hyperedge.master.federation;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.OneTimeCodes;

/**
 * One-time federation invitations (issue 20): the operator of the serving master prints one ({@code federation
 * invite}) and hands it to the operator of the delegating master, whose master presents it once over mutual TLS. Only
 * the code's SHA-256 is stored, so a copy of the database invites nobody; a code is spent by the first master that
 * presents it, and expires.
 */
public final class FederationInvites {

    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(1);
    public static final Duration MAX_VALIDITY = Duration.ofDays(7);
    private static final String FORMAT = "he-fed-[0-9a-f]{40}";

    private final OneTimeCodes codes;

    public FederationInvites(Database database) {
        this.codes = new OneTimeCodes(database, "federation_invite", "code_hash");
    }

    /** An invitation made: its code (shown once, never stored) and when it expires. */
    public record Issued(String code, OffsetDateTime expiresAt) {
    }

    /** Refused: the reason says what is wrong with the code (malformed, unknown, spent, expired). */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    public Issued issue(Duration validity) {
        OneTimeCodes.requireValidity(validity, MAX_VALIDITY, "an invitation");
        OneTimeCodes.Issued issued = codes.issue("he-fed-", 20, validity);
        return new Issued(issued.code(), issued.expiresAt());
    }

    /** Whether {@code code} looks like one this master prints, before any network is touched. */
    public static boolean wellFormed(String code) {
        return code != null && code.matches(FORMAT);
    }

    /**
     * Spends the code for the master with certificate {@code usedBy}: once, before it expires; checking and spending
     * are one statement, so two masters presenting the same code at once cannot both join.
     */
    public void redeem(String code, String usedBy) throws RefusedException {
        if (!wellFormed(code)) {
            throw new RefusedException("the invitation code is not one a master prints (he-fed- and 40 hex digits)");
        }
        String refusal = codes.redeem(code, usedBy).refusal("invitation code",
                "this master printed no such invitation code (federation invite prints one)",
                "ask for a new one (federation invite)");
        if (refusal != null) {
            throw new RefusedException(refusal);
        }
    }
}
