package org.hyperedge.agent.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.runtime.UnixUsers;

/**
 * The services an agent started, which outlive it by design (an agent restarted finds them running): whoever ran an
 * agent only for a while (a test, a benchmark, a guide's walk-through) ends them here once the agent is gone, by the
 * pids the agent recorded, and gives back the partitions' users and the agent's spare accounts.
 */
public final class LeftServices {

    private LeftServices() {
    }

    /** The services of the agent whose data directory is {@code agentData}, and their children. */
    public static List<ProcessHandle> of(Path agentData) throws IOException {
        List<ProcessHandle> services = new ArrayList<>();
        Path privateRoot = agentData.resolve("private");
        if (!Files.isDirectory(privateRoot)) {
            return services;
        }
        try (var pidFiles = Files.find(privateRoot, 3, (path, attributes) -> path.toString().endsWith(".pid"))) {
            for (Path pidFile : pidFiles.toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).strip().split(" ")[0]);
                ProcessHandle.of(pid).ifPresent(service -> {
                    services.add(service);
                    service.descendants().forEach(services::add);
                });
            }
        }
        return services;
    }

    /** Kills them, then removes the partitions' users (with their processes and /tmp files, when run as root). */
    public static void end(Path agentData) throws IOException {
        of(agentData).forEach(ProcessHandle::destroyForcibly);
        Path privateRoot = agentData.resolve("private");
        if (!Files.isDirectory(privateRoot)) {
            return;
        }
        UnixUsers users = new UnixUsers(AgentOptions.runsAsRoot(), agentData);
        try (var partitions = Files.list(privateRoot)) {
            for (Path partition : partitions.filter(p -> p.getFileName().toString().matches("p[0-9]+")).toList()) {
                users.remove(partition.getFileName().toString());
            }
        }
        users.removeAll(); // the spare accounts too, and those of partitions whose directory is gone

    }
}
