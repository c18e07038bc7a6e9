package org.hyperedge.connector.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.hyperedge.agent.AgentOptions;
import org.hyperedge.agent.launch.AgentLauncher;
import org.hyperedge.agent.runtime.UnixUsers;

/**
 * A machine of the test's own: a network namespace joined to this one by a veth pair only ({@code 10.213.N.1} here,
 * {@code 10.213.N.2} there), with no other link and no default route, so what runs in it reaches this namespace's
 * end of the pair and nothing else: no network beyond. Agents started on it ({@link #startAgent}) are stopped, and
 * the partition users they made removed, on close. Needs root and iproute2 (CI runs as root); removed on close.
 */
final class IsolatedHost implements AutoCloseable {

    private final String namespace;
    private final String address;
    private final String peer;
    private final VethLink first;
    private final List<Process> agents = new ArrayList<>();
    private final List<Path> agentDisks = new ArrayList<>();

    private IsolatedHost(String namespace, String address, String peer, String here) {
        this.namespace = namespace;
        this.address = address;
        this.peer = peer;
        this.first = new VethLink(here, address, peer);
    }

    /**
     * One link between this namespace and the host: this namespace's end of the veth pair ({@code here}), the host's
     * address on it and this namespace's.
     */
    record VethLink(String here, String address, String peer) {
    }

    /** Whether this test can make one: root, with {@code ip}. */
    static boolean possible() {
        try {
            return "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).strip())
                    && new ProcessBuilder("ip", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static IsolatedHost create() throws IOException, InterruptedException {
        int n = ThreadLocalRandom.current().nextInt(1, 250);
        String namespace = "he-iso-" + ProcessHandle.current().pid() + "-" + n;
        String here = "heiso" + n + "a";
        String there = "heiso" + n + "b";
        String subnet = "10.213." + n + ".";
        IsolatedHost host = new IsolatedHost(namespace, subnet + "2", subnet + "1", here);
        try {
            ip("netns", "add", namespace);
            ip("link", "add", here, "type", "veth", "peer", "name", there);
            ip("link", "set", there, "netns", namespace);
            ip("addr", "add", subnet + "1/30", "dev", here);
            ip("link", "set", here, "up");
            host.inside("ip", "addr", "add", subnet + "2/30", "dev", there);
            host.inside("ip", "link", "set", there, "up");
            host.inside("ip", "link", "set", "lo", "up");
        } catch (IOException | RuntimeException e) {
            host.close();
            throw e;
        }
        return host;
    }

    /**
     * Starts an agent named {@code name} on the host, on its data directory {@code disk} (again on the same disk: as
     * a boot starts it), listening on the host's address, two partitions; its output goes to {@code log}.
     */
    AgentLauncher.Launched startAgent(Path disk, String name, Path log) throws IOException, InterruptedException {
        return startAgent(disk, name, log, List.of());
    }

    /** As {@link #startAgent(Path, String, Path)}, with more agent options (a dialling agent's, say). */
    AgentLauncher.Launched startAgent(Path disk, String name, Path log, List<String> moreOptions)
            throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("--data", disk.toString(), "--listen",
                address + ":7443", "--ip", address, "--name", name, "--partitions", "2", "--ports", "21000-21019",
                "--grace", "3", "--promise-heartbeat", "0"));
        options.addAll(moreOptions);
        AgentLauncher.Launched launched = AgentLauncher.start(prefix(), options, log);
        agents.add(launched.process());
        if (!agentDisks.contains(disk)) {
            agentDisks.add(disk);
        }
        return launched;
    }

    /** The link the host was made with. */
    VethLink firstLink() {
        return first;
    }

    /** Another link to the host (a second uplink): its own veth pair and /30, no route beyond it either. */
    VethLink addLink() throws IOException, InterruptedException {
        int n = ThreadLocalRandom.current().nextInt(1, 250);
        while (("10.213." + n + ".2").equals(address)) {
            n = ThreadLocalRandom.current().nextInt(1, 250);
        }
        String here = "heiso" + n + "a";
        String there = "heiso" + n + "b";
        String subnet = "10.213." + n + ".";
        ip("link", "add", here, "type", "veth", "peer", "name", there);
        ip("link", "set", there, "netns", namespace);
        ip("addr", "add", subnet + "1/30", "dev", here);
        ip("link", "set", here, "up");
        inside("ip", "addr", "add", subnet + "2/30", "dev", there);
        inside("ip", "link", "set", there, "up");
        return new VethLink(here, subnet + "2", subnet + "1");
    }

    /** The link goes dead (our end down): what crossed it is lost, nobody is told, as when a cable is pulled. */
    void cut(VethLink link) throws IOException, InterruptedException {
        ip("link", "set", link.here(), "down");
    }

    void restore(VethLink link) throws IOException, InterruptedException {
        ip("link", "set", link.here(), "up");
    }

    /**
     * Each packet over the link is dropped with this probability, both ways: iptables' random statistic in the host
     * (the kernel here has no {@code netem} queueing discipline, and iptables is what the NAT needs anyway).
     */
    void lose(VethLink link, int percent) throws IOException, InterruptedException {
        String there = link.here().substring(0, link.here().length() - 1) + "b";
        String probability = String.valueOf(percent / 100.0);
        inside("iptables", "-I", "INPUT", "-i", there, "-m", "statistic", "--mode", "random", "--probability",
                probability, "-j", "DROP");
        inside("iptables", "-I", "OUTPUT", "-o", there, "-m", "statistic", "--mode", "random", "--probability",
                probability, "-j", "DROP");
    }

    /** Whether {@link #behindNat} can be made here: iptables installed (Debian's iptables package). */
    static boolean natPossible() {
        try {
            return new ProcessBuilder("iptables", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /**
     * Puts the host behind a one-way NAT, as a box in a factory or a home sits: its own connections go out (masqueraded
     * to its address on the link) and their answers come back; nothing from outside gets in. The rules are the
     * namespace's own and go with it.
     */
    void behindNat() throws IOException, InterruptedException {
        String link = inside("ip", "-o", "link", "show").lines().filter(l -> l.contains("heiso"))
                .map(l -> l.split(":")[1].strip().split("@")[0]).findFirst().orElseThrow();
        inside("iptables", "-t", "nat", "-A", "POSTROUTING", "-o", link, "-j", "MASQUERADE");
        inside("iptables", "-A", "INPUT", "-i", "lo", "-j", "ACCEPT");
        inside("iptables", "-A", "INPUT", "-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED", "-j", "ACCEPT");
        inside("iptables", "-P", "INPUT", "DROP");
    }

    /** What {@code url} answers from inside the host (curl in the namespace). */
    String fetchInside(String url) throws IOException, InterruptedException {
        return inside("curl", "-sS", "--max-time", "10", url);
    }

    /** The host's address, where this namespace reaches it. */
    String address() {
        return address;
    }

    /** This namespace's address, as the host reaches it. */
    String peer() {
        return peer;
    }

    /** The prefix that runs a command in the host: {@code ip netns exec NAMESPACE}. */
    List<String> prefix() {
        return List.of("ip", "netns", "exec", namespace);
    }

    /** Every process of the host killed at once, as a power cut or a wiped machine leaves it. */
    void powerOff() throws IOException, InterruptedException {
        killAllBut(-1);
    }

    /**
     * Every process of the host but {@code survivor} killed at once ({@code kill -9}): what the host's init (a
     * supervisor) sees when everything it runs dies.
     */
    void killAllBut(long survivor) throws IOException, InterruptedException {
        for (String pid : run(List.of("ip", "netns", "pids", namespace)).split("\\s+")) {
            if (!pid.isBlank() && Long.parseLong(pid) != survivor) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** The host's routes, as {@code ip route} prints them. */
    String routes() throws IOException, InterruptedException {
        return inside("ip", "route");
    }

    private String inside(String... command) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(prefix());
        all.addAll(List.of(command));
        return run(all);
    }

    private static void ip(String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("ip"));
        all.addAll(List.of(arguments));
        run(all);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }

    @Override
    public void close() {
        try {
            powerOff(); // the agents and every service they started
            for (Process agent : agents) {
                agent.destroyForcibly().waitFor();
            }
            for (Path disk : agentDisks) {
                new UnixUsers(AgentOptions.runsAsRoot(), disk).removeAll(); // the tenants', the spares and the build user
            }
            run(List.of("ip", "netns", "delete", namespace)); // its end of the pair goes with it, and so does ours
        } catch (IOException | InterruptedException e) {
            // nothing was made, or it is gone already
        }
    }
}
