package org.hyperedge.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.eclipse.jface.preference.IPersistentPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;
import org.hyperedge.console.core.monitoring.ChartRange;
import org.hyperedge.console.core.monitoring.Staleness;
import org.hyperedge.ui.theme.Appearance;

/**
 * The console's user preferences, kept outside the data directory (they say where it is) in
 * {@code $XDG_CONFIG_HOME/hyperedge/console.properties}. The {@code hyperedge} script reads the same
 * file, so a data directory chosen here is used at the next start.
 */
public final class ConsolePreferences {

    public static final String DATA_DIRECTORY = "data.directory";
    /** A PostgreSQL master's JDBC URL; empty: the data directory's embedded H2 master. */
    public static final String MASTER_URL = "master.url";
    /**
     * The environment variable {@code ./hyperedge --db URL console} sets: that master, whatever the preference says.
     * An environment, not a system property: a URL may carry a password, and any user can read a command line.
     */
    public static final String DB_VARIABLE = "HYPEREDGE_DB";
    public static final String SYNC_PERIOD_SECONDS = "sync.period.seconds";
    /** A node whose last report is older than this many seconds shows in the warning colour. */
    public static final String STALE_WARNING_SECONDS = "staleness.warning.seconds";
    /** ...and older than this, in the alarm colour. */
    public static final String STALE_ALARM_SECONDS = "staleness.alarm.seconds";

    /** Whether the console takes a backup of its master once a day (into the data directory's backups/). */
    public static final String BACKUP_DAILY = "backup.daily";
    /** How many of the console's backups are kept, the newest. */
    public static final String BACKUP_KEEP = "backup.keep";
    /** HOST:PORT where the console's master serves its HTTPS endpoint for nodes that dial in; empty: none (issue 18). */
    public static final String ENDPOINT_LISTEN = "endpoint.listen";

    /** The range the monitoring charts open with: "1 h", "24 h", "7 d" or "30 d". */
    public static final String CHART_RANGE = "charts.range";
    /** The time zone of the charts' time axes: "local" (the desktop's) or "UTC". */
    public static final String CHART_TIME_ZONE = "charts.timezone";

    /** Light or dark: "desktop" (follow the desktop's preference), "light" or "dark"; applies at the next start. */
    public static final String APPEARANCE = "appearance.theme";

    /** Where Help › Check for Updates looks for a newer console: a directory or an https:// URL; empty: not set. */
    public static final String UPDATE_SITE = "updates.site";

    private final Path file;
    private final PreferenceStore store;

    private ConsolePreferences(Path file, PreferenceStore store) {
        this.file = file;
        this.store = store;
    }

    public static ConsolePreferences load(Path file) {
        PreferenceStore store = new PreferenceStore(file.toString());
        if (Files.isRegularFile(file)) {
            try {
                store.load();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the console preferences " + file, e);
            }
        }
        store.setDefault(SYNC_PERIOD_SECONDS, 1);
        store.setDefault(STALE_WARNING_SECONDS, 30);
        store.setDefault(STALE_ALARM_SECONDS, 120);
        store.setDefault(BACKUP_DAILY, false);
        store.setDefault(BACKUP_KEEP, 7);
        store.setDefault(CHART_RANGE, ChartRange.LAST_DAY.label());
        store.setDefault(CHART_TIME_ZONE, "local");
        store.setDefault(APPEARANCE, Appearance.FOLLOW_DESKTOP.value());
        return new ConsolePreferences(file, store);
    }

    /** The preferences of the user running the console. */
    public static ConsolePreferences forUser() {
        return load(defaultFile());
    }

    public static Path defaultFile() {
        String override = System.getProperty("hyperedge.preferences");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(xdg);
        return config.resolve("hyperedge").resolve("console.properties");
    }

    public Optional<String> dataDirectory() {
        String value = store.getString(DATA_DIRECTORY);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The master's JDBC URL: {@code ./hyperedge --db URL console}'s ({@value #DB_VARIABLE}), else the preference's. */
    public Optional<String> masterUrl() {
        String given = givenMasterUrl();
        String value = given.isBlank() ? store.getString(MASTER_URL) : given;
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The URL {@code ./hyperedge --db URL console} started this console on; "" when none. */
    public static String givenMasterUrl() {
        String given = System.getenv(DB_VARIABLE);
        return given == null ? "" : given.strip();
    }

    public java.time.Duration syncPeriod() {
        return java.time.Duration.ofSeconds(Math.max(1, store.getInt(SYNC_PERIOD_SECONDS)));
    }

    /** The staleness thresholds in seconds: warning, then alarm. */
    public Staleness staleness() {
        return new Staleness(store.getInt(STALE_WARNING_SECONDS), store.getInt(STALE_ALARM_SECONDS));
    }

    /** Where the embedded master serves the endpoint dialling nodes connect to, if it does. */
    public Optional<String> endpointListen() {
        String value = store.getString(ENDPOINT_LISTEN);
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public boolean dailyBackups() {
        return store.getBoolean(BACKUP_DAILY);
    }

    public int backupsKept() {
        return Math.max(1, store.getInt(BACKUP_KEEP));
    }

    /** The range the monitoring charts open with; the default one when the file names none there is. */
    public ChartRange chartRange() {
        String label = store.getString(CHART_RANGE);
        for (ChartRange range : ChartRange.values()) {
            if (range.label().equals(label)) {
                return range;
            }
        }
        return ChartRange.LAST_DAY;
    }

    /** The time zone the charts show times in: UTC if chosen, else the desktop's. */
    public ZoneId chartZone() {
        return "UTC".equals(store.getString(CHART_TIME_ZONE)) ? ZoneOffset.UTC : ZoneId.systemDefault();
    }

    /** The update site as the operator wrote it; "" when none is set. */
    public String updateSite() {
        return store.getString(UPDATE_SITE).strip();
    }

    /** Light, dark, or as the desktop prefers; an unknown value is an error naming this file and the key. */
    public Appearance appearance() {
        try {
            return Appearance.parse(store.getString(APPEARANCE));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(APPEARANCE + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The store that preference pages edit; saving creates the parent directory when needed. */
    public IPersistentPreferenceStore store() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        return store;
    }
}
