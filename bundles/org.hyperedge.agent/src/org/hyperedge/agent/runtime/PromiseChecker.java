package org.hyperedge.agent.runtime;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.partition.PartitionLayout;
import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.partition.TenantTree;
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

    /**
     * A promise's rendered target: its text (a command's for messages only), the expected answer, and for a
     * command the line that runs it, parameters passed to the shell as arguments ({@link ShellCommand}).
     */
    record Target(String text, String expected, List<String> command) {
    }

    static Target target(PromiseSpec promise, TemplateRenderer renderer) {
        return new Target(renderer.render(promise.target()), promise.expected() == null ? null : renderer.render(promise.expected()),
                promise.kind() == PromiseSpec.Kind.COMMAND ? ShellCommand.promise(renderer, promise.target()) : List.of());
    }

    static Result check(PromiseSpec promise, Target rendered, PartitionLayout layout, String partition,
            Optional<Account> account) {
        String target = rendered.text();
        String expected = rendered.expected();
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
                    List<String> command = rendered.command();
                    ProcessBuilder builder = new ProcessBuilder(UnixUsers.asAccount(account, command))
                            .directory(layout.directory(partition).toFile()).redirectErrorStream(true);
                    builder.environment().clear(); // as for the services: nothing of the agent's environment
                    builder.environment().put("PATH", HostCommands.SERVICE_PATH);
                    builder.environment().put("HOME", layout.directory(partition).toString());
                    builder.environment().put("LANG", "C.UTF-8");
                    Process process = builder.start();
                    process.getOutputStream().close();
                    FirstOutputLine output = FirstOutputLine.of(process.getInputStream());
                    if (!process.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                        ok = false;
                        message = "'" + target + "' ran longer than " + promise.timeoutSeconds() + " s";
                    } else {
                        ok = process.exitValue() == 0;
                        String said = ok ? "" : output.line();
                        message = "'" + target + "' exited with " + process.exitValue() + (said.isEmpty() ? "" : ": " + said);
                    }
                }
                case AUTH -> {
                    AnonymousProbe.Outcome outcome = AnonymousProbe.probe(target, timeoutMs);
                    ok = outcome.refused();
                    message = outcome.message();
                }
                case FILE -> {
                    // looked up without following the tenant's links: a link to a file the tenant cannot see tells nothing
                    ok = TenantTree.exists(layout.directory(partition), target);
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
