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
import org.hyperedge.protocol.report.ReportCodec;

/**
 * One sync with one node: push the desired state if its generation moved, pull the reports after the
 * node's cursor and ingest each page in one transaction before acknowledging it, then upload the artifacts
 * the agent said it waits for. Acknowledging only after the ingest committed means a master killed at any
 * point ingests a page again, and the cursor makes that second ingest change nothing.
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
        if (node.needsPush()) {
            DesiredState desired = desiredStates.compute(node.nodeId());
            AgentHttp.Answer answer = http.send("PUT", node.address(), "/v1/desired", DesiredStateCodec.write(desired),
                    AgentHttp.SMALL_ANSWER);
            if (!answer.ok()) {
                throw new IOException("node " + node.nodeId() + " refused desired state " + desired.generation() + " ("
                        + answer.status() + "): " + NodeAdoption.errorOf(answer));
            }
            links.pushed(node.nodeId(), desired.generation());
            pushed = true;
        }
        int ingested = 0;
        long cursor = node.reportCursor();
        while (true) {
            AgentHttp.Answer answer = http.get(node.address(), "/v1/reports?after=" + cursor + "&max=" + PAGE,
                    ReportCodec.MAX_PAGE_BYTES);
            if (!answer.ok()) {
                throw new IOException("node " + node.nodeId() + " refused its reports (" + answer.status() + "): "
                        + NodeAdoption.errorOf(answer));
            }
            ReportCodec.Page page = ReportCodec.readPage(answer.body());
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
            AgentHttp.Answer ack = http.send("POST", node.address(), "/v1/reports/ack", ReportCodec.ack(cursor),
                    AgentHttp.SMALL_ANSWER);
            if (!ack.ok()) {
                throw new IOException("node " + node.nodeId() + " refused the acknowledgement of " + cursor);
            }
            if (page.events().size() < PAGE && cursor >= page.last()) {
                break; // a page may also end at the agent's byte budget: then more follow
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
}
