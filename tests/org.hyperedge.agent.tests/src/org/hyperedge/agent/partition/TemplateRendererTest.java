package org.hyperedge.agent.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class TemplateRendererTest {

    @TempDir
    Path partition;

    @Test
    void placeholdersAreRenderedFromAddressPortsParametersAndSecrets() {
        Secrets secrets = new Secrets(partition);
        TemplateRenderer renderer = renderer(secrets);

        String url = renderer.render("jdbc:h2:tcp://${ip}:${port.tcp}/${param.database}?password=${secret.password}");

        assertEquals("jdbc:h2:tcp://10.0.0.5:20001/orders?password=" + secrets.get("password"), url);
        assertEquals(List.of("java", "-cp", "/srv/software/h2/h2.jar", "-baseDir", partition + "/data"),
                renderer.render(List.of("java", "-cp", "${software}/h2.jar", "-baseDir", "${partition}/data")));
    }

    @Test
    void secretsAreCreatedOnceKeptPrivateAndDifferPerPartition(@TempDir Path other) throws Exception {
        String first = new Secrets(partition).get("password");

        assertEquals(first, new Secrets(partition).get("password"), "the same secret after a restart");
        assertNotEquals(first, new Secrets(other).get("password"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(partition.resolve(".secrets"))));
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingIt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> renderer(new Secrets(partition)).render("listen ${port.http} for ${param.missing}"));

        assertEquals("unknown placeholders ${port.http}, ${param.missing} in 'listen ${port.http} for ${param.missing}'",
                error.getMessage());
    }

    @Test
    void anHtmlPlaceholderEscapesItsValueForTextAndAttributes() {
        ObjectNode parameters = new ObjectMapper().createObjectNode().put("title", "<b onclick=\"x('&')\">");
        TemplateRenderer renderer = new TemplateRenderer("10.0.0.5", partition.toString(), "/srv", Map.of(), parameters,
                name -> null);

        assertEquals("<h1>&lt;b onclick=&quot;x(&#39;&amp;&#39;)&quot;&gt;</h1>", renderer.render("<h1>${param.title|html}</h1>"));
        assertEquals("<b onclick=\"x('&')\">", renderer.render("${param.title}"), "without |html the value is as given");
    }

    @Test
    void anOptionalParameterIsEmptyWhenNotGivenAndOnlyParametersMayBeOptional() {
        TemplateRenderer renderer = renderer(new Secrets(partition));

        assertEquals("<dd></dd>", renderer.render("<dd>${param.link-url?|html}</dd>"));
        assertEquals("orders", renderer.render("${param.database?}"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> renderer.render("${port.tcp?} ${param.database|shout}"));
        assertEquals("unknown placeholders ${port.tcp?}, ${param.database|shout} in '${port.tcp?} ${param.database|shout}'",
                error.getMessage());
    }

    private TemplateRenderer renderer(Secrets secrets) {
        ObjectNode parameters = new ObjectMapper().createObjectNode().put("database", "orders");
        return new TemplateRenderer("10.0.0.5", partition.toString(), "/srv/software/h2", Map.of("tcp", 20001),
                parameters, secrets::get);
    }
}
