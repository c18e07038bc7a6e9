package org.hyperedge.connector;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.hyperedge.master.desired.DesiredStates;
import org.hyperedge.master.sync.NodeLink;
import org.hyperedge.master.sync.NodeLinks;
import org.hyperedge.master.sync.ReportIngest;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredStateCodec;
import org.hyperedge.protocol.report.HeldDesired;
import org.hyperedge.protocol.report.ReportCodec;

/**
 * One sync with one node: push the desired state if its generation moved, pull the reports after the
 * node's cursor and ingest each page in one transaction before acknowledging it, then upload the artifacts
 * the agent said it waits for. Acknowledging only after the ingest committed means a master killed at any
 * point ingests a page again, and the cursor makes that second ingest change nothing.
 *
 * <p>Every page says which desired state the node holds: a node that holds an older generation than it was
 * pushed (its file lost or damaged) is shown out of sync and is pushed the desired state again at once.
 */
final class SyncSession {

    static final int PAGE = 1_000;

    private final AgentHttp http;
    private final NodeLinks links;
    private final DesiredStates desiredStates;
    private final ReportIngest ingest;
    private final ArtifactCache artifacts;
    private final Runnable capacityFreed;

    SyncSession(AgentHttp http, NodeLinks links, DesiredStates desiredStates, ReportIngest ingest, ArtifactCache artifacts,
            Runnable capacityFreed) {
        this.capacityFreed = capacityFreed;
        this.http = http;
        this.links = links;
        this.desiredStates = desiredStates;
        this.ingest = ingest;
        this.artifacts = artifacts;
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
        int ingested = 0;
        long cursor = node.reportCursor();
        while (true) {
            AgentHttp.Answer answer = http.get(node.address(), "/v1/reports?after=" + cursor + "&max=" + PAGE);
            if (!answer.ok()) {
                throw new IOException("node " + node.nodeId() + " refused its reports (" + answer.status() + "): "
                        + NodeAdoption.errorOf(answer));
            }
            ReportCodec.Page page = ReportCodec.readPage(answer.body());
            HeldDesired held = page.desired();
            if (held != null && held.generation() < pushedGeneration) {
                links.lost(node.nodeId(), held, pushedGeneration);
                pushedGeneration = push(node);
                pushed = true;
            }
            if (page.events().isEmpty()) {
                links.heard(node.nodeId());
                break;
            }
            ReportIngest.Outcome outcome = ingest.ingest(node.nodeId(), page);
            ingested += outcome.ingested();
            missingArtifacts.addAll(outcome.missingArtifacts());
            if (outcome.freedPartitions() > 0) {
                capacityFreed.run();
            }
            cursor = outcome.cursor();
            AgentHttp.Answer ack = http.send("POST", node.address(), "/v1/reports/ack", ReportCodec.ack(cursor));
            if (!ack.ok()) {
                throw new IOException("node " + node.nodeId() + " refused the acknowledgement of " + cursor);
            }
            if (page.events().size() < PAGE) {
                break;
            }
        }
        int uploaded = 0;
        for (String sha256 : Set.copyOf(missingArtifacts)) {
            Optional<Path> file = artifacts.find(sha256);
            if (file.isPresent()) {
                AgentHttp.Answer answer = http.sendFile(node.address(), "/v1/artifacts/" + sha256, file.get());
                if (!answer.ok()) {
                    throw new IOException("node " + node.nodeId() + " refused artifact " + sha256 + ": "
                            + NodeAdoption.errorOf(answer));
                }
                uploaded++;
            }
            missingArtifacts.remove(sha256);
        }
        return new Result(pushed, ingested, uploaded);
    }

    /** Sends the node its desired state; returns the generation it accepted. */
    private long push(NodeLink node) throws IOException {
        DesiredState desired = desiredStates.compute(node.nodeId());
        AgentHttp.Answer answer = http.send("PUT", node.address(), "/v1/desired", DesiredStateCodec.write(desired));
        if (!answer.ok()) {
            throw new IOException("node " + node.nodeId() + " refused desired state " + desired.generation() + " ("
                    + answer.status() + "): " + NodeAdoption.errorOf(answer));
        }
        links.pushed(node.nodeId(), desired.generation());
        return desired.generation();
    }
}
