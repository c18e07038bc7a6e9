package org.hyperedge.master.store;

/** JDBC URLs as they may be shown: in messages, logs, backups and the console, never with a password they carry. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /**
     * The URL without its {@code password=} parameter and without H2's {@code ;SETTINGS} (which may name a file
     * password); what remains still says which database it is.
     */
    public static String withoutSecrets(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        return jdbcUrl.replaceFirst(";.*$", "").replaceAll("(?i)([?&])password=[^&]*&?", "$1").replaceFirst("[?&]$", "");
    }
}
