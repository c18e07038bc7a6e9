package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.input.Numbers;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;
import org.hyperedge.connector.AdoptionException;
import org.hyperedge.connector.Connector;
import org.hyperedge.connector.MasterSite;
import org.hyperedge.master.Master;
import org.hyperedge.master.federation.FederationInvites;
import org.hyperedge.master.federation.FederationPeers;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.protocol.tls.Fingerprints;

/**
 * {@code federation invite}, {@code federation add} and {@code federation list} (issue 20): masters delegating to one
 * another, each pinning the other's certificate.
 */
final class FederationCommands {

    private final Master master;
    private final Path data;
    private final PrintStream out;
    private final PrintStream err;

    FederationCommands(Master master, Path data, PrintStream out, PrintStream err) {
        this.master = master;
        this.data = data;
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) throws IOException {
        if (args.isEmpty() || "list".equals(args.get(0))) {
            return list(args.isEmpty() ? args : args.subList(1, args.size()));
        }
        return switch (args.get(0)) {
            case "invite" -> invite(args.subList(1, args.size()));
            case "add" -> add(args.subList(1, args.size()));
            default -> throw new UsageException("unknown federation action " + Text.quote(args.get(0))
                    + ": expected invite, add or list");
        };
    }

    /** A one-time code for another master to federate this one with: only its hash is kept. */
    private int invite(List<String> args) {
        Arguments parsed = Arguments.parse(args, List.of("url", "valid-hours"), List.of());
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("federation invite takes no arguments, only --url URL and --valid-hours N");
        }
        String url = parsed.option("url") == null ? null : endpointUrl("--url", parsed.option("url"));
        int hours = parsed.option("valid-hours") == null ? 1
                : Numbers.wholeInt("--valid-hours", parsed.option("valid-hours"), 1, 168, "hours");
        FederationInvites.Issued issued = master.federationInvites().issue(Duration.ofHours(hours));
        String fingerprint = MasterSite.identity(data).fingerprint();
        out.println("federation invitation, valid until " + issued.expiresAt() + " (once):");
        out.println("  " + issued.code());
        out.println("this master's certificate fingerprint:");
        out.println("  " + fingerprint);
        out.println("this master's endpoint:");
        out.println("  " + (url == null ? "the https://HOST:PORT that ./hyperedge master --listen HOST:PORT prints" : url));
        out.println("on the other master: ./hyperedge federation add NAME " + (url == null ? "https://HOST:PORT" : url) + " "
                + fingerprint + " " + issued.code());
        return Main.OK;
    }

    /** Federates the master at URL as site NAME: pins its full fingerprint, presents its code. */
    private int add(List<String> args) throws IOException {
        Arguments parsed = Arguments.parse(args, List.of("as"), List.of());
        if (parsed.positional().size() != 4) {
            throw new UsageException("federation add needs NAME URL FINGERPRINT CODE, as federation invite printed them on "
                    + "the other master");
        }
        String name = Text.plainName("NAME", parsed.positional().get(0), Limits.NAME);
        String url = endpointUrl("URL", parsed.positional().get(1));
        String fingerprint = parsed.positional().get(2).toLowerCase(java.util.Locale.ROOT);
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            throw new InputRefused("FINGERPRINT " + Text.quote(parsed.positional().get(2)) + " is not a full certificate "
                    + "fingerprint (64 hex digits, as federation invite prints it): a short form is not pinned");
        }
        String code = parsed.positional().get(3);
        if (!FederationInvites.wellFormed(code)) {
            throw new InputRefused("CODE " + Text.quote(code) + " is not an invitation code (he-fed- and 40 hex digits, as "
                    + "federation invite prints it)");
        }
        try (Connector connector = MasterSite.connector(master, data, 1)) {
            String as = parsed.option("as") == null ? "master-" + connector.fingerprint().substring(0, 12)
                    : Text.plainName("--as", parsed.option("as"), Limits.NAME);
            connector.federate(name, url, fingerprint, code, as);
            out.println("federated master " + name + " at " + url + " (certificate " + Fingerprints.shortForm(fingerprint)
                    + "), known there as " + as + "; request with --node site=" + name + " to run a service there");
            return Main.OK;
        } catch (AdoptionException e) {
            err.println("hyperedge: " + e.getMessage());
            return Main.REFUSED;
        }
    }

    /** Every federated master, either way, with its link's state and age. */
    private int list(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("federation list takes no arguments");
        }
        Map<String, NodeLink> links = new HashMap<>();
        master.nodeLinks().all().forEach(link -> links.put(link.nodeId(), link));
        Table table = new Table("NAME", "DIRECTION", "URL", "CERTIFICATE", "LINK", "LAST HEARD");
        List<FederationPeers.Peer> peers = master.federationPeers().list();
        for (FederationPeers.Peer peer : peers) {
            if (peer.direction() == FederationPeers.Direction.SERVES) {
                NodeLink link = links.get(peer.name());
                table.add(peer.name(), "delegated to", peer.url(), Fingerprints.shortForm(peer.fingerprint()),
                        linkState(link), NodeCommands.age(link == null ? null : link.lastReportAt()));
            } else {
                table.add(peer.name(), "delegates here", "-", Fingerprints.shortForm(peer.fingerprint()),
                        peer.lastHeardAt() == null ? "not called yet" : "called in", NodeCommands.age(peer.lastHeardAt()));
            }
        }
        table.print(out);
        if (peers.isEmpty()) {
            out.println("No federated masters yet: ./hyperedge federation invite on one, federation add on the other");
        }
        return Main.OK;
    }

    /**
     * A federated site's link as its last sync left it: down (with why) until a sync succeeds again, what this master
     * owes it meanwhile kept and sent once it is up; the age beside it is that of the last report read from it.
     */
    private static String linkState(NodeLink link) {
        if (link == null) {
            return "revoked";
        }
        if (link.lastSyncError() != null) {
            return "down: " + link.lastSyncError();
        }
        return link.lastReportAt() == null ? "not synced yet" : link.needsPush() ? "up, to push" : "up, in sync";
    }

    private static String endpointUrl(String what, String url) {
        if (!url.matches("https://[A-Za-z0-9._\\-\\[\\]:]{1,255}:[0-9]{1,5}/?")) {
            throw new InputRefused(what + " " + Text.quote(url) + " is not a master's endpoint URL (https://HOST:PORT)");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
