package org.hyperedge.master.federation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.hyperedge.master.store.Database;

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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    public FederationInvites(Database database) {
        this.database = database;
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
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("an invitation's validity must be between 1 s and " + MAX_VALIDITY.toDays()
                    + " days, not " + validity);
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String code = "he-fed-" + HexFormat.of().formatHex(secret);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(validity);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO federation_invite (code_hash, created_at, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, hash(code));
                insert.setObject(2, now);
                insert.setObject(3, expires);
                insert.executeUpdate();
            }
            return null;
        });
        return new Issued(code, expires);
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
        String hash = hash(code);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String refusal = database.inTransaction(connection -> {
            try (PreparedStatement spend = connection.prepareStatement("UPDATE federation_invite SET used_at = ?, "
                    + "used_by = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                spend.setObject(1, now);
                spend.setString(2, usedBy);
                spend.setString(3, hash);
                spend.setObject(4, now);
                if (spend.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT used_at, expires_at FROM federation_invite WHERE code_hash = ?")) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return "this master printed no such invitation code (federation invite prints one)";
                    }
                    if (row.getObject(1) != null) {
                        return "the invitation code was used already, at " + row.getObject(1, OffsetDateTime.class)
                                + "; ask for a new one (federation invite)";
                    }
                    return "the invitation code expired at " + row.getObject(2, OffsetDateTime.class)
                            + "; ask for a new one (federation invite)";
                }
            }
        });
        if (refusal != null) {
            throw new RefusedException(refusal);
        }
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
