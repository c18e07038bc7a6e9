package org.hyperedge.agent.launch;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.agent.AgentMain;
import org.hyperedge.protocol.desired.DesiredState;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts an agent as a child process on the jars this code runs from (a console adopting its own machine,
 * an end-to-end test), and waits until it listens. The agent outlives nothing by accident: the caller
 * owns the process.
 */
public final class AgentLauncher {

    /** The JVM options of a small, steady daemon (also the ./hyperedge agent script's). */
    public static final List<String> JVM_OPTIONS = List.of("-Xms4m", "-Xmx32m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Xss256k", "-XX:ReservedCodeCacheSize=12m",
            "-XX:MaxMetaspaceSize=48m", "-XX:-UsePerfData");

    private static final Pattern LISTENING = Pattern.compile("listening on https://([^ ,]+)");
    private static final Pattern CODE = Pattern.compile("pairing code: (\\S+)");

    /** How the agent says it is not paired and has no code to print (it printed its code when it made it). */
    public static final String UNPAIRED = "unpaired:";

    /**
     * A started agent: its process, the address it listens on, and its pairing code when it made one on this start
     * (null when it is paired, or was started before unpaired: {@code paired} tells which).
     */
    public record Launched(Process process, String address, String pairingCode, boolean paired) {
    }

    private AgentLauncher() {
    }

    /** Starts {@code AgentMain} with the options; its output goes to {@code output}. */
    public static Launched start(List<String> options, Path output) throws IOException, InterruptedException {
        return start(List.of(), options, output);
    }

    /**
     * As {@link #start(List, Path)}, the command run through {@code prefix} (a test's {@code ip netns exec NS}, which
     * runs the JVM itself in another network namespace, so the process is still the agent's).
     */
    public static Launched start(List<String> prefix, List<String> options, Path output) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classPath(), AgentMain.class.getName()));
        command.addAll(options);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.deleteIfExists(output);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String printed = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            Matcher listening = LISTENING.matcher(printed);
            if (listening.find() && (printed.contains("pairing code:") || printed.contains("paired with master")
                    || printed.contains(UNPAIRED))) {
                Matcher code = CODE.matcher(printed);
                String address = listening.group(1).replace("0.0.0.0:", "127.0.0.1:");
                return new Launched(process, address, code.find() ? code.group(1) : null,
                        printed.contains("paired with master"));
            }
            if (!process.isAlive()) {
                throw new IOException("the agent exited with " + process.exitValue() + ": " + printed.strip());
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IOException("the agent did not start within 60 s: " + Files.readString(output).strip());
    }

    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        try {
            for (Class<?> type : List.of(AgentMain.class, DesiredState.class, JsonParser.class, ObjectMapper.class,
                    JsonProperty.class)) {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            }
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot find the agent's jars to start it: " + e);
        }
        return String.join(File.pathSeparator, entries);
    }
}
