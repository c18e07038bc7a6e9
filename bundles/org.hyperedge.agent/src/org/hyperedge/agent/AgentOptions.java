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
 * keys {@code data}, {@code listen}, {@code partitions}, {@code ports}) overridden by the command line.
 */
public record AgentOptions(Path dataDirectory, String listenHost, int listenPort, int partitions, int firstPort,
        int lastPort, boolean help) {

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
              --config FILE       read the settings above from a properties file
                                  (keys: data, listen, partitions, ports); options given here win
              --help              show this help
            """;

    public static AgentOptions parse(String... args) {
        Properties settings = new Properties();
        settings.setProperty("data", Path.of(System.getProperty("user.home"), ".hyperedge-agent").toString());
        settings.setProperty("listen", "0.0.0.0:7443");
        settings.setProperty("partitions", "10");
        settings.setProperty("ports", "20000-29999");
        Properties commandLine = new Properties();
        boolean help = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--data", "--listen", "--partitions", "--ports", "--config" -> {
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
        return fromSettings(settings, help);
    }

    private static Properties readConfig(Path file) {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            config.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the config file " + file + ": " + e.getMessage());
        }
        for (String key : config.stringPropertyNames()) {
            if (!List.of("data", "listen", "partitions", "ports").contains(key)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in the config file " + file
                        + " (known: data, listen, partitions, ports)");
            }
        }
        return config;
    }

    private static AgentOptions fromSettings(Properties settings, boolean help) {
        String listen = settings.getProperty("listen");
        int colon = listen.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("listen address '" + listen + "' is not HOST:PORT");
        }
        int port = number("listen port", listen.substring(colon + 1), 1, 65535);
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
        return new AgentOptions(Path.of(settings.getProperty("data")).toAbsolutePath().normalize(),
                listen.substring(0, colon), port, partitions, first, last, help);
    }

    private static int number(String what, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " " + value + " is outside " + min + "-" + max);
        }
        return value;
    }

    /** Ports per partition: the range shared out evenly. */
    public int portsPerPartition() {
        return (lastPort - firstPort + 1) / partitions;
    }
}
