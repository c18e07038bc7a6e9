package org.hyperedge.bench.dial;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The simulated dial-in fleet as a process of its own, so the master's heap and CPU the benchmark measures are the
 * master's alone. Usage: FleetProcess NODES MASTER_FINGERPRINT PORT HEARTBEAT_MS FINGERPRINTS_FILE. It writes the
 * nodes' fingerprints (one a line, in node order), prints {@code READY}, then takes one command a line on its input:
 * {@code start} (every node dials), {@code produce}, {@code idle}, {@code stats} (answered with one {@code STATS}
 * line), {@code handed I} (answered {@code HANDED I N}), {@code quit}. Its input closing quits it too.
 */
public final class FleetProcess {

    private FleetProcess() {
    }

    public static void main(String[] args) throws Exception {
        SimulatedDialInFleet fleet = new SimulatedDialInFleet(Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]),
                Long.parseLong(args[3]));
        Files.write(Path.of(args[4]), fleet.fingerprints());
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "start" -> {
                    Thread dialling = new Thread(() -> {
                        try {
                            fleet.start();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, "simulated-dial-in-start");
                    dialling.setDaemon(true);
                    dialling.start();
                }
                case "produce" -> fleet.producing(true);
                case "idle" -> fleet.producing(false);
                case "stats" -> out.println(statsLine(fleet.stats()));
                case "handed" -> out.println("HANDED " + words[1] + " " + fleet.handed(Integer.parseInt(words[1])));
                default -> out.println("UNKNOWN " + line);
            }
        }
        fleet.close();
        System.exit(0);
    }

    static String statsLine(SimulatedDialInFleet.Stats stats) {
        return "STATS " + stats.connected() + " " + stats.polls() + " " + stats.calls() + " " + stats.eventsHanded() + " "
                + stats.eventsAcknowledged() + " " + stats.desiredStates() + " " + stats.failures() + " "
                + stats.lastFailure().replaceAll("\\s+", " ");
    }

    static SimulatedDialInFleet.Stats parseStats(String line) {
        String[] words = line.split(" ", 9);
        if (!words[0].equals("STATS") || words.length < 8) {
            throw new IllegalArgumentException("not a STATS line from the fleet: " + line);
        }
        return new SimulatedDialInFleet.Stats(Integer.parseInt(words[1]), Long.parseLong(words[2]),
                Long.parseLong(words[3]), Long.parseLong(words[4]), Long.parseLong(words[5]), Long.parseLong(words[6]),
                Long.parseLong(words[7]), words.length > 8 ? words[8] : "");
    }
}
