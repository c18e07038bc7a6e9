package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's class data sharing as {@code ./hyperedge console} and {@code bench startup} use it
 * (releng/scripts/console.sh): the first start of a product records the classes it loaded into an archive in the
 * product's configuration area, later starts map them, and a product or JDK newer than the archive records it again.
 * Real JVMs run with the options the script picks; the program they start is a Java source file (the source launcher
 * loads the compiler, thousands of classes the JDK's own archive lacks) instead of the console, which needs a display.
 */
class ConsoleClassSharingTest {

    @TempDir
    Path temp;

    private Path product;
    private Path archive;
    private Path bundlesInfo;
    private Path program;

    @BeforeEach
    void aProductNeverStarted() throws IOException {
        product = temp.resolve("hyperedge");
        archive = product.resolve("configuration/hyperedge-console.jsa");
        bundlesInfo = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Files.createDirectories(bundlesInfo.getParent());
        Files.writeString(bundlesInfo, "#version=1\n");
        Files.setLastModifiedTime(bundlesInfo, FileTime.from(Instant.now().minusSeconds(60)));
        program = temp.resolve("Hello.java");
        Files.writeString(program, "class Hello { public static void main(String[] a) { System.out.println(\"hello\"); } }\n");
    }

    @Test
    void theFirstStartRecordsItsClassesAndTheNextStartMapsThem() throws Exception {
        // when the product starts for the first time, then it records its classes, and the archive is kept
        String first = start("");
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + archive + "."), first);
        assertTrue(Files.size(archive) > 0, "no archive kept after the first start");
        assertEquals(List.of(archive.getFileName().toString()), configurationFiles(), "the recording file is left behind");

        // when it starts again, then it maps the archive, and classes beyond the JDK's own archive come from it
        String second = start("-Xlog:class+load");
        assertTrue(second.contains("-XX:SharedArchiveFile=" + archive), second);
        assertTrue(second.contains("source: shared objects file (top)"), "no class mapped from the console's archive:\n"
                + second.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void aProductUpdatedSinceTheArchiveRecordsAgain() throws Exception {
        start("");
        assertTrue(Files.exists(archive));

        // given p2 rewrote bundles.info after the archive was made (an update installed other bundles)
        Files.setLastModifiedTime(bundlesInfo, FileTime.from(Instant.now().plusSeconds(5)));

        // then the next start records the classes again
        String again = start("");
        assertTrue(again.contains("-XX:ArchiveClassesAtExit="), again);
    }

    @Test
    void anArchiveTheJvmCannotMapIsIgnoredAndTheConsoleStartsAsBefore() throws Exception {
        // given an archive that is not one (a disk error, a file copied from another machine)
        Files.writeString(archive, "not a class data sharing archive");

        // when the product starts, then the script hands it to the JVM, which starts without it and says nothing
        String started = start("");
        assertTrue(started.contains("-XX:SharedArchiveFile=" + archive), started);
        String jvmOutput = started.substring(started.indexOf('\n') + 1);
        assertEquals("hello\n", jvmOutput, "the JVM's output besides the program's own");
    }

    /**
     * One start through the script's functions: prints the options chosen, runs a JVM with them (and {@code extra}),
     * then keeps the archive the start recorded; fails on a non-zero exit.
     */
    private String start(String extra) throws Exception {
        Path script = Repository.root().resolve("releng/scripts/console.sh");
        String javaHome = System.getProperty("java.home");
        String commands = "set -u; source \"$1\"; PRODUCT_DIR=\"$2\"; JAVA=\"$3/bin/java\"; console_class_sharing;"
                + " echo \"options: ${CONSOLE_CDS_OPTS[*]}\";"
                + " \"$JAVA\" \"${CONSOLE_CDS_OPTS[@]}\" " + extra + " \"$4\"; status=$?;"
                + " keep_console_class_archive; exit $status";
        Process process = new ProcessBuilder(List.of("bash", "-c", commands, "start", script.toString(),
                product.toString(), javaHome, program.toString())).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the JVM did not end");
        assertEquals(0, process.exitValue(), printed);
        return printed;
    }

    private List<String> configurationFiles() throws IOException {
        try (var files = Files.list(archive.getParent())) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
