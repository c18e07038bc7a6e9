package org.hyperedge.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.launch.LeftServices;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.recovery.InstanceBackups;
import org.hyperedge.master.recovery.InstanceRecovery;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.protocol.report.ReportCodec;
import org.hyperedge.protocol.seal.SealedValue;
import org.hyperedge.protocol.seal.SealingKeyPair;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./hyperedge bench restore [MB]}: the restore of a lost PostgreSQL instance holding MB megabytes of rows
 * (default 1024) on another node. Two packaged agents (each its own process, HTTPS on loopback) and a master with its
 * connector; the instance is filled on node line-1 with {@code psql}, backed up ({@code backup-instance}: pg_dump -Fc,
 * pulled into the master's cache, then copied to its replica node, line-2), then line-1 is lost (its agent and
 * services killed); the figure is the time from {@code restore-instance} to the instance reported {@code started} on
 * line-2, which holds the check of the file's sha256, the new cluster's initdb and start, and pg_restore. The backup's own time and size are printed beside it.
 * Usage: RestoreBenchmark AGENT_JAR SCRATCH_DIR MB [AGENT JVM OPTION...]
 */
public final class RestoreBenchmark {

    private static final Pattern LISTENING = Pattern.compile("listening on https://([^ ,]+)");
    private static final Pattern CODE = Pattern.compile("pairing code: (\\S+)");
    private static final Duration PATIENCE = Duration.ofMinutes(60);

    private RestoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path agentJar = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        int megabytes = Integer.parseInt(args[2]);
        if (megabytes < 1 || megabytes > 65_536) {
            throw new IllegalArgumentException("MB " + megabytes + " is outside 1-65536");
        }
        List<String> jvmOptions = List.of(args).subList(3, args.length);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<Process> agents = new ArrayList<>();
        SealingKeyPair operator = SealingKeyPair.generate();
        Path data = scratch.resolve("master-data");
        try (Master master = Master.open(data); Connector connector = MasterSite.connector(master, data, 4)) {
            master.catalog().importBuiltIn();
            master.operatorKeys().add("bench", operator.publicKey());
            String[] lost = startAgent(agentJar, scratch, "line-1", 28100, jvmOptions, agents);
            String[] spare = startAgent(agentJar, scratch, "line-2", 28200, jvmOptions, agents);
            String lostNode = connector.adopt(lost[0], lost[1], "bench", Map.of());
            connector.adopt(spare[0], spare[1], "bench", Map.of());
            connector.start(Duration.ofMillis(200));
            ObjectNode none = ReportCodec.JSON.createObjectNode();
            InstanceRecord database = master.requests().request(Request.root("bench-db", "builtin:postgresql", "default",
                    none).withSla(Map.of("node", lostNode)));
            String url = open(operator, awaitStarted(master, database.id(), null, true));
            long fillStart = System.nanoTime();
            fill(url, megabytes);
            String size = psql(url, "SELECT pg_size_pretty(pg_database_size('postgres'))").strip();
            System.out.printf("filled with %d MB of rows in %.1f s (database: %s)%n", megabytes,
                    (System.nanoTime() - fillStart) / 1e9, size);

            long backupStart = System.nanoTime();
            master.instanceRecovery().backupNow("bench-db", null);
            InstanceBackups.Backup backup = awaitStoredBackup(master, database.id());
            double backupSeconds = (System.nanoTime() - backupStart) / 1e9;
            System.out.printf("backup (pg_dump -Fc, pulled into the master's cache): %.2f s, %,d bytes%n", backupSeconds,
                    backup.size());
            InstanceBackups.Backup replicated = awaitReplicated(master, database.id());
            System.out.printf("its copy on the replica node %s: %.2f s after the backup%n", replicated.replicaNode(),
                    (System.nanoTime() - backupStart) / 1e9 - backupSeconds);

            lose(agents.get(0), scratch.resolve("line-1"));
            long restoreStart = System.nanoTime();
            InstanceRecovery.Restored restored = master.instanceRecovery().restore("bench-db", null, null);
            String restoredUrl = open(operator, awaitStarted(master, database.id(), restored.toNode(), false));
            double restoreSeconds = (System.nanoTime() - restoreStart) / 1e9;
            String rows = psql(restoredUrl, "SELECT count(*) FROM filler").strip();
            System.out.printf("restore-instance of a %s PostgreSQL database (%s rows) on %s: %.2f s to started%n", size, rows,
                    restored.toNode(), restoreSeconds);
            BenchFigures.print("restore.postgresql-" + megabytes + "mb-to-started", restoreSeconds, "s", false);
            BenchFigures.print("restore.postgresql-" + megabytes + "mb-backup", backupSeconds, "s", false);
        } finally {
            for (Process agent : agents) {
                agent.destroy();
                agent.waitFor();
            }
            for (String name : List.of("line-1", "line-2")) {
                LeftServices.end(scratch.resolve(name));
            }
        }
    }

    /** Rows of 1 KiB of hex text (md5s: compressible about as well as real data, not as a repeated string). */
    private static void fill(String url, int megabytes) throws Exception {
        psql(url, "CREATE TABLE filler (id BIGINT PRIMARY KEY, payload TEXT)");
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            payload.append(i == 0 ? "" : " || ").append("md5((g * 32 + ").append(i).append(")::text)");
        }
        int perBatch = 16 * 1024; // 16 MiB a statement
        long rows = megabytes * 1024L;
        for (long from = 1; from <= rows; from += perBatch) {
            long to = Math.min(rows, from + perBatch - 1);
            psql(url, "INSERT INTO filler SELECT g, " + payload + " FROM generate_series(" + from + ", " + to + ") g");
        }
    }

    /** {@code psql} on the database the URL names, its password in its environment. */
    private static String psql(String url, String sql) throws Exception {
        URI uri = URI.create(url);
        String[] credentials = uri.getUserInfo().split(":", 2);
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-h",
                uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", credentials[0], "-d", uri.getPath().substring(1),
                "-c", sql).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", credentials[1]);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }

    private static String open(SealingKeyPair operator, String connectionJson) throws Exception {
        String value = ReportCodec.JSON.readTree(connectionJson).path("url").asText();
        return SealedValue.isSealed(value) ? SealedValue.parse(value).open(operator) : value;
    }

    /**
     * The instance's connection parameters once it is reported started (on {@code node}, when given; and healthy, its
     * promises passed, when asked: a new cluster is started before it listens, a restored one only once restored).
     */
    private static String awaitStarted(Master master, long instanceId, String node, boolean healthy) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            InstanceRecord instance = master.requests().all().stream().filter(i -> i.id() == instanceId).findFirst()
                    .orElseThrow();
            if ("started".equals(instance.reportedState()) && (node == null || node.equals(instance.nodeId()))
                    && (!healthy || instance.healthy())) {
                return instance.connectionParameters();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("instance " + instanceId + " did not start within " + PATIENCE);
    }

    private static InstanceBackups.Backup awaitReplicated(Master master, long instanceId) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var latest = master.instanceBackups().latest(instanceId);
            if (latest.isPresent() && latest.get().replicated()) {
                return latest.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the backup reached no replica node within " + PATIENCE);
    }

    private static InstanceBackups.Backup awaitStoredBackup(Master master, long instanceId) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            var latest = master.instanceBackups().latest(instanceId);
            if (latest.isPresent() && latest.get().stored()) {
                return latest.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no backup reached the master within " + PATIENCE);
    }

    /** The node is lost: its agent killed, then its services. */
    private static void lose(Process agent, Path data) throws Exception {
        agent.destroyForcibly();
        agent.waitFor();
        LeftServices.end(data);
    }

    private static String[] startAgent(Path agentJar, Path scratch, String name, int firstPort, List<String> jvmOptions,
            List<Process> agents) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", agentJar.toString(), "--data", scratch.resolve(name).toString(), "--listen",
                "127.0.0.1:0", "--ip", "127.0.0.1", "--name", name, "--partitions", "2", "--ports",
                firstPort + "-" + (firstPort + 39)));
        Path log = scratch.resolve(name + ".log");
        Process agent = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        agents.add(agent);
        for (int i = 0; i < 600; i++) {
            String printed = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher address = LISTENING.matcher(printed);
            Matcher code = CODE.matcher(printed);
            if (address.find() && code.find()) {
                return new String[] { address.group(1), code.group(1) };
            }
            if (!agent.isAlive()) {
                throw new IllegalStateException("agent " + name + " exited: " + printed);
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("agent " + name + " did not start within 30 s");
    }
}
