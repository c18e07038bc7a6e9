package org.hyperedge.agent.runtime;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hyperedge.agent.partition.TemplateRenderer;
import org.hyperedge.agent.report.Reporter;
import org.hyperedge.agent.seal.NodeSeal;
import org.hyperedge.agent.seal.SealedParameterException;
import org.hyperedge.agent.seal.SecretConnections;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;
import org.hyperedge.protocol.desired.DesiredState.SharedInstance;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;
import org.hyperedge.protocol.report.ReportEvent.Kind;
import org.hyperedge.protocol.seal.SealingPublicKey;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one partition tells the master about the instances it hosts: the state, health and connection values of its
 * instance and of the shared instances living in it, journalled only when something an operator sees changed. A
 * secret connection value is sealed to the keys its requester named, so the master relays what it cannot read.
 */
final class StateReports {

    /** What the partition's runtime knows now; {@code opened}, {@code type} and {@code renderer} are null before a start. */
    record Seen(PartitionState desired, String state, boolean healthy, NodeSeal.Opened opened,
            SoftwareTypeDescriptor type, TemplateRenderer renderer) {
    }

    private final RuntimeContext context;
    private final String reference;
    private String last = "";

    StateReports(RuntimeContext context, String reference) {
        this.context = context;
        this.reference = reference;
    }

    /** Journals the instance's state, and its guests', unless the operator would see nothing new. */
    void report(Seen seen, String error) {
        PartitionState desired = seen.desired();
        ObjectNode data = Reporter.data().put("state", seen.state()).put("healthy", seen.healthy())
                .put("title", desired.title()).put("release", desired.releaseId()).put("softwareType", desired.softwareType());
        if (error != null) {
            data.put("error", error);
        }
        Map<String, String> connection = "started".equals(seen.state()) && seen.opened() != null
                ? connection(seen, withDefaults(seen.type(), seen.opened().parameters()), seen.opened().sealedNames(),
                        desired.sealTo())
                : Map.of();
        ObjectNode published = data.putObject("connection");
        connection.forEach(published::put);
        String summary = data + " " + desired.shared(); // a guest added to a running host is news too
        if (!summary.equals(last)) {
            last = summary;
            context.reporter().state(Kind.INSTANCE, reference, desired.instanceId(), "instance-" + desired.instanceId(), data);
            reportShared(seen);
        }
    }

    /** Shared instances live in the host's partition: their state follows the host's, with their own parameters. */
    private void reportShared(Seen seen) {
        boolean hostStarted = "started".equals(seen.state());
        for (SharedInstance guest : seen.desired().shared()) {
            boolean up = hostStarted && "started".equals(guest.state());
            ObjectNode data = Reporter.data().put("state", up ? "started" : hostStarted ? guest.state() : seen.state())
                    .put("healthy", up && seen.healthy()).put("shared", true);
            ObjectNode published = data.putObject("connection");
            if (up && seen.opened() != null) {
                try {
                    NodeSeal.Opened own = context.seal().open(guest.parameters());
                    ObjectNode merged = withDefaults(seen.type(), seen.opened().parameters());
                    merged.setAll(own.parameters());
                    Set<String> sealed = new HashSet<>(seen.opened().sealedNames());
                    sealed.addAll(own.sealedNames());
                    connection(seen, merged, sealed, guest.sealTo()).forEach(published::put);
                } catch (SealedParameterException e) {
                    data.put("state", "waiting").put("healthy", false).put("error", e.getMessage());
                }
            }
            context.reporter().state(Kind.INSTANCE, reference, guest.instanceId(), "instance-" + guest.instanceId(), data);
        }
    }

    /** The connection values; a secret one sealed to {@code sealTo}. */
    private Map<String, String> connection(Seen seen, ObjectNode parameters, Set<String> sealedParameters,
            List<SealingPublicKey> sealTo) {
        Map<String, String> values = new LinkedHashMap<>();
        SoftwareTypeDescriptor type = seen.type();
        if (type == null || seen.renderer() == null) {
            return values;
        }
        TemplateRenderer withParameters = seen.renderer().withParameters(parameters);
        type.connection().forEach((name, template) -> {
            String value = withParameters.render(template);
            values.put(name, SecretConnections.secret(type, name, template, sealedParameters)
                    ? context.seal().seal(value, sealTo) : value);
        });
        return values;
    }

    /**
     * The parameters with the schema's top-level defaults filled in where the request left them out (the master
     * stores defaults with a request; a desired state from elsewhere may not carry them).
     */
    static ObjectNode withDefaults(SoftwareTypeDescriptor type, ObjectNode parameters) {
        ObjectNode complete = parameters.deepCopy();
        if (type != null) {
            type.parameterSchema().path("properties").fields().forEachRemaining(property -> {
                if (!complete.has(property.getKey()) && property.getValue().has("default")) {
                    complete.set(property.getKey(), property.getValue().get("default"));
                }
            });
        }
        return complete;
    }
}
