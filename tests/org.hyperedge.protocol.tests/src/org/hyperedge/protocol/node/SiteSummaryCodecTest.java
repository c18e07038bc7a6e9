package org.hyperedge.protocol.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hyperedge.protocol.node.SiteSummary.OfferedRelease;
import org.junit.jupiter.api.Test;

/** A federated site's summary on the wire: read back as written, and what is no summary refused naming why. */
class SiteSummaryCodecTest {

    @Test
    void aSummaryIsReadBackAsItWasWritten() {
        SiteSummary told = new SiteSummary(3, 5, 8, List.of(new OfferedRelease("builtin:h2-database", "H2 database",
                "2.4.240", "h2-database"), new OfferedRelease("https://cdn.example/cdn-1.2", "CDN", "1.2", "cdn")));

        assertEquals(told, SiteSummaryCodec.read(SiteSummaryCodec.write(told)));
    }

    @Test
    void whatIsNoSummaryIsRefusedNamingWhatIsWrong() {
        assertRefused("{\"nodes\":1,\"freePartitions\":9,\"partitions\":4,\"catalog\":[]}", "9 free partitions of only 4");
        assertRefused("{\"nodes\":-1,\"freePartitions\":0,\"partitions\":0,\"catalog\":[]}", "nodes must be a whole number");
        assertRefused("{\"nodes\":\"many\",\"freePartitions\":0,\"partitions\":0,\"catalog\":[]}", "nodes must be");
        assertRefused("{\"nodes\":1,\"freePartitions\":0,\"partitions\":0}", "catalog must be an array");
        assertRefused("{\"nodes\":1,\"freePartitions\":0,\"partitions\":0,\"catalog\":[{\"id\":\"x\",\"name\":\"x\","
                + "\"version\":\"1\"}]}", "release 1 of the site summary's catalog has no valid shortName");
        assertRefused("[1,2]", "must be a JSON object");
        assertRefused("{nodes", "not valid JSON");
    }

    @Test
    void aReleaseNameThatWouldReorderOrBreakATableIsRefused() {
        String bidi = "{\"nodes\":1,\"freePartitions\":0,\"partitions\":0,\"catalog\":[{\"id\":\"x\",\"name\":\"evil\u202Eexe\","
                + "\"version\":\"1\",\"shortName\":\"x\"}]}";
        String newline = "{\"nodes\":1,\"freePartitions\":0,\"partitions\":0,\"catalog\":[{\"id\":\"x\\ny\",\"name\":\"x\","
                + "\"version\":\"1\",\"shortName\":\"x\"}]}";

        assertRefused(bidi, "no valid name");
        assertRefused(newline, "no valid id");
    }

    @Test
    void aSummaryLargerThanAMasterReadsIsRefusedBeforeItIsParsed() {
        byte[] huge = new byte[SiteSummaryCodec.MAX_BYTES + 1];

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SiteSummaryCodec.read(huge));
        assertTrue(refused.getMessage().contains("larger than"), refused.getMessage());
    }

    private static void assertRefused(String json, String expected) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SiteSummaryCodec.read(json.getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
