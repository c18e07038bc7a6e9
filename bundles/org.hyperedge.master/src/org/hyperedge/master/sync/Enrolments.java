package org.hyperedge.master.sync;

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
 * One-time enrolment tokens (issue 18): the operator asks for one ({@code nodes enrol}), hands it to the node's
 * installer, and the agent presents it once over its own mutual-TLS connection. Only the token's SHA-256 is stored, so
 * a copy of the database enrols nobody; a token is spent by the first agent that presents it, and expires.
 */
public final class Enrolments {

    /** How long a token holds unless told otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(24);
    public static final Duration MAX_VALIDITY = Duration.ofDays(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    public Enrolments(Database database) {
        this.database = database;
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
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("an enrolment token's validity must be between 1 s and "
                    + MAX_VALIDITY.toDays() + " days, not " + validity);
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = "he-enrol-" + HexFormat.of().formatHex(secret);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(validity);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enrolment (token_hash, node_name, site, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, hash(token));
                insert.setString(2, nodeName);
                insert.setString(3, site);
                insert.setObject(4, now);
                insert.setObject(5, expires);
                insert.executeUpdate();
            }
            return null;
        });
        return new Issued(token, expires);
    }

    /**
     * Spends the token for the agent with certificate {@code usedBy}: once, before it expires. Spending and checking
     * are one statement, so two agents presenting the same token at once cannot both enrol.
     */
    public Enrolment redeem(String token, String usedBy) throws RefusedException {
        if (token == null || !token.matches("he-enrol-[0-9a-f]{48}")) {
            throw new RefusedException("the enrolment token is not one this master prints (he-enrol- and 48 hex digits)");
        }
        String hash = hash(token);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Object outcome = database.inTransaction(connection -> {
            try (PreparedStatement spend = connection.prepareStatement("UPDATE enrolment SET used_at = ?, used_by = ? "
                    + "WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")) {
                spend.setObject(1, now);
                spend.setString(2, usedBy);
                spend.setString(3, hash);
                spend.setObject(4, now);
                int spent = spend.executeUpdate();
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT node_name, site, used_at, expires_at FROM enrolment WHERE token_hash = ?")) {
                    query.setString(1, hash);
                    try (ResultSet rows = query.executeQuery()) {
                        if (!rows.next()) {
                            return "this master issued no such enrolment token";
                        }
                        if (spent == 1) {
                            return new Enrolment(rows.getString(1), rows.getString(2));
                        }
                        if (rows.getObject(3) != null) {
                            return "the enrolment token was used already, at " + rows.getObject(3, OffsetDateTime.class)
                                    + "; ask the operator for a new one (nodes enrol)";
                        }
                        return "the enrolment token expired at " + rows.getObject(4, OffsetDateTime.class)
                                + "; ask the operator for a new one (nodes enrol)";
                    }
                }
            }
        });
        if (outcome instanceof Enrolment enrolment) {
            return enrolment;
        }
        throw new RefusedException((String) outcome);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
