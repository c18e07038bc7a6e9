package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.runtime.UnixUsers.Account;
import org.hyperedge.agent.software.HostCommands;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor.PromiseSpec;

/**
 * Runs one promise check: a TCP port accepts, a URL answers the expected status, a command exits 0, a file exists,
 * a service refuses a client without its credentials.
 */
final class PromiseChecker {

    /** A check's outcome: {@code ms} is how long it took. */
    record Result(boolean ok, String message, long ms) {
    }

    private PromiseChecker() {
    }

    /** {@code target} and {@code expected} are already rendered. */
    static Result check(PromiseSpec promise, String target, String expected, PartitionLayout layout, String partition,
            Optional<Account> account) {
        long start = System.nanoTime();
        int timeoutMs = promise.timeoutSeconds() * 1000;
        String message;
        boolean ok;
        try {
            switch (promise.kind()) {
                case TCP -> {
                    int colon = target.lastIndexOf(':');
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(target.substring(0, colon),
                                Integer.parseInt(target.substring(colon + 1))), timeoutMs);
                    }
                    ok = true;
                    message = target + " accepts connections";
                }
                case HTTP -> {
                    HttpURLConnection connection = (HttpURLConnection) URI.create(target).toURL().openConnection();
                    connection.setConnectTimeout(timeoutMs);
                    connection.setReadTimeout(timeoutMs);
                    connection.setInstanceFollowRedirects(false);
                    int status = connection.getResponseCode();
                    connection.disconnect();
                    String wanted = expected == null ? "200" : expected;
                    ok = wanted.equals(Integer.toString(status));
                    message = target + " answered " + status + (ok ? "" : ", expected " + wanted);
                }
                case COMMAND -> {
                    List<String> command = List.of("sh", "-c", target);
                    ProcessBuilder builder = new ProcessBuilder(UnixUsers.asAccount(account, command))
                            .directory(layout.directory(partition).toFile()).redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
                    builder.environment().put("PATH", HostCommands.SERVICE_PATH);
                    Process process = builder.start();
                    if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                        ok = false;
                        message = "'" + target + "' ran longer than " + promise.timeoutSeconds() + " s";
                    } else {
                        ok = process.exitValue() == 0;
                        message = "'" + target + "' exited with " + process.exitValue();
                    }
                }
                case AUTH -> {
                    AnonymousProbe.Outcome outcome = AnonymousProbe.probe(target, timeoutMs);
                    ok = outcome.refused();
                    message = outcome.message();
                }
                case FILE -> {
                    Path file = layout.resolve(partition, target);
                    ok = Files.exists(file);
                    message = target + (ok ? " exists" : " is missing");
                }
                default -> throw new IllegalStateException("unknown promise kind " + promise.kind());
            }
        } catch (IOException | IllegalArgumentException e) {
            ok = false;
            message = target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
            message = "interrupted";
        }
        return new Result(ok, message, (System.nanoTime() - start) / 1_000_000);
    }
}
