package org.hyperedge.connector.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/** A secret as the node made it, read from its agent's private files: the node may know it, no master may. */
final class NodeSecrets {

    private NodeSecrets() {
    }

    /** The secret {@code name} of the partition of the agent at {@code agentData} that has one. */
    static String of(Path agentData, String name) throws IOException {
        try (Stream<Path> files = Files.find(agentData.resolve("private"), 2, (p, a) -> p.endsWith(".secrets"))) {
            for (Path file : files.toList()) {
                Properties secrets = new Properties();
                try (var reader = Files.newBufferedReader(file)) {
                    secrets.load(reader);
                }
                if (secrets.getProperty(name) != null) {
                    return secrets.getProperty(name);
                }
            }
        }
        throw new AssertionError("no partition of " + agentData + " has a secret '" + name + "'");
    }
}
