package org.hyperedge.agent;

import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * {@code java -jar hyperedge-agent.jar}: starts the agent and runs until it is stopped. Exit codes: 2 for
 * bad usage, 3 when the agent cannot start (the reason on stderr).
 */
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
        Agent agent;
        java.util.List<String> masters;
        try {
            agent = new Agent(options);
            if (options.newPairing()) {
                agent.pairing().newPairing();
            }
            agent.start();
            masters = agent.dialMasters();
        } catch (Exception e) {
            System.err.println("hyperedge-agent: cannot start: " + e.getMessage());
            System.exit(3);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close, "hyperedge-agent-shutdown"));
        System.out.println("hyperedge-agent: node " + options.name() + " listening on https://" + options.listenHost()
                + ":" + agent.port() + ", services on " + options.serviceIp() + ", " + options.partitions()
                + " partitions, data in " + options.dataDirectory());
        System.out.println("hyperedge-agent: certificate " + Fingerprints.shortForm(agent.fingerprint()));
        if (!masters.isEmpty()) {
            System.out.println("hyperedge-agent: dialling master " + String.join(", ", masters)
                    + " (the first that answers; the next when it fails)");
        }
        if (options.clockOffsetSeconds() != 0) {
            System.out.println("hyperedge-agent: TEST ONLY: this agent's clock runs " + options.clockOffsetSeconds()
                    + " s off the system clock (--clock-offset)");
        }
        if (agent.pairing().code().isPresent()) {
            System.out.println("hyperedge-agent: pairing code: " + agent.pairing().code().get());
        } else if (agent.pairing().isOpen()) {
            System.out.println("hyperedge-agent: " + AgentLauncher.UNPAIRED + " the pairing code printed when it was made "
                    + "still holds (the node does not keep it); --new-pairing makes a new one");
        } else if (agent.pairing().pinnedMaster().isPresent()) {
            System.out.println("hyperedge-agent: paired with master "
                    + Fingerprints.shortForm(agent.pairing().pinnedMaster().get()));
        } else {
            System.out.println("hyperedge-agent: " + AgentLauncher.UNPAIRED + " no pairing code holds; --new-pairing "
                    + "makes a new one");
        }
        System.out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
