package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.agent.software.HostCommands;

/**
 * One supervised service process, started in a session of its own (so a signal to the agent's terminal
 * never reaches it, and a stop reaches its children too), as the partition's account. Its pid and start
 * time are kept in the agent's private directory, so a restarted agent adopts a process that kept running
 * instead of starting a second one. Its output reaches its log through a FIFO and a {@link LogPump}, which
 * rotates the log by size.
 */
final class ServiceProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDirectory;
    private final Path log;
    private final Path pidFile;
    private final Optional<Account> account;
    private final LogPump pump;
    private ProcessHandle handle;
    /** The process when this agent started it (its exit code can be had); null for an adopted one. */
    private Process child;
    private long startedAtMillis;
    private volatile boolean stopping;

    ServiceProcess(String name, List<String> command, Map<String, String> environment, Path workDirectory, Path log,
            Path pidFile, Optional<Account> account) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.workDirectory = workDirectory;
        this.log = log;
        this.pidFile = pidFile;
        this.account = account;
        this.pump = new LogPump(log);
    }

    String name() {
        return name;
    }

    /** Takes over the process a previous agent started, if it still runs; true when it did. */
    synchronized boolean adopt(Consumer<ServiceProcess> onExit) {
        if (!Files.isRegularFile(pidFile)) {
            return false;
        }
        try {
            String[] saved = Files.readString(pidFile, StandardCharsets.US_ASCII).strip().split(" ");
            long pid = Long.parseLong(saved[0]);
            OptionalLong started = ProcStat.startTime(pid);
            Optional<ProcessHandle> running = ProcessHandle.of(pid);
            if (running.isEmpty() || started.isEmpty() || started.getAsLong() != Long.parseLong(saved[1])) {
                return false;
            }
            handle = running.get();
            child = null;
            startedAtMillis = System.currentTimeMillis();
            pump.start(); // what it wrote while no agent read its output is waiting in the FIFO
            watch(onExit);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    synchronized void start(Consumer<ServiceProcess> onExit) throws IOException {
        String executable = HostCommands.resolve(command.get(0)).map(Path::toString)
                .orElseThrow(() -> new IOException("command '" + command.get(0) + "' of process " + name
                        + " is not found on this node (searched " + HostCommands.SERVICE_PATH + ")"));
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, executable);
        Files.createDirectories(log.getParent());
        pump.fifo();
        pump.start();
        ProcessBuilder builder = new ProcessBuilder(pump.wrap(UnixUsers.asAccount(account, resolved)))
                .directory(workDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().put("PATH", HostCommands.SERVICE_PATH);
        builder.environment().put("HOME", workDirectory.toString());
        builder.environment().put("TMPDIR", workDirectory.resolve("tmp").toString());
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().putAll(environment);
        Process process = builder.start();
        child = process;
        handle = process.toHandle();
        startedAtMillis = System.currentTimeMillis();
        stopping = false;
        OptionalLong startTime = ProcStat.startTime(handle.pid());
        Path tmp = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
        Files.writeString(tmp, handle.pid() + " " + startTime.orElse(0), StandardCharsets.US_ASCII);
        Files.move(tmp, pidFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        watch(onExit);
    }

    private void watch(Consumer<ServiceProcess> onExit) {
        ProcessHandle watched = handle;
        watched.onExit().thenRun(() -> {
            synchronized (this) {
                if (handle != watched || stopping) {
                    return;
                }
            }
            pump.settle(Duration.ofSeconds(1)); // its last words are in the log before anyone looks
            onExit.accept(this);
        });
    }

    /**
     * How the last process ended, when this agent started it (an adopted one is not its child). Called once
     * the process is seen gone; the wait covers Java recording the status a moment after that.
     */
    OptionalInt exitCode() {
        Process last;
        synchronized (this) {
            last = child;
        }
        try {
            return last != null && last.waitFor(2, TimeUnit.SECONDS) ? OptionalInt.of(last.exitValue()) : OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** Where the process's output goes. */
    Path log() {
        return log;
    }

    synchronized boolean alive() {
        return handle != null && handle.isAlive();
    }

    synchronized long pid() {
        return handle == null ? -1 : handle.pid();
    }

    /** How long the current process ran (to reset the restart backoff of a service that ran well). */
    synchronized Duration uptime() {
        return Duration.ofMillis(System.currentTimeMillis() - startedAtMillis);
    }

    /** TERM to the whole session, KILL after the grace period; returns once nothing of it runs. */
    void stop(Duration grace) {
        ProcessHandle target;
        synchronized (this) {
            stopping = true;
            target = handle;
        }
        if (target != null && target.isAlive()) {
            List<ProcessHandle> family = new ArrayList<>(target.descendants().toList());
            signalGroup("TERM", target.pid());
            try {
                target.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception timeoutOrInterrupt) {
                signalGroup("KILL", target.pid());
                target.destroyForcibly();
            }
            family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            try {
                target.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // a process in uninterruptible sleep: it ends when the kernel lets it; nothing else to do
            }
        }
        pump.stop();
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // a stale pid file is harmless: adoption checks the start time
        }
    }

    private static void signalGroup(String signal, long leader) {
        try {
            Process kill = new ProcessBuilder("kill", "-s", signal, "--", "-" + leader).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(leader).ifPresent("KILL".equals(signal) ? ProcessHandle::destroyForcibly : ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
