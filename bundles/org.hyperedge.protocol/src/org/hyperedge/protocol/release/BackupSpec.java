package org.hyperedge.protocol.release;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * How a software type's data is backed up and restored, run by the agent in the partition as the partition's user
 * (as the {@code upgrade} step is): {@code command} writes one file, the path of which it finds in the environment
 * variable {@code HYPEREDGE_BACKUP_FILE}, while the instance runs; {@code restore} reads that file into a new
 * instance of the type, once its processes run and its TCP promises answer, before the instance is reported
 * {@code started}. {@code every} is the schedule, which an instance's {@code backup-every} parameter may change.
 */
public record BackupSpec(List<String> command, List<String> restore, Duration every) {

    /** The name of the instance parameter that sets the schedule (an ISO-8601 duration, such as {@code PT1H}). */
    public static final String EVERY_PARAMETER = "backup-every";
    /** Shorter would back up faster than most backups take; a test's schedule is still reachable. */
    public static final Duration SHORTEST = Duration.ofSeconds(30);
    /** Longer is no schedule anyone means. */
    public static final Duration LONGEST = Duration.ofDays(366);

    /** The duration {@code text} means, or why it is refused (named for {@code what}). */
    public static Duration every(String text, String what) {
        Duration every;
        try {
            every = Duration.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not an ISO-8601 duration such as PT1H or P1D");
        }
        if (every.compareTo(SHORTEST) < 0 || every.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(what + " " + text + " is outside " + SHORTEST + " to " + LONGEST.toDays() + " days");
        }
        return every;
    }
}
