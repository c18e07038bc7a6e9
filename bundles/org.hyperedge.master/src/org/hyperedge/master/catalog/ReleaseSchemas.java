package org.hyperedge.master.catalog;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hyperedge.master.schema.MetaSchemaCheck;
import org.hyperedge.master.schema.SchemaReferences;
import org.hyperedge.protocol.release.Problem;
import org.hyperedge.protocol.release.ReleaseDescriptor;

/**
 * The import-time check of a release's schemas: each is a schema by its meta-schema, and each reference in it
 * resolves inside it. A release failing either would refuse every request later, so it is not imported.
 */
final class ReleaseSchemas {

    private ReleaseSchemas() {
    }

    static List<Problem> problems(ReleaseDescriptor release) {
        List<Problem> problems = new ArrayList<>();
        release.types().forEach((name, type) -> {
            check(type.parameterSchema(), "$.types." + name + ".parameters", problems);
            check(type.connectionSchema(), "$.types." + name + ".connectionSchema", problems);
        });
        return problems;
    }

    private static void check(ObjectNode schema, String at, List<Problem> problems) {
        if (schema == null) {
            return;
        }
        for (String problem : MetaSchemaCheck.problems(schema)) {
            problems.add(new Problem(at + problem.substring(1, problem.indexOf(": ")), problem.substring(problem.indexOf(": ") + 2)));
        }
        for (String problem : SchemaReferences.unresolved(schema)) {
            problems.add(new Problem(at + problem.substring(1, problem.indexOf(": ")), problem.substring(problem.indexOf(": ") + 2)));
        }
    }
}
