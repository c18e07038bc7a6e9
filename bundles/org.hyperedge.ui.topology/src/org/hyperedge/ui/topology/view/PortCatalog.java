package org.hyperedge.ui.topology.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The editor's snapshot of the catalog, read once in the background: the releases for the palette and the
 * validator, and each software type's ports (the parameters a link may end at, the connection parameters
 * it may start from), so drawing and checking never touch the database.
 */
public final class PortCatalog {

    public static final String DEFAULT_TYPE = "default";

    /** What a service node can be linked by: its parameters (in) and connection parameters (out). */
    public record Ports(List<String> parameters, Set<String> required, List<String> connectionParameters) {

        public static final Ports NONE = new Ports(List.of(), Set.of(), List.of());

        public int rows() {
            return Math.max(parameters.size(), connectionParameters.size());
        }
    }

    private final Map<String, ReleaseDescriptor> releases;
    /** By release, then software type: looked up for every box and link end of every frame, so no key is built. */
    private final Map<String, Map<String, Ports>> ports = new ConcurrentHashMap<>();

    public PortCatalog(Collection<ReleaseDescriptor> releases) {
        Map<String, ReleaseDescriptor> byId = new LinkedHashMap<>();
        releases.forEach(r -> byId.put(r.id(), r));
        this.releases = Map.copyOf(byId);
    }

    public static PortCatalog empty() {
        return new PortCatalog(List.of());
    }

    public Collection<ReleaseDescriptor> releases() {
        return releases.values();
    }

    public Optional<ReleaseDescriptor> release(String id) {
        return Optional.ofNullable(id == null ? null : releases.get(id));
    }

    public Optional<SoftwareTypeDescriptor> type(ServiceNode node) {
        return release(node.getReleaseId()).map(r -> r.types().get(typeOf(node)));
    }

    public Ports ports(ServiceNode node) {
        if (node.getReleaseId() == null) {
            return Ports.NONE;
        }
        return ports.computeIfAbsent(node.getReleaseId(), release -> new ConcurrentHashMap<>())
                .computeIfAbsent(typeOf(node), type -> type(node).map(PortCatalog::portsOf).orElse(Ports.NONE));
    }

    public static String typeOf(ServiceNode node) {
        return node.getSoftwareType() == null || node.getSoftwareType().isBlank() ? DEFAULT_TYPE : node.getSoftwareType();
    }

    private static Ports portsOf(SoftwareTypeDescriptor type) {
        List<String> parameters = names(type.parameterSchema() == null ? null : type.parameterSchema().path("properties"));
        Set<String> required = new LinkedHashSet<>();
        if (type.parameterSchema() != null) {
            type.parameterSchema().path("required").forEach(r -> required.add(r.asText()));
        }
        Set<String> published = new LinkedHashSet<>(
                names(type.connectionSchema() == null ? null : type.connectionSchema().path("properties")));
        published.addAll(type.connection().keySet());
        return new Ports(List.copyOf(parameters), Set.copyOf(required), List.copyOf(published));
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
