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

    private TemplateRenderer renderer(Secrets secrets) {
        ObjectNode parameters = new ObjectMapper().createObjectNode().put("database", "orders");
        return new TemplateRenderer("10.0.0.5", partition.toString(), "/srv/software/h2", Map.of("tcp", 20001),
                parameters, secrets::get);
    }
}
