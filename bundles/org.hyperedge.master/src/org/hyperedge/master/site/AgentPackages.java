package org.hyperedge.master.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The node agent's Debian package carried in a site bundle ({@code agent-packages/NAME}), so a site with no
 * internet installs the agent on its machines from the bundle it got: checked when added at the office (its name,
 * and that it is a Debian archive), checked again by digest with the rest of the bundle at the site, and kept there
 * in the site master's {@code packages/} directory under its own name.
 */
public final class AgentPackages {

    static final String PREFIX = "agent-packages/";
    private static final Pattern NAME = Pattern.compile("hyperedge-agent_[0-9][A-Za-z0-9.+~-]{0,60}_all\\.deb");
    private static final byte[] AR_MAGIC = "!<arch>\n".getBytes(StandardCharsets.US_ASCII);

    private AgentPackages() {
    }

    /** Refuses, naming why, a file that is not an agent package this product builds. */
    static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("agent package '" + name + "' is not named hyperedge-agent_VERSION_all.deb "
                    + "(the file the build leaves in product/org.hyperedge.agent.jar/target)");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("agent package " + file + " does not exist or is not a file");
        }
        byte[] head = new byte[AR_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) != head.length || !Arrays.equals(head, AR_MAGIC)) {
                throw new IllegalArgumentException("agent package " + file + " is not a Debian archive");
            }
        }
    }

    /** The package's name as a bundle entry names it, refused unless it is a plain agent package name. */
    static String nameOf(String entry) throws SiteBundleException {
        String name = entry.substring(PREFIX.length());
        if (!NAME.matcher(name).matches()) {
            throw new SiteBundleException("the bundle carries '" + entry + "', which is no agent package's name");
        }
        return name;
    }

    /** Copies the bundle's package into the directory (written beside, moved on once whole); returns where it is. */
    static Path keep(VerifiedBundle bundle, String entry, Path directory) throws IOException, SiteBundleException {
        Path target = directory.resolve(nameOf(entry));
        Files.createDirectories(directory);
        Path partial = directory.resolve("." + target.getFileName() + ".partial");
        bundle.copy(entry, partial);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }
}
