package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.recovery.InstanceBackups;
import org.hyperedge.master.store.Durability;
import org.hyperedge.master.sync.NodeClocks;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.HeldDesired;
import org.hyperedge.protocol.report.ReportCodec;

/**
 * One sync with one node: push the desired state if its generation moved, pull the reports after the
 * node's cursor and ingest each page in one transaction, then upload the artifacts the agent said it waits
 * for. A page is acknowledged (the agent then forgets it) only once its commit is on disk, which with H2 is
 * later than the commit ({@link Durability}): usually at the node's next sync. A master killed at any point
 * so ingests again only what its store lost, and the cursor makes a second ingest change nothing.
 *
 * <p>Every page says which desired state the node holds: a node that holds an older generation than it was
 * pushed (its file lost or damaged) is shown out of sync and is pushed the desired state again at once.
 */
final class SyncSession {

    static final int PAGE = 1_000;

    private final NodeTransport http;
    private final NodeLinks links;
    private final DesiredStates desiredStates;
    private final ReportIngest ingest;
    private final ArtifactCache artifacts;
    private final Runnable capacityFreed;
    private final Durability durability;
    private final NodeClocks clocks;
    private final Map<String, Unacknowledged> unacknowledged = new ConcurrentHashMap<>();
    private final InstanceBackups backups;
    /** HTTPS to a dialled node's own address: backups are streamed from it, larger than a dial-in session carries. */
    private final AgentHttp direct;
    /** Per node, the backups it took that this master does not hold yet: read from the store at its first sync. */
    private final Map<String, Set<String>> backupsToPull = new ConcurrentHashMap<>();
    /** Per node, the backups it is the replica of and does not hold yet: read from the store at its first sync. */
    private final Map<String, Set<String>> backupsToReplicate = new ConcurrentHashMap<>();
    /** The largest instance data backup the master takes from a node. */
    static final long MAX_BACKUP_BYTES = 64L << 30;

    /** A cursor ingested and committed but maybe not on disk yet: acknowledged once {@code mark} is durable. */
    private record Unacknowledged(long cursor, String epoch, long mark) {
    }

    SyncSession(NodeTransport http, AgentHttp direct, NodeLinks links, DesiredStates desiredStates, ReportIngest ingest,
            ArtifactCache artifacts, Runnable capacityFreed, Durability durability, NodeClocks clocks, InstanceBackups backups) {
        this.direct = direct;
        this.backups = backups;
        this.capacityFreed = capacityFreed;
        this.durability = durability;
        this.clocks = clocks;
        this.http = http;
        this.links = links;
        this.desiredStates = desiredStates;
        this.ingest = ingest;
        this.artifacts = artifacts;
    }

    /** The body a node's desired state is pushed as: the document, or more for a federated site (issue 20). */
    interface DesiredBody {
        byte[] of(NodeLink node, DesiredState desired, byte[] written) throws IOException;
    }

    private volatile DesiredBody desiredBody = (node, desired, written) -> written;

    void desiredBody(DesiredBody body) {
        this.desiredBody = body;
    }

    /** What a sync did, for the caller's log and figures. */
    record Result(boolean pushed, int ingested, int uploaded) {
    }

    Result sync(NodeLink node, Set<String> missingArtifacts) throws IOException {
        boolean pushed = false;
        long pushedGeneration = node.pushedGeneration();
        if (node.needsPush()) {
            pushedGeneration = push(node);
            pushed = true;
        }
        acknowledgeDurable(node);
        int ingested = 0;
        long cursor = node.reportCursor();
        String epoch = node.journalEpoch();
        int resets = 0;
        while (true) {
            Instant asked = Instant.now();
            AgentHttp.Answer answer = http.get(node, "/v1/reports?after=" + cursor + "&max=" + PAGE,
                    ReportCodec.MAX_PAGE_BYTES);
            Instant answered = Instant.now();
            if (!answer.ok()) {
                throw new IOException("node " + node.nodeId() + " refused its reports (" + answer.status() + "): "
                        + NodeAdoption.errorOf(answer));
            }
            // the page's times on the master's clock, the node's clock skew measured and kept
            ReportCodec.Page page = clocks.correct(node.nodeId(), ReportCodec.readPage(answer.body()), asked, answered);
            HeldDesired held = page.desired();
            if (held != null && held.generation() < pushedGeneration) {
                links.lost(node.nodeId(), held, pushedGeneration);
                pushedGeneration = push(node);
                pushed = true;
            }
            boolean newEpoch = page.epoch() != null && !page.epoch().id().equals(epoch);
            if (page.events().isEmpty() && !newEpoch) {
                links.heard(node.nodeId());
                break;
            }
            ReportIngest.Outcome outcome = ingest.ingest(node.nodeId(), page);
            epoch = page.epoch() == null ? null : page.epoch().id();
            cursor = outcome.cursor();
            if (outcome.journalReset()) {
                // the node's journal started again: nothing of the old one is acknowledged, its new one is read from 0
                unacknowledged.remove(node.nodeId());
                if (++resets > 2) {
                    throw new IOException("node " + node.nodeId() + " reset its report journal again during one sync");
                }
                continue;
            }
            ingested += outcome.ingested();
            if (!outcome.backupsToPull().isEmpty()) {
                toPull(node).addAll(outcome.backupsToPull()); // no empty set kept per node: thousands of them
            }
            missingArtifacts.addAll(outcome.missingArtifacts());
            if (outcome.freedPartitions() > 0) {
                capacityFreed.run();
            }
            unacknowledged.put(node.nodeId(), new Unacknowledged(cursor, epoch, durability.mark()));
            if (page.events().size() < PAGE && cursor >= page.last()) {
                break; // a page may also end at the agent's byte budget: then more follow
            }
        }
        acknowledgeDurable(node);
        int uploaded = 0;
        for (String sha256 : Set.copyOf(missingArtifacts)) {
            Optional<Path> file = artifacts.find(sha256);
            if (file.isPresent()) {
                AgentHttp.Answer answer = http.sendFile(node, "/v1/artifacts/" + sha256, file.get());
                if (!answer.ok()) {
                    throw new IOException("node " + node.nodeId() + " refused artifact " + sha256 + ": "
                            + NodeAdoption.errorOf(answer));
                }
                uploaded++;
            }
            missingArtifacts.remove(sha256);
        }
        pullBackups(node);
        uploaded += replicateBackups(node);
        return new Result(pushed, ingested, uploaded);
    }

    private Set<String> toPull(NodeLink node) {
        return backupsToPull.computeIfAbsent(node.nodeId(), id -> ConcurrentHashMap.newKeySet());
    }

    /**
     * Fetches the instance data backups the node took into the master's cache, checked against their sha256, so a
     * lost node's instances can be restored elsewhere; one that fails is tried again at the next sync.
     */
    private void pullBackups(NodeLink node) throws IOException {
        if (node.dialling()) {
            return; // a dial-in session carries the protocol's requests, not a backup's stream: not pulled yet
        }
        if (!backupsToPull.containsKey(node.nodeId())) {
            toPull(node).addAll(backups.notStored(node.nodeId()));
        }
        for (String sha256 : Set.copyOf(toPull(node))) {
            if (artifacts.find(sha256).isEmpty()) {
                AgentHttp.Answer[] answer = new AgentHttp.Answer[1];
                String over = http.directAddress(node); // with several addresses, the one the sync goes over now
                String got = artifacts.add(sha256, out -> answer[0] = direct.download(over, "/v1/backups/" + sha256,
                        MAX_BACKUP_BYTES, out));
                if (answer[0].status() == 404) {
                    // the node no longer holds it (it keeps the newest two of an instance): a newer one replaced it
                    toPull(node).remove(sha256);
                    continue;
                }
                if (!answer[0].ok()) {
                    throw new IOException("node " + node.nodeId() + " did not give backup " + sha256 + " ("
                            + answer[0].status() + "): " + NodeAdoption.errorOf(answer[0]));
                }
                if (!got.equals(sha256)) {
                    toPull(node).remove(sha256); // the node's file is not what it reported: never stored, not asked again
                    throw new IOException("node " + node.nodeId() + " sent content hashing to " + got + " as backup "
                            + sha256 + ": refused");
                }
            }
            for (String older : backups.stored(sha256)) {
                artifacts.remove(older); // past the newest kept of its instance, and no restore waits for it
                backupsToReplicate.values().forEach(pending -> pending.remove(older));
            }
            toPull(node).remove(sha256);
            backups.chooseReplica(sha256).ifPresent(replica -> toReplicate(replica).add(sha256));
        }
    }

    private Set<String> toReplicate(String nodeId) {
        Set<String> pending = backupsToReplicate.get(nodeId);
        if (pending == null) {
            pending = ConcurrentHashMap.newKeySet();
            pending.addAll(backups.toReplicate(nodeId));
            Set<String> raced = backupsToReplicate.putIfAbsent(nodeId, pending);
            pending = raced == null ? pending : raced;
        }
        return pending;
    }

    /**
     * Uploads to the node the backups it is the replica of, like artifacts (the agent checks each sha256 on arrival
     * and keeps it in its software cache): a second copy outside the master, where a restore goes first.
     */
    private int replicateBackups(NodeLink node) throws IOException {
        int uploaded = 0;
        for (String sha256 : Set.copyOf(toReplicate(node.nodeId()))) {
            Optional<Path> file = artifacts.find(sha256);
            if (file.isPresent()) {
                AgentHttp.Answer answer = http.sendFile(node, "/v1/artifacts/" + sha256, file.get());
                if (!answer.ok()) {
                    throw new IOException("node " + node.nodeId() + " refused backup " + sha256 + " as its replica: "
                            + NodeAdoption.errorOf(answer));
                }
                backups.replicated(sha256, node.nodeId());
                uploaded++;
            }
            toReplicate(node.nodeId()).remove(sha256);
        }
        return uploaded;
    }

    /** Whether an acknowledgement waits for the node and can go now (what it acknowledges is on disk). */
    boolean acknowledgementDue(String nodeId) {
        Unacknowledged waiting = unacknowledged.get(nodeId);
        return waiting != null && durability.reached(waiting.mark());
    }

    /** The nodes an acknowledgement waits for that can go now. */
    Set<String> acknowledgementsDue() {
        Set<String> due = new java.util.HashSet<>();
        unacknowledged.forEach((nodeId, waiting) -> {
            if (durability.reached(waiting.mark())) {
                due.add(nodeId);
            }
        });
        return due;
    }

    /** Sends the node the acknowledgement of what is on disk by now, if anything is waiting for it. */
    private void acknowledgeDurable(NodeLink node) throws IOException {
        Unacknowledged waiting = unacknowledged.get(node.nodeId());
        if (waiting == null || !durability.reached(waiting.mark())) {
            return;
        }
        AgentHttp.Answer ack = http.send(node, "POST", "/v1/reports/ack",
                ReportCodec.ack(waiting.cursor(), waiting.epoch()), AgentHttp.SMALL_ANSWER);
        unacknowledged.remove(node.nodeId(), waiting);
        if (ack.status() == 409) {
            return; // the node's journal was reset since: the next sync reads it from its new epoch
        }
        if (!ack.ok()) {
            throw new IOException("node " + node.nodeId() + " refused the acknowledgement of " + waiting.cursor() + " ("
                    + ack.status() + "): " + NodeAdoption.errorOf(ack));
        }
    }

    /** Sends the node its desired state; returns the generation it accepted. */
    private long push(NodeLink node) throws IOException {
        DesiredState desired = desiredStates.compute(node.nodeId());
        AgentHttp.Answer answer = http.send(node, "PUT", "/v1/desired",
                desiredBody.of(node, desired, DesiredStateCodec.write(desired)), AgentHttp.SMALL_ANSWER);
        if (!answer.ok()) {
            throw new IOException("node " + node.nodeId() + " refused desired state " + desired.generation() + " ("
                    + answer.status() + "): " + NodeAdoption.errorOf(answer));
        }
        links.pushed(node.nodeId(), desired.generation());
        return desired.generation();
    }
}
