package org.hyperedge.agent.packaging;

import java.util.regex.Pattern;

/**
 * The Debian version of a project version: a release's {@code 1.2.0} as it is, a snapshot's {@code 1.2.0-SNAPSHOT}
 * as {@code 1.2.0~SNAPSHOT}, which dpkg orders before {@code 1.2.0}, so the release upgrades the snapshot. The package
 * is native (no Debian revision), so the version may hold no {@code -}.
 */
public final class DebianVersion {

    private static final Pattern PROJECT = Pattern.compile("[0-9][A-Za-z0-9.+-]*");
    private static final Pattern NATIVE = Pattern.compile("[0-9][A-Za-z0-9.+~]*");

    private DebianVersion() {
    }

    public static String of(String projectVersion) {
        if (projectVersion == null || !PROJECT.matcher(projectVersion).matches()) {
            throw new IllegalArgumentException("project version '" + projectVersion + "' cannot be a Debian version: it"
                    + " must start with a digit and hold only letters, digits, '.', '+' and '-'");
        }
        String version = projectVersion.replace('-', '~');
        if (!NATIVE.matcher(version).matches()) {
            throw new IllegalArgumentException("'" + version + "' is not a Debian version");
        }
        return version;
    }
}
