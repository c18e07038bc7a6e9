package org.hyperedge.master.site;

/**
 * Where a long site step is: what it does now and how far ({@code done} of {@code total}, total 0 when
 * unknown). The console turns it into a Job's progress monitor, the command line into lines on stderr.
 */
@FunctionalInterface
public interface SiteProgress {

    SiteProgress NONE = (step, done, total) -> {
    };

    void report(String step, long done, long total);
}
