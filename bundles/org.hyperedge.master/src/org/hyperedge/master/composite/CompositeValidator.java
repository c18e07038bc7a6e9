package org.hyperedge.master.composite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.composite.CompositeProblem.Kind;
import org.hyperedge.master.schema.ParameterValidator;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.Link;
import org.hyperedge.model.ServiceNode;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks a composite service against the catalog before anything is ordered: titles, releases and software
 * types, parameters against their schemas (a linked parameter counts as given), links typed by the schemas
 * of both ends, a parameter linked twice, and cycles among links. The editor asks the same questions while
 * the user draws ({@link #linkRefusal}), and a request of the composite is refused on any problem.
 */
public final class CompositeValidator {

    static final String DEFAULT_TYPE = "default";
    private static final int MAX_TITLE_LENGTH = 255;

    private final Function<String, Optional<ReleaseDescriptor>> releases;
    private final ParameterValidator schemas = new ParameterValidator();

    public CompositeValidator(CatalogStore catalog) {
        this(catalog::find);
    }

    /**
     * Checks against releases found by {@code releases}: the editor passes its snapshot of the catalog, read
     * once in the background, so that checking as the user draws does no I/O on the UI thread.
     */
    public CompositeValidator(Function<String, Optional<ReleaseDescriptor>> releases) {
        this.releases = releases;
    }

    /** Every problem of the composite, by node in the composite's order, then the links', then the cycles. */
    public List<CompositeProblem> validate(CompositeService composite) {
        Types types = new Types();
        List<CompositeProblem> problems = new ArrayList<>();
        titles(composite, problems);
        Map<ServiceNode, Set<String>> linked = new HashMap<>();
        composite.getLinks().forEach(l -> {
            if (l.getTarget() != null && l.getParameter() != null) {
                linked.computeIfAbsent(l.getTarget(), t -> new LinkedHashSet<>()).add(l.getParameter());
            }
        });
        for (ServiceNode node : composite.getNodes()) {
            types.of(node, problems).ifPresent(type -> parameters(node, type, linked.getOrDefault(node, Set.of()), problems));
            sla(node, problems);
        }
        Map<String, Link> byTarget = new HashMap<>();
        for (Link link : composite.getLinks()) {
            link(composite, link, types, problems);
            if (link.getTarget() != null && link.getParameter() != null) {
                String key = System.identityHashCode(link.getTarget()) + "/" + link.getParameter();
                Link first = byTarget.putIfAbsent(key, link);
                if (first != null) {
                    problems.add(new CompositeProblem(Kind.DUPLICATE_LINK, link.getTarget().getTitle(), link,
                            "parameter " + link.getParameter() + " of '" + link.getTarget().getTitle() + "' is linked twice: from "
                                    + end(first) + " and from " + end(link) + "; keep one"));
                }
            }
        }
        for (LinkGraph.Cycle cycle : new LinkGraph(composite).cycles()) {
            problems.add(new CompositeProblem(Kind.CYCLE, cycle.nodes().get(0).getTitle(), cycle.links().get(cycle.links().size() - 1),
                    "links form a cycle: " + cycle.describe() + "; each would wait for the other forever"));
        }
        return problems;
    }

    /**
     * Why the link from {@code source}'s connection parameter to {@code target}'s parameter would be
     * refused, or empty when it may be drawn: unknown releases or types, a connection parameter the source
     * does not publish, a parameter the target does not have, schemas whose types or formats differ, a
     * parameter already linked, or a cycle it would close (both nodes in the same composite).
     */
    public Optional<String> linkRefusal(ServiceNode source, String connectionParameter, ServiceNode target, String parameter) {
        if (source == null || target == null) {
            return Optional.of("a link needs a source and a target service");
        }
        List<CompositeProblem> problems = new ArrayList<>();
        Optional<String> typed = typedRefusal(source, connectionParameter, target, parameter, new Types(), null, problems);
        if (typed.isPresent()) {
            return typed;
        }
        if (!problems.isEmpty()) {
            return Optional.of(problems.get(0).message());
        }
        if (target.eContainer() instanceof CompositeService composite && source.eContainer() == composite) {
            for (Link existing : composite.getLinks()) {
                if (existing.getTarget() == target && parameter.equals(existing.getParameter())) {
                    return Optional.of("parameter " + parameter + " of '" + target.getTitle() + "' is already linked from "
                            + end(existing));
                }
            }
            List<ServiceNode> back = new LinkGraph(composite).path(target, source);
            if (!back.isEmpty()) {
                StringBuilder cycle = new StringBuilder();
                back.forEach(n -> cycle.append('\'').append(n.getTitle()).append("' → "));
                return Optional.of("the link would close a cycle: " + cycle + "'" + target.getTitle() + "'");
            }
        }
        return Optional.empty();
    }

    /** The connection parameters the node's software type publishes (what a link may start from); empty when unknown. */
    public List<String> connectionParameters(ServiceNode node) {
        return new Types().of(node, new ArrayList<>()).map(CompositeValidator::published)
                .filter(names -> !names.equals(List.of("nothing"))).orElse(List.of());
    }

    /** The parameters the node's software type declares (what a link may end at); empty when unknown. */
    public List<String> parameters(ServiceNode node) {
        return new Types().of(node, new ArrayList<>()).map(type -> names(type.parameterSchema().path("properties")))
                .filter(names -> !names.equals(List.of("none"))).orElse(List.of());
    }

    private void titles(CompositeService composite, List<CompositeProblem> problems) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ServiceNode node : composite.getNodes()) {
            String title = node.getTitle();
            if (title == null || title.isBlank()) {
                problems.add(new CompositeProblem(Kind.INVALID_TITLE, title, null, "a service of the composite has no title"
                        + (node.getReleaseId() == null ? "" : " (release " + node.getReleaseId() + ")")));
                continue;
            }
            String wrong = title.length() > MAX_TITLE_LENGTH ? "has " + title.length() + " characters, more than " + MAX_TITLE_LENGTH
                    : title.indexOf('/') >= 0 || title.indexOf('\\') >= 0 ? "contains a path separator"
                    : title.chars().anyMatch(Character::isISOControl) ? "contains a control character"
                    : !title.equals(title.strip()) ? "starts or ends with white space" : null;
            if (wrong != null) {
                problems.add(new CompositeProblem(Kind.INVALID_TITLE, title, null, "the title '" + title + "' " + wrong));
            }
            if (seen.merge(title, 1, Integer::sum) == 2) {
                problems.add(new CompositeProblem(Kind.DUPLICATE_TITLE, title, null, "two services are titled '" + title
                        + "'; titles name the instances of the tree, so each must be unique"));
            }
        }
    }

    private void parameters(ServiceNode node, SoftwareTypeDescriptor type, Set<String> linked, List<CompositeProblem> problems) {
        ObjectNode schema = type.parameterSchema();
        ObjectNode parameters = NodeParameters.of(node, schema);
        JsonNode properties = schema.path("properties");
        boolean closed = schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean();
        for (Entry entry : node.getParameters()) {
            if (closed && !properties.has(entry.getKey())) {
                problems.add(new CompositeProblem(Kind.UNKNOWN_PARAMETER, node.getTitle(), null, "'" + node.getTitle()
                        + "' sets parameter " + entry.getKey() + ", which " + typeName(node) + " does not have (it has: "
                        + String.join(", ", names(properties)) + ")"));
                parameters.remove(entry.getKey());
            }
        }
        ObjectNode completed = schemas.complete(schema, null, parameters).parameters();
        for (JsonNode required : schema.path("required")) {
            String name = required.asText();
            if (!completed.has(name) && !linked.contains(name)) {
                problems.add(new CompositeProblem(Kind.MISSING_REQUIRED, node.getTitle(), null, "'" + node.getTitle()
                        + "' needs parameter " + name + ": set it or link it to a connection parameter"));
            }
        }
        linked.forEach(completed::remove);
        for (String violation : schemas.violations(schema, null, completed)) {
            if (!violation.endsWith("(required)")) {
                problems.add(new CompositeProblem(Kind.INVALID_PARAMETER, node.getTitle(), null, violation(node, violation)));
            }
        }
    }

    /** {@code $.port: 2 is less than 8 (minimum)} as {@code parameter port of 'cache': 2 is less than 8 (minimum)}. */
    private static String violation(ServiceNode node, String violation) {
        java.util.regex.Matcher top = java.util.regex.Pattern.compile("^\\$\\.([^.\\[:]+): (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(violation);
        return top.matches() ? "parameter " + top.group(1) + " of '" + node.getTitle() + "': " + top.group(2)
                : "parameters of '" + node.getTitle() + "' " + violation;
    }

    private static void sla(ServiceNode node, List<CompositeProblem> problems) {
        Map<String, String> sla = new LinkedHashMap<>();
        node.getSla().forEach(e -> sla.put(e.getKey(), e.getValue()));
        List<String> wrong = new ArrayList<>();
        SlaFilter.parse(sla, wrong);
        wrong.forEach(w -> problems.add(new CompositeProblem(Kind.INVALID_SLA, node.getTitle(), null, "SLA of '"
                + node.getTitle() + "': " + w)));
    }

    private void link(CompositeService composite, Link link, Types types, List<CompositeProblem> problems) {
        ServiceNode source = link.getSource();
        ServiceNode target = link.getTarget();
        if (source == null || target == null || !composite.getNodes().contains(source) || !composite.getNodes().contains(target)) {
            String title = target != null ? target.getTitle() : source != null ? source.getTitle() : null;
            problems.add(new CompositeProblem(Kind.DANGLING_LINK, title, link, "the link " + describe(link) + " has "
                    + (source == null || target == null ? "no " + (source == null ? "source" : "target")
                            : (composite.getNodes().contains(source) ? "a target" : "a source") + " outside this composite")));
            return;
        }
        if (source == target) {
            return; // a cycle of one, reported with the cycles
        }
        typedRefusal(source, link.getConnectionParameter(), target, link.getParameter(), types, link, problems)
                .ifPresent(reason -> problems.add(new CompositeProblem(Kind.INCOMPATIBLE_LINK, target.getTitle(), link, reason)));
    }

    /**
     * The refusal of a link for its types (returned), after problems of either end (added, with kinds, and
     * then nothing is returned): unknown releases or types of the ends are the nodes' own problems.
     */
    private Optional<String> typedRefusal(ServiceNode source, String connectionParameter, ServiceNode target, String parameter,
            Types types, Link link, List<CompositeProblem> problems) {
        if (source == target) {
            return Optional.of("'" + source.getTitle() + "' cannot take its own connection parameters");
        }
        List<CompositeProblem> ends = new ArrayList<>();
        Optional<SoftwareTypeDescriptor> from = types.of(source, ends);
        Optional<SoftwareTypeDescriptor> to = types.of(target, ends);
        if (from.isEmpty() || to.isEmpty()) {
            return link == null ? Optional.of(ends.get(0).message()) : Optional.empty();
        }
        JsonNode published = from.get().connectionSchema() == null ? null
                : from.get().connectionSchema().path("properties").get(connectionParameter);
        if (connectionParameter == null || published == null && !from.get().connection().containsKey(connectionParameter)) {
            problems.add(new CompositeProblem(Kind.UNKNOWN_CONNECTION_PARAMETER, target.getTitle(), link, "'"
                    + source.getTitle() + "' (" + typeName(source) + ") publishes no connection parameter " + connectionParameter
                    + " (it publishes: " + String.join(", ", published(from.get())) + ")"));
            return Optional.empty();
        }
        JsonNode wanted = parameter == null ? null : to.get().parameterSchema().path("properties").get(parameter);
        if (wanted == null) {
            problems.add(new CompositeProblem(Kind.UNKNOWN_PARAMETER, target.getTitle(), link, "'" + target.getTitle()
                    + "' (" + typeName(target) + ") has no parameter " + parameter + " to link (it has: "
                    + String.join(", ", names(to.get().parameterSchema().path("properties"))) + ")"));
            return Optional.empty();
        }
        return SchemaTypes.mismatch(published, wanted).map(why -> "connection parameter " + connectionParameter + " of '"
                + source.getTitle() + "' is " + SchemaTypes.describe(published) + ", but parameter " + parameter + " of '"
                + target.getTitle() + "' takes " + SchemaTypes.describe(wanted) + " (" + why + ")");
    }

    private static List<String> published(SoftwareTypeDescriptor type) {
        Set<String> names = new LinkedHashSet<>(names(type.connectionSchema() == null ? null : type.connectionSchema().path("properties")));
        names.addAll(type.connection().keySet());
        return names.isEmpty() ? List.of("nothing") : List.copyOf(names);
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        return names.isEmpty() ? List.of("none") : names;
    }

    private static String typeName(ServiceNode node) {
        return node.getReleaseId() + ", type " + typeOf(node);
    }

    static String typeOf(ServiceNode node) {
        return node.getSoftwareType() == null || node.getSoftwareType().isBlank() ? DEFAULT_TYPE : node.getSoftwareType();
    }

    private static String end(Link link) {
        return "'" + (link.getSource() == null ? "?" : link.getSource().getTitle()) + "'." + link.getConnectionParameter();
    }

    private static String describe(Link link) {
        return end(link) + " → '" + (link.getTarget() == null ? "?" : link.getTarget().getTitle()) + "'." + link.getParameter();
    }

    /** Releases read once per validation; each node's unknown release or type is reported once. */
    private final class Types {

        private final Map<String, Optional<ReleaseDescriptor>> known = new HashMap<>();
        private final Map<ServiceNode, Boolean> reported = new java.util.IdentityHashMap<>();

        Optional<SoftwareTypeDescriptor> of(ServiceNode node, List<CompositeProblem> problems) {
            boolean report = reported.put(node, true) == null;
            if (node.getReleaseId() == null || node.getReleaseId().isBlank()) {
                if (report) {
                    problems.add(new CompositeProblem(Kind.UNKNOWN_RELEASE, node.getTitle(), null, "'" + node.getTitle()
                            + "' names no release"));
                }
                return Optional.empty();
            }
            Optional<ReleaseDescriptor> release = known.computeIfAbsent(node.getReleaseId(), releases);
            if (release.isEmpty()) {
                if (report) {
                    problems.add(new CompositeProblem(Kind.UNKNOWN_RELEASE, node.getTitle(), null, "'" + node.getTitle()
                            + "' uses release " + node.getReleaseId() + ", which is not in the catalog"));
                }
                return Optional.empty();
            }
            SoftwareTypeDescriptor type = release.get().types().get(typeOf(node));
            if (type == null && report) {
                problems.add(new CompositeProblem(Kind.UNKNOWN_TYPE, node.getTitle(), null, "'" + node.getTitle() + "': release "
                        + node.getReleaseId() + " has no software type '" + typeOf(node) + "' (it has: "
                        + String.join(", ", release.get().types().keySet()) + ")"));
            }
            return Optional.ofNullable(type);
        }
    }
}
