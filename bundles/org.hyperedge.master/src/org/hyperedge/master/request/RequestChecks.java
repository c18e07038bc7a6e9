package org.hyperedge.master.request;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.master.catalog.CatalogStore;
import org.hyperedge.master.schema.ParameterValidator;
import org.hyperedge.protocol.release.ReleaseDescriptor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The checks a request passes before anything is written: title, release, type, parameters, SLA. */
final class RequestChecks {

    static final int MAX_TITLE_LENGTH = 255;
    static final int MAX_PARAMETER_BYTES = 64 * 1024;

    private RequestChecks() {
    }

    /**
     * The outcome: every problem found, the release's id (the request may name it by its short name) and origin, and
     * the parameters completed with the schema's defaults.
     */
    record Checked(List<String> problems, String releaseId, String releaseOrigin, ObjectNode parameters) {
    }

    /**
     * Checks the request; parameters in {@code awaitingLinks} are linked and not published yet, so they may
     * be missing even when the schema requires them (they are checked when they arrive).
     */
    static Checked check(Connection connection, Request request, CatalogStore catalog, ParameterValidator validator,
            java.util.Set<String> awaitingLinks) throws SQLException {
        List<String> problems = new ArrayList<>();
        ObjectNode parameters = request.parameters() == null ? JsonNodeFactory.instance.objectNode() : request.parameters();
        title(request.title(), problems);
        String releaseId = request.releaseId();
        String origin = null;
        if (releaseId == null) {
            problems.add("no release given");
        } else {
            var stored = catalog.findStored(connection, releaseId);
            if (stored.isEmpty()) {
                // not an id (the request path's usual case costs no more than it did): perhaps a short name
                var resolved = catalog.resolve(connection, releaseId);
                if (resolved.found()) {
                    releaseId = resolved.id();
                    stored = catalog.findStored(connection, releaseId);
                } else {
                    problems.add(resolved.problem());
                }
            }
            origin = stored.map(CatalogStore.Stored::origin).orElse(null);
            var release = stored.map(CatalogStore.Stored::release);
            if (release.isPresent() && type(release.get(), request, problems)) {
                ObjectNode schema = withoutRequired(release.get().types().get(request.softwareType()).parameterSchema(),
                        awaitingLinks);
                ParameterValidator.Completed completed = validator.complete(schema, null, parameters);
                parameters = completed.parameters();
                for (String linked : request.links().keySet()) {
                    if (!schema.path("properties").has(linked) && schema.path("additionalProperties").isBoolean()
                            && !schema.path("additionalProperties").asBoolean()) {
                        problems.add("parameter " + linked + " is linked, but the type has no such parameter");
                    }
                }
                completed.violations().forEach(v -> problems.add("parameter " + v));
            }
        }
        if (request.parameters() != null) {
            int size = request.parameters().toString().getBytes(StandardCharsets.UTF_8).length;
            if (size > MAX_PARAMETER_BYTES) {
                problems.add("parameters are " + size + " bytes, more than the limit of " + MAX_PARAMETER_BYTES);
            }
        }
        SlaFilter.parse(request.sla(), problems);
        return new Checked(problems, releaseId, origin, parameters);
    }

    private static ObjectNode withoutRequired(ObjectNode schema, java.util.Set<String> names) {
        if (names.isEmpty() || !schema.path("required").isArray()) {
            return schema;
        }
        ObjectNode relaxed = schema.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode required = relaxed.putArray("required");
        schema.get("required").forEach(name -> {
            if (!names.contains(name.asText())) {
                required.add(name);
            }
        });
        return relaxed;
    }

    private static void title(String title, List<String> problems) {
        if (title == null || title.isBlank()) {
            problems.add("the title is empty");
            return;
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            problems.add("the title has " + title.length() + " characters, more than " + MAX_TITLE_LENGTH);
        }
        if (title.indexOf('/') >= 0 || title.indexOf('\\') >= 0) {
            problems.add("the title '" + title + "' contains a path separator");
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            problems.add("the title contains a control character");
        }
        if (title.chars().anyMatch(RequestChecks::isBidiControl)) {
            problems.add("the title contains a bidirectional control character (it would reorder what tables show)");
        }
        if (!title.equals(title.strip())) {
            problems.add("the title starts or ends with white space");
        }
    }

    /** LRM, RLM, ALM, the embeddings and overrides, the isolates: characters that reorder the text around them. */
    static boolean isBidiControl(int c) {
        return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** True when the software type exists (further checks of the parameters make sense). */
    private static boolean type(ReleaseDescriptor release, Request request, List<String> problems) {
        if (!release.types().containsKey(request.softwareType())) {
            problems.add("release " + release.id() + " has no software type '" + request.softwareType() + "' (it has: "
                    + String.join(", ", release.types().keySet()) + ")");
            return false;
        }
        if (request.shared() && !release.types().get(request.softwareType()).shared()) {
            problems.add("software type '" + request.softwareType() + "' of " + release.id() + " cannot host shared instances");
        }
        return true;
    }
}
