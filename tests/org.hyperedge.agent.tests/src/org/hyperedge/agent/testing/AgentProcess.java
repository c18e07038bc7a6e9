package org.hyperedge.agent.testing;

import java.io.File;
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

/** The agent as its own operating-system process ({@code java -cp ... AgentMain}), to be killed with -9. */
public final class AgentProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on https://([^ ,]+)");
    private static final Pattern CODE = Pattern.compile("pairing code: (\\S+)");

    private final Process process;
    public final String address;
    public final String pairingCode;

    private AgentProcess(Process process, String address, String pairingCode) {
        this.process = process;
        this.address = address;
        this.pairingCode = pairingCode;
    }

    public static AgentProcess start(Path data, int firstPort, Path output) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", classPath(), AgentMain.class.getName()));
        command.addAll(List.of(AgentHarness.options(data, firstPort)));
        Files.deleteIfExists(output);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String printed = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            Matcher listening = LISTENING.matcher(printed);
            if (listening.find() && (printed.contains("pairing code:") || printed.contains("paired with master"))) {
                Matcher code = CODE.matcher(printed);
                return new AgentProcess(process, listening.group(1), code.find() ? code.group(1) : null);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the agent exited with " + process.exitValue() + ":\n" + printed);
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the agent did not start within 30 s:\n" + Files.readString(output));
    }

    public long pid() {
        return process.pid();
    }

    /** {@code kill -9}: no shutdown hook, no flush, nothing. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }

    private static String classPath() throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(AgentMain.class, DesiredState.class, JsonParser.class, ObjectMapper.class,
                JsonProperty.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
