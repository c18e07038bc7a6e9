package org.hyperedge.agent;

/** {@code java -jar hyperedge-agent.jar}: parses the options; exit code 2 for bad usage. */
public final class AgentMain {

    private AgentMain() {
    }

    public static void main(String[] args) {
        AgentOptions options;
        try {
            options = AgentOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("hyperedge-agent: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(AgentOptions.USAGE);
            return;
        }
        System.err.println("hyperedge-agent: data " + options.dataDirectory() + ", listen " + options.listenHost()
                + ":" + options.listenPort() + ", " + options.partitions() + " partitions of "
                + options.portsPerPartition() + " ports");
        System.err.println("hyperedge-agent: the agent runtime is not part of this build yet; only --help works");
        System.exit(3);
    }
}
