package org.hyperedge.agent;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The agent's settings, from an optional config file ({@code --config FILE}, Java properties with the
 * keys {@code data}, {@code listen}, {@code partitions}, {@code ports}, ...) overridden by the command line.
 */
public record AgentOptions(Path dataDirectory, String listenHost, int listenPort, int partitions, int firstPort,
        int lastPort, String name, String serviceIp, int usagePeriodSeconds, int graceSeconds, boolean newPairing,
        boolean help, long journalLimitBytes, long clockOffsetSeconds, List<String> masters, String enrolToken,
        String masterFingerprint, int promiseHeartbeatSeconds) {

    /** The most master addresses a dialling agent is given. */
    public static final int MAX_MASTERS = 16;

    /** The largest test clock offset: a year either way. */
    public static final long MAX_CLOCK_OFFSET_SECONDS = 366L * 86_400;

    private static final List<String> KEYS = List.of("data", "listen", "partitions", "ports", "name", "ip",
            "usage-period", "grace", "journal-limit", "master", "promise-heartbeat");

    /**
     * The journal's bounds: at least twice its largest event (1 MiB), so one always fits once the master has
     * acknowledged what came before; at most 1 TiB.
     */
    public static final long MIN_JOURNAL_BYTES = 2L << 20;
    public static final long MAX_JOURNAL_BYTES = 1L << 40;

    // .indent(0) keeps the text as it is but not a compile-time constant, so no other bundle inlines a stale copy
    public static final String USAGE = """
            Usage: hyperedge agent [OPTIONS]
              or:  java -jar hyperedge-agent.jar [OPTIONS]

            The HyperEdge node agent: converges this machine's partitions towards the desired state it
            receives from a master, runs services as unprivileged processes, checks their promises and
            keeps every report in a local journal until the master acknowledges it.

            Options:
              --data DIR          agent data directory: keys, desired state, software cache, partitions,
                                  journal (default: ~/.hyperedge-agent)
              --listen HOST:PORT  address of the HTTPS API (default: 0.0.0.0:7443)
              --partitions N      number of partitions on this node, 1-1000 (default: 10)
              --ports FROM-TO     TCP port range shared out among the partitions (default: 20000-29999)
              --name NAME         the node's name as the master shows it (default: the host name)
              --ip ADDRESS        address services bind to and publish (default: the listen address,
                                  or this machine's first non-loopback IPv4 address)
              --usage-period S    seconds between usage records of a partition, 5-86400 (default: 60)
              --grace S           seconds a stopping service gets between TERM and KILL, 1-600 (default: 10)
              --promise-heartbeat S
                                  a promise that keeps passing with the same message is reported again
                                  only after S seconds, 0-86400 (0: at every check; default: 300);
                                  a failure, and any change, is reported at the check that saw it
              --journal-limit SIZE
                                  disk the report journal may fill with reports the master has not
                                  acknowledged yet, 2M-1T (K, M, G, T: powers of 1024; default: 256M);
                                  when full, the latest states are held, results are counted and usage
                                  keeps accumulating, all kept across restarts, until the master catches up
              --config FILE       read the settings above from a properties file (keys: data, listen,
                                  partitions, ports, name, ip, usage-period, grace, journal-limit,
                                  promise-heartbeat);
                                  options given here win
              --master HOST:PORT[,HOST:PORT...]
                                  dial in: this agent connects to the master's endpoint (a node behind
                                  NAT or a firewall that lets it out but nobody in) and keeps a session
                                  there, on the first address that answers; the others are tried in turn
                                  when it fails (at most 16). Kept in the data directory once enrolled,
                                  so later starts need neither this nor the two options below
              --enrol TOKEN       enrol with the master once, with the token ./hyperedge nodes enrol printed
              --master-fingerprint FP
                                  the master's certificate fingerprint (64 hex digits) that nodes enrol
                                  printed: the agent pins it and talks to no other master
              --new-pairing       forget the paired master and print a new pairing code
              --help              show this help
              --clock-offset S    FOR TESTS ONLY: run the agent's clock S seconds off the system clock
                                  (-31622400 to 31622400; negative: behind), as a node whose clock is
                                  wrong would; never set it on a real node

            Run as root, the agent gives each partition its own unprivileged unix user; otherwise every
            service runs as the agent's user.
            """.indent(0);

    public static AgentOptions parse(String... args) {
        Properties settings = new Properties();
        settings.setProperty("data", defaultDataDirectory().toString());
        settings.setProperty("listen", "0.0.0.0:7443");
        settings.setProperty("partitions", "10");
        settings.setProperty("ports", "20000-29999");
        settings.setProperty("usage-period", "60");
        settings.setProperty("grace", "10");
        settings.setProperty("promise-heartbeat", "300");
        settings.setProperty("journal-limit", "256M");
        Properties commandLine = new Properties();
        boolean help = false;
        boolean newPairing = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--new-pairing" -> newPairing = true;
                case "--data", "--listen", "--partitions", "--ports", "--config", "--name", "--ip", "--usage-period",
                        "--grace", "--journal-limit", "--clock-offset", "--master", "--enrol", "--master-fingerprint",
                        "--promise-heartbeat" -> {
                    if (rest.isEmpty()) {
                        throw new IllegalArgumentException(option + " needs a value (see --help)");
                    }
                    commandLine.setProperty(option.substring(2), rest.remove(0));
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "' (see --help)");
            }
        }
        if (commandLine.containsKey("config")) {
            settings.putAll(readConfig(Path.of(commandLine.getProperty("config"))));
        }
        settings.putAll(commandLine);
        return fromSettings(settings, newPairing, help);
    }

    private static Properties readConfig(Path file) {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            config.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the config file " + file + ": " + e.getMessage());
        }
        for (String key : config.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in the config file " + file
                        + " (known: " + String.join(", ", KEYS) + ")");
            }
        }
        return config;
    }

    /** Root keeps its agent where partition users can reach the software: not under /root (mode 0700). */
    private static Path defaultDataDirectory() {
        if ("root".equals(System.getProperty("user.name"))) {
            return Path.of("/var/lib/hyperedge-agent");
        }
        return Path.of(System.getProperty("user.home"), ".hyperedge-agent");
    }

    private static AgentOptions fromSettings(Properties settings, boolean newPairing, boolean help) {
        String listen = settings.getProperty("listen");
        int colon = listen.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("listen address '" + listen + "' is not HOST:PORT");
        }
        int port = number("listen port", listen.substring(colon + 1), 0, 65535);
        int partitions = number("partitions", settings.getProperty("partitions"), 1, 1000);
        String ports = settings.getProperty("ports");
        String[] range = ports.split("-", -1);
        if (range.length != 2) {
            throw new IllegalArgumentException("port range '" + ports + "' is not FROM-TO");
        }
        int first = number("first port", range[0], 1024, 65535);
        int last = number("last port", range[1], 1024, 65535);
        if (last - first + 1 < partitions) {
            throw new IllegalArgumentException("port range " + ports + " has " + Math.max(0, last - first + 1)
                    + " ports, fewer than the " + partitions + " partitions");
        }
        String host = listen.substring(0, colon);
        String name = settings.getProperty("name", hostName()).strip();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw new IllegalArgumentException("node name '" + name + "' is not a plain name (letters, digits, '.', '_', '-')");
        }
        String ip = settings.getProperty("ip", "").strip();
        if (ip.isEmpty()) {
            ip = "0.0.0.0".equals(host) || "::".equals(host) ? ServiceAddress.firstNonLoopback() : host;
        }
        return new AgentOptions(Path.of(settings.getProperty("data")).toAbsolutePath().normalize(), host, port,
                partitions, first, last, name, ip, number("usage period", settings.getProperty("usage-period"), 5, 86_400),
                number("grace", settings.getProperty("grace"), 1, 600), newPairing, help,
                ByteSize.parse("journal limit", settings.getProperty("journal-limit"), MIN_JOURNAL_BYTES, MAX_JOURNAL_BYTES),
                number("clock offset", settings.getProperty("clock-offset", "0"), -MAX_CLOCK_OFFSET_SECONDS,
                        MAX_CLOCK_OFFSET_SECONDS), masters(settings.getProperty("master")), enrolToken(settings),
                masterFingerprint(settings), number("promise heartbeat", settings.getProperty("promise-heartbeat"), 0, 86_400));
    }

    private static List<String> masters(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        List<String> addresses = new ArrayList<>();
        for (String address : list.split(",", -1)) {
            String trimmed = address.strip();
            int colon = trimmed.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("master address '" + trimmed + "' is not HOST:PORT");
            }
            number("master port", trimmed.substring(colon + 1), 1, 65535);
            if (!trimmed.substring(0, colon).matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
                throw new IllegalArgumentException("master host '" + trimmed.substring(0, colon) + "' is not a host name or address");
            }
            if (addresses.contains(trimmed)) {
                throw new IllegalArgumentException("master address " + trimmed + " is given twice");
            }
            addresses.add(trimmed);
        }
        if (addresses.size() > MAX_MASTERS) {
            throw new IllegalArgumentException(addresses.size() + " master addresses are more than the " + MAX_MASTERS
                    + " an agent dials");
        }
        return List.copyOf(addresses);
    }

    private static String enrolToken(Properties settings) {
        String token = settings.getProperty("enrol");
        if (token == null) {
            return null;
        }
        if (!token.matches("he-enrol-[0-9a-f]{48}")) {
            throw new IllegalArgumentException("enrolment token '" + (token.length() > 80 ? token.substring(0, 80) + "..." : token)
                    + "' is not one a master prints (he-enrol- and 48 hex digits)");
        }
        if (settings.getProperty("master") == null || settings.getProperty("master-fingerprint") == null) {
            throw new IllegalArgumentException("--enrol needs --master HOST:PORT and --master-fingerprint FP (both printed "
                    + "by ./hyperedge nodes enrol)");
        }
        return token;
    }

    private static String masterFingerprint(Properties settings) {
        String fingerprint = settings.getProperty("master-fingerprint");
        if (fingerprint == null) {
            return null;
        }
        String plain = fingerprint.replace(":", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (!plain.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("master fingerprint '" + fingerprint + "' is not 64 hex digits (the SHA-256 "
                    + "./hyperedge nodes enrol prints)");
        }
        return plain;
    }

    private static String hostName() {
        try {
            String host = java.net.InetAddress.getLocalHost().getHostName();
            int dot = host.indexOf('.');
            return dot > 0 ? host.substring(0, dot) : host;
        } catch (java.io.IOException e) {
            return "node";
        }
    }

    private static int number(String what, String text, int min, int max) {
        return (int) number(what, text, (long) min, (long) max);
    }

    private static long number(String what, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is outside " + min + "-" + max);
        }
        return value;
    }

    /** Whether the agent gives each partition its own unix user (it can only when it runs as root). */
    public static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Ports per partition: the range shared out evenly. */
    public int portsPerPartition() {
        return (lastPort - firstPort + 1) / partitions;
    }
}
