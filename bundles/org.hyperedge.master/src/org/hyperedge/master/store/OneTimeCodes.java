package org.hyperedge.master.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * Codes that may be spent once before they expire (enrolment tokens, federation invitations), kept in one table as
 * their SHA-256 only, so a copy of the database spends none. The table has the hash column, {@code created_at},
 * {@code expires_at}, {@code used_at}, {@code used_by}, and the detail columns the code was made with. Checking and
 * spending are one conditional UPDATE, so of two callers presenting the same code at once only one spends it.
 */
public final class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What became of a presented code: spent now, or why not. */
    public enum Outcome {
        SPENT, UNKNOWN, USED_ALREADY, EXPIRED
    }

    /**
     * A presented code: its outcome; when it was used ({@code USED_ALREADY}) or expired ({@code EXPIRED}), else
     * {@code null}; the values of the detail columns ({@code UNKNOWN}: none).
     */
    public record Redemption(Outcome outcome, OffsetDateTime at, List<String> details) {

        /**
         * Why the code was refused ({@code null}: it was spent now): {@code unknown} when no such code was made, else
         * when it was used or expired, naming {@code what} it is and ending with the {@code remedy}.
         */
        public String refusal(String what, String unknown, String remedy) {
            return switch (outcome) {
            case SPENT -> null;
            case UNKNOWN -> unknown;
            case USED_ALREADY -> "the " + what + " was used already, at " + at + "; " + remedy;
            case EXPIRED -> "the " + what + " expired at " + at + "; " + remedy;
            };
        }
    }

    /** A code made: its text (shown once, never stored) and when it expires. */
    public record Issued(String code, OffsetDateTime expiresAt) {
    }

    private final Database database;
    private final String table;
    private final String hashColumn;
    private final List<String> detailColumns;

    /** The codes of {@code table}; its names are the caller's constants, never input. */
    public OneTimeCodes(Database database, String table, String hashColumn, String... detailColumns) {
        this.database = database;
        this.table = table;
        this.hashColumn = hashColumn;
        this.detailColumns = List.of(detailColumns);
    }

    /** {@code validity} between 1 s and {@code max}, or an error naming {@code what} it is for. */
    public static void requireValidity(Duration validity, Duration max, String what) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + "'s validity must be between 1 s and " + max.toDays()
                    + " days, not " + validity);
        }
    }

    /** A new code, {@code prefix} and {@code secretBytes} random bytes in hex, stored with one value per detail column. */
    public Issued issue(String prefix, int secretBytes, Duration validity, String... details) {
        if (details.length != detailColumns.size()) {
            throw new IllegalArgumentException(table + " keeps " + detailColumns + " with a code, not " + details.length
                    + " values");
        }
        byte[] secret = new byte[secretBytes];
        RANDOM.nextBytes(secret);
        String code = prefix + HexFormat.of().formatHex(secret);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(validity);
        List<String> columns = new ArrayList<>(List.of(hashColumn));
        columns.addAll(detailColumns);
        columns.addAll(List.of("created_at", "expires_at"));
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 1;
                insert.setString(index++, hash(code));
                for (String detail : details) {
                    insert.setString(index++, detail);
                }
                insert.setObject(index++, now);
                insert.setObject(index, expires);
                insert.executeUpdate();
            }
            return null;
        });
        return new Issued(code, expires);
    }

    /** Spends {@code code} for {@code usedBy} if it is known, unspent and unexpired; else says which it is not. */
    public Redemption redeem(String code, String usedBy) {
        String hash = hash(code);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String spendSql = "UPDATE " + table + " SET used_at = ?, used_by = ? WHERE " + hashColumn
                + " = ? AND used_at IS NULL AND expires_at > ?";
        List<String> columns = new ArrayList<>(detailColumns);
        columns.addAll(List.of("used_at", "expires_at"));
        String readSql = "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE " + hashColumn + " = ?";
        return database.inTransaction(connection -> {
            int spent;
            try (PreparedStatement spend = connection.prepareStatement(spendSql)) {
                spend.setObject(1, now);
                spend.setString(2, usedBy);
                spend.setString(3, hash);
                spend.setObject(4, now);
                spent = spend.executeUpdate();
            }
            try (PreparedStatement query = connection.prepareStatement(readSql)) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return new Redemption(Outcome.UNKNOWN, null, List.of());
                    }
                    List<String> read = new ArrayList<>();
                    for (int column = 1; column <= detailColumns.size(); column++) {
                        read.add(row.getString(column));
                    }
                    List<String> details = Collections.unmodifiableList(read); // a detail may be null
                    int usedAt = detailColumns.size() + 1;
                    if (spent == 1) {
                        return new Redemption(Outcome.SPENT, null, details);
                    }
                    if (row.getObject(usedAt) != null) {
                        return new Redemption(Outcome.USED_ALREADY, row.getObject(usedAt, OffsetDateTime.class), details);
                    }
                    return new Redemption(Outcome.EXPIRED, row.getObject(usedAt + 1, OffsetDateTime.class), details);
                }
            }
        });
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
