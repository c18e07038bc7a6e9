package org.hyperedge.master.tests;

import static org.hyperedge.master.tests.Composites.composite;
import static org.hyperedge.master.tests.Composites.find;
import static org.hyperedge.master.tests.Composites.link;
import static org.hyperedge.master.tests.Composites.node;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.hyperedge.master.composite.CompositeProblem;
import org.hyperedge.master.composite.CompositeProblem.Kind;
import org.hyperedge.master.composite.CompositeValidator;
import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule a composite service is checked by before it is requested, with the message that names the problem. */
class CompositeValidatorTest {

    /** A test release whose default type requires a parameter and publishes an integer. */
    private static final String STRICT = """
            { "id": "test:strict", "name": "strict", "version": "1", "types": { "default": {
              "parameters": { "type": "object", "required": ["endpoint"], "additionalProperties": false,
                "properties": { "endpoint": { "type": "string" }, "port": { "type": "integer", "minimum": 1 } } },
              "connectionSchema": { "type": "object", "properties": { "port": { "type": "integer" } } },
              "connection": { "port": "1" } } } }
            """;

    @TempDir
    Path data;

    private TestMaster master;
    private CompositeValidator validator;

    @BeforeEach
    void openMaster() throws Exception {
        master = TestMaster.open(data);
        master.catalog().importRelease("strict.json", STRICT);
        validator = new CompositeValidator(master.catalog());
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void aLinkedWebAndDatabaseHasNoProblem() {
        CompositeService web = composite("web", node("db", "builtin:h2-database"), node("web", "builtin:static-web"));
        link(web, "db", "url", "web", "database-url");

        assertEquals(List.of(), validator.validate(web));
    }

    @Test
    void aRequiredParameterNeitherSetNorLinkedIsMissing() {
        CompositeService design = composite("c", node("s", "test:strict"));

        assertEquals(List.of(problem(Kind.MISSING_REQUIRED, "s", "'s' needs parameter endpoint: set it or link it to a connection parameter")),
                validator.validate(design));
    }

    @Test
    void aLinkedRequiredParameterIsNotMissing() {
        CompositeService design = composite("c", node("web", "builtin:static-web"), node("s", "test:strict"));
        link(design, "web", "url", "s", "endpoint");

        assertEquals(List.of(), validator.validate(design));
    }

    @Test
    void aValueAgainstItsSchemaIsInvalidNamingTheParameter() {
        CompositeService design = composite("c", node("db", "builtin:h2-database", "database", "Orders!"));

        List<CompositeProblem> problems = validator.validate(design);

        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Kind.INVALID_PARAMETER, problems.get(0).kind());
        assertEquals("db", problems.get(0).nodeTitle());
        assertEquals("parameter database of 'db': \"Orders!\" does not match regular expression [^[a-z][a-z0-9_]{0,62}$] (pattern)",
                problems.get(0).message());
    }

    @Test
    void anIntegerParameterIsReadAsAnIntegerAndItsBoundsChecked() {
        CompositeService design = composite("c", node("ok", "builtin:redis", "maxmemory-mb", "128"),
                node("small", "builtin:redis", "maxmemory-mb", "2"), node("text", "builtin:redis", "maxmemory-mb", "lots"));

        List<CompositeProblem> problems = validator.validate(design);

        assertEquals(List.of("small", "text"), problems.stream().map(CompositeProblem::nodeTitle).toList(), problems.toString());
        assertEquals(List.of(Kind.INVALID_PARAMETER, Kind.INVALID_PARAMETER), problems.stream().map(CompositeProblem::kind).toList());
        assertEquals("parameter maxmemory-mb of 'small': 2 is less than 8 (minimum)", problems.get(0).message());
    }

    @Test
    void anUnknownReleaseIsNamed() {
        CompositeService design = composite("c", node("erp", "builtin:odoo"));

        assertEquals(List.of(problem(Kind.UNKNOWN_RELEASE, "erp", "'erp' uses release builtin:odoo, which is not in the catalog")),
                validator.validate(design));
    }

    @Test
    void anUnknownSoftwareTypeIsNamedWithTheTypesThereAre() {
        CompositeService design = composite("c", node("db", "builtin:h2-database"));
        design.getNodes().get(0).setSoftwareType("replica");

        assertEquals(List.of(problem(Kind.UNKNOWN_TYPE, "db",
                "'db': release builtin:h2-database has no software type 'replica' (it has: default)")), validator.validate(design));
    }

    @Test
    void aConnectionParameterTheSourceDoesNotPublishIsUnknown() {
        CompositeService design = composite("c", node("db", "builtin:h2-database"), node("web", "builtin:static-web"));
        Link link = link(design, "db", "port", "web", "database-url");

        assertEquals(List.of(new CompositeProblem(Kind.UNKNOWN_CONNECTION_PARAMETER, "web", link,
                "'db' (builtin:h2-database, type default) publishes no connection parameter port (it publishes: url, user, password)")),
                validator.validate(design));
    }

    @Test
    void aParameterTheTargetDoesNotHaveIsUnknown() {
        CompositeService design = composite("c", node("db", "builtin:h2-database"), node("web", "builtin:static-web"));
        Link link = link(design, "db", "url", "web", "jdbc");

        assertEquals(List.of(new CompositeProblem(Kind.UNKNOWN_PARAMETER, "web", link,
                "'web' (builtin:static-web, type default) has no parameter jdbc to link (it has: title, database-url, broker-url, link-url)")),
                validator.validate(design));
    }

    @Test
    void aSetParameterTheClosedSchemaDoesNotHaveIsUnknown() {
        CompositeService design = composite("c", node("db", "builtin:h2-database", "size", "10"));

        assertEquals(List.of(problem(Kind.UNKNOWN_PARAMETER, "db",
                "'db' sets parameter size, which builtin:h2-database, type default does not have (it has: database, user, web-console, backup-every)")),
                validator.validate(design));
    }

    @Test
    void aUrlIntoAnIntegerPortIsAnIncompatibleLinkWithTheReason() {
        CompositeService design = composite("c", node("web", "builtin:static-web"), node("s", "test:strict", "endpoint", "x"));
        Link link = link(design, "web", "url", "s", "port");

        assertEquals(List.of(new CompositeProblem(Kind.INCOMPATIBLE_LINK, "s", link,
                "connection parameter url of 'web' is a string (uri), but parameter port of 's' takes an integer (types differ)")),
                validator.validate(design));
    }

    @Test
    void aParameterLinkedTwiceIsADuplicateLink() {
        CompositeService design = composite("c", node("db", "builtin:h2-database"), node("cache", "builtin:redis"),
                node("web", "builtin:static-web"));
        link(design, "db", "url", "web", "database-url");
        Link second = link(design, "cache", "url", "web", "database-url");

        assertEquals(List.of(new CompositeProblem(Kind.DUPLICATE_LINK, "web", second,
                "parameter database-url of 'web' is linked twice: from 'db'.url and from 'cache'.url; keep one")),
                validator.validate(design));
    }

    @Test
    void linksInACycleAreACycleNamingItsServices() {
        CompositeService design = composite("c", node("a", "builtin:static-web"), node("b", "builtin:static-web"),
                node("c", "builtin:static-web"), node("d", "builtin:static-web"));
        link(design, "a", "url", "b", "link-url");
        link(design, "b", "url", "c", "link-url");
        Link closing = link(design, "c", "url", "a", "link-url");
        link(design, "c", "url", "d", "link-url");

        List<CompositeProblem> problems = validator.validate(design);

        assertEquals(List.of(new CompositeProblem(Kind.CYCLE, "a", closing,
                "links form a cycle: 'a' → 'b' → 'c' → 'a'; each would wait for the other forever")), problems);
    }

    @Test
    void aServiceLinkedToItselfIsACycle() {
        CompositeService design = composite("c", node("a", "builtin:static-web"));
        Link self = link(design, "a", "url", "a", "link-url");

        assertEquals(List.of(new CompositeProblem(Kind.CYCLE, "a", self,
                "links form a cycle: 'a' → 'a'; each would wait for the other forever")), validator.validate(design));
    }

    @Test
    void twoServicesWithOneTitleAreADuplicateTitle() {
        CompositeService design = composite("c", node("db", "builtin:h2-database"), node("db", "builtin:redis"));

        assertEquals(List.of(problem(Kind.DUPLICATE_TITLE, "db",
                "two services are titled 'db'; titles name the instances of the tree, so each must be unique")),
                validator.validate(design));
    }

    @Test
    void anEmptyOrSlashedTitleIsInvalid() {
        CompositeService design = composite("c", node("", "builtin:h2-database"), node("a/b", "builtin:redis"));

        assertEquals(List.of(problem(Kind.INVALID_TITLE, "", "a service of the composite has no title (release builtin:h2-database)"),
                problem(Kind.INVALID_TITLE, "a/b", "the title 'a/b' contains a path separator")), validator.validate(design));
    }

    @Test
    void aLinkToANodeOutsideTheCompositeIsDangling() {
        CompositeService design = composite("c", node("web", "builtin:static-web"));
        CompositeService other = composite("other", node("db", "builtin:h2-database"));
        Link link = Composites.link(design, "web", "url", "web", "link-url");
        link.setSource(find(other, "db"));

        assertEquals(List.of(new CompositeProblem(Kind.DANGLING_LINK, "web", link,
                "the link 'db'.url → 'web'.link-url has a source outside this composite")), validator.validate(design));
    }

    @Test
    void aBadSlaIsNamed() {
        CompositeService design = composite("c", Composites.sla(node("db", "builtin:h2-database"), "memory-mb", "lots"));

        List<CompositeProblem> problems = validator.validate(design);

        assertEquals(List.of(problem(Kind.INVALID_SLA, "db", "SLA of 'db': SLA memory-mb 'lots' is not a number")), problems);
    }

    @Test
    void theEditorIsToldWhyALinkWouldBeRefusedWhileDragging() {
        CompositeService design = composite("c", node("web", "builtin:static-web"), node("s", "test:strict", "endpoint", "x"),
                node("db", "builtin:h2-database"), node("front", "builtin:static-web"));
        link(design, "db", "url", "front", "database-url");

        assertEquals(Optional.of("connection parameter url of 'web' is a string (uri), but parameter port of 's' takes an integer "
                + "(types differ)"), validator.linkRefusal(find(design, "web"), "url", find(design, "s"), "port"));
        assertEquals(Optional.of("connection parameter port of 's' is an integer, but parameter title of 'web' takes a string "
                + "(types differ)"), validator.linkRefusal(find(design, "s"), "port", find(design, "web"), "title"));
        assertEquals(Optional.of("parameter database-url of 'front' is already linked from 'db'.url"),
                validator.linkRefusal(find(design, "web"), "url", find(design, "front"), "database-url"));
        assertEquals(Optional.empty(), validator.linkRefusal(find(design, "web"), "url", find(design, "front"), "link-url"));
    }

    @Test
    void aLinkClosingACycleIsRefusedWhileDragging() {
        CompositeService design = composite("c", node("a", "builtin:static-web"), node("b", "builtin:static-web"));
        link(design, "a", "url", "b", "link-url");

        assertEquals(Optional.of("the link would close a cycle: 'a' → 'b' → 'a'"),
                validator.linkRefusal(find(design, "b"), "url", find(design, "a"), "link-url"));
        assertEquals(Optional.of("'a' cannot take its own connection parameters"),
                validator.linkRefusal(find(design, "a"), "url", find(design, "a"), "title"));
    }

    @Test
    void theEditorIsToldWhatANodePublishesAndWhatItTakes() {
        CompositeService design = composite("c", node("db", "builtin:h2-database"), node("x", "builtin:odoo"));

        assertEquals(List.of("url", "user", "password"), validator.connectionParameters(find(design, "db")));
        assertEquals(List.of("database", "user", "web-console", "backup-every"), validator.parameters(find(design, "db")));
        assertEquals(List.of(), validator.connectionParameters(find(design, "x")));
        assertEquals(List.of(), validator.parameters(find(design, "x")));
    }

    @Test
    void aThousandServicesWithTwoThousandLinksAreValidatedAndTheirOneCycleFound() {
        CompositeService large = composite("large");
        for (int i = 0; i < 1000; i++) {
            large.getNodes().add(node("web-" + i, "builtin:static-web"));
        }
        for (int i = 1; i < 1000; i++) {
            link(large, "web-" + (i - 1), "url", "web-" + i, "link-url");
            if (i >= 2) {
                link(large, "web-" + (i - 2), "url", "web-" + i, "database-url");
            }
        }
        assertEquals(List.of(), validator.validate(large));
        long start = System.nanoTime();
        assertEquals(List.of(), validator.validate(large));
        long acyclic = System.nanoTime() - start;
        link(large, "web-999", "url", "web-0", "broker-url");

        List<CompositeProblem> problems = validator.validate(large);

        assertEquals(List.of(Kind.CYCLE), problems.stream().map(CompositeProblem::kind).toList());
        assertEquals("web-0", problems.get(0).nodeTitle());
        assertEquals(Optional.of("the link would close a cycle: 'web-1' → 'web-3' → 'web-5' → 'web-6'".substring(0, 28)),
                validator.linkRefusal(find(large, "web-500"), "url", find(large, "web-1"), "broker-url").map(m -> m.substring(0, 28)));
        System.out.printf("validated 1,000 services and 1,997 links in %.1f ms%n", acyclic / 1e6);
    }

    private static CompositeProblem problem(Kind kind, String node, String message) {
        return new CompositeProblem(kind, node, null, message);
    }
}
