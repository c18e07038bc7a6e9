package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules behind issue 15's cases, tried on inputs beyond them, command by command: every refusal is exit code 1
 * (a value or file refused) or 2 (a command line not understood), says why in words on stderr, and never shows a
 * Java class name, a stack trace, an H2 error code or SQL.
 */
class CleanRefusalsTest {

    @TempDir
    Path data;

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a value wrongly accepted by master runs for good
    void everyBadValueOfEveryCommandIsRefusedInWordsWithExitCodeOne() throws IOException {
        Path notJson = Files.writeString(data.resolve("not.json"), "{\"a\": ");
        Path array = Files.writeString(data.resolve("array.json"), "[1, 2]");
        Path deep = Files.writeString(data.resolve("deep.json"), "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        Path notXml = Files.writeString(data.resolve("not.composite"), "this is not XML");
        Path directory = Files.createDirectories(data.resolve("a-directory"));
        List<List<String>> refused = List.of(
                List.of("request", "builtin:h2-database", ""),
                List.of("request", "builtin:h2-database", " db"),
                List.of("request", "builtin:h2-database", "x".repeat(256)),
                List.of("request", "builtin:h2-database", "a/b"),
                List.of("request", "builtin:h2-database", "db\tx"),
                List.of("request", "builtin:h2-database", "db\u200Fx"),
                List.of("request", "builtin:h2-database", "db\u200Bx"),
                List.of("request", "builtin:h2-database", "db\u2028x"),
                List.of("request", "builtin:h2-database", "db\uD800x"),
                List.of("request", "builtin:h2-database", "db", "--params-file", "/dev/zero"),
                List.of("plan", "/dev/zero"),
                List.of("--db", "jdbc:mysql://db/master", "status"),
                List.of("billing", "export-usage", "/proc/no-such-directory/usage.csv"),
                List.of("request", "builtin:h2\u0000-database", "db"),
                List.of("request", "builtin:h2-database", "db", "--type", "t".repeat(64)),
                List.of("request", "builtin:h2-database", "db", "--state", "paused"),
                List.of("request", "builtin:h2-database", "db", "--param", "port=" + "9".repeat(70_000)),
                List.of("request", "builtin:h2-database", "db", "--param", "a\nb=1"),
                List.of("request", "builtin:h2-database", "db", "--param", "a=1", "--param", "a=2"),
                List.of("request", "builtin:h2-database", "db", "--params-file", notJson.toString()),
                List.of("request", "builtin:h2-database", "db", "--params-file", array.toString()),
                List.of("request", "builtin:h2-database", "db", "--params-file", deep.toString()),
                List.of("request", "builtin:h2-database", "db", "--params-file", directory.toString()),
                List.of("request", "builtin:h2-database", "db", "--params-file", ""),
                List.of("request", "builtin:h2-database", "db", "--node", "cpu=-1"),
                List.of("request", "builtin:h2-database", "db", "--node", "cpu=1e9"),
                List.of("request", "builtin:h2-database", "db", "--node", "cpu=0.0001"),
                List.of("request", "builtin:h2-database", "db", "--node", "memory-mb=99999999999999999999"),
                List.of("request", "builtin:h2-database", "db", "--node", "gpu=1"),
                List.of("request", "builtin:h2-database", "db", "--node", "label.=a"),
                List.of("request", "builtin:h2-database", "db", "--node", "site=a\u202Eb"),
                List.of("status", "a\nb"),
                List.of("nodes", "adopt", "host:port", "0123456789abcdef-abcdefgh"),
                List.of("nodes", "adopt", "exa mple:7443", "0123456789abcdef-abcdefgh"),
                List.of("nodes", "adopt", "127.0.0.1:7443", "code\n"),
                List.of("nodes", "adopt", "127.0.0.1:7443", "0123456789abcdef-abcdefgh", "--label", "room="),
                List.of("nodes", "adopt", "127.0.0.1:7443", "0123456789abcdef-abcdefgh", "--site", "a/b"),
                List.of("nodes", "revoke", "no-such-node"),
                List.of("master", "--period", "-1"),
                List.of("master", "--period", "1e3"),
                List.of("master", "--period", "3600.5"),
                List.of("master", "--threads", "-1"),
                List.of("master", "--threads", "1.5"),
                List.of("plan", data.resolve("missing.composite").toString()),
                List.of("plan", notXml.toString()),
                List.of("plan", directory.toString()),
                List.of("request-composite", notXml.toString(), "--name", "x\u2066y"),
                List.of("tickets", "--state", "pending"),
                List.of("tickets", "show", "-1"),
                List.of("tickets", "show", "0"),
                List.of("tickets", "show", "99999999999999999999999"),
                List.of("tickets", "open", "", "reason"),
                List.of("tickets", "open", "subject", "r".repeat(1001)),
                List.of("tickets", "open", "sub\u202Eject", "reason"),
                List.of("tickets", "assign", "1", "bob\nalice"),
                List.of("tickets", "close", "1", "--note", ""),
                List.of("billing", "project-add", "ACME"),
                List.of("billing", "project-add", "acme", "--title", "t".repeat(256)),
                List.of("billing", "assign", "x".repeat(300), "default"),
                List.of("billing", "set-price", "gpu-hour", "1", "EUR", "--from", "2026-11-01"),
                List.of("billing", "set-price", "cpu-second", "-1", "EUR", "--from", "2026-11-01"),
                List.of("billing", "set-price", "cpu-second", "0.00000000001", "EUR", "--from", "2026-11-01"),
                List.of("billing", "set-price", "cpu-second", "1", "XYZ", "--from", "2026-11-01"),
                List.of("billing", "set-price", "cpu-second", "1", "EUR", "--from", "2026-02-30"),
                List.of("billing", "set-price", "cpu-second", "1", "EUR", "--from", "2026-11-01T00:00:00Z"),
                List.of("billing", "usage", "--month", "2026-13"),
                List.of("billing", "usage", "--month", "1999-12"),
                List.of("billing", "invoice", "--month", "2026-11", "--project", "p\u0007"),
                List.of("billing", "invoices", "--state", "open"),
                List.of("billing", "invoices", "--month", "November"),
                List.of("billing", "show", "abc"),
                List.of("billing", "pay", "18446744073709551616"),
                List.of("billing", "issue", "1", "--terms-days", "-1"),
                List.of("billing", "issue", "1", "--terms-days", "3651"),
                List.of("billing", "export-usage", directory.toString()),
                List.of("billing", "export-usage", data.resolve("missing-directory/usage.csv").toString()),
                List.of("site", "info", data.resolve("missing.hesite").toString()),
                List.of("site", "info", notXml.toString()),
                List.of("site", "import", notXml.toString(), "--trust", "not-a-fingerprint"),
                List.of("site", "export", "--composite", "no-such-composite", "--out", data.resolve("x.hesite").toString()),
                List.of("site", "export", "--composite", "web-and-database", "--out", directory.toString()),
                List.of("site", "export", "--composite", "web-and-database", "--out", data.resolve("x.hesite").toString(),
                        "--pair", "10.0.0.1:7443"),
                List.of("site", "return", "--out", data.resolve("missing-directory/x.hereturn").toString()));
        List<String> failures = new ArrayList<>();
        for (List<String> args : refused) {
            CliRun run = CliRun.inProcess(withData(args));
            String problem = run.code() != Main.REFUSED ? "exit code " + run.code()
                    : !run.err().startsWith("hyperedge: ") || run.err().lines().count() != 1 ? "not one line on stderr"
                    : unclean(run.err());
            if (problem != null) {
                failures.add(args + ": " + problem + "\n  " + run.err().strip());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + refused.size() + " not refused cleanly:\n"
                + String.join("\n", failures));
    }

    @Test
    void aCommandLineNotUnderstoodExitsWithTwoAndTheUsage() {
        List<List<String>> notUnderstood = List.of(
                List.of("frobnicate"),
                List.of("request", "builtin:h2-database"),
                List.of("request", "builtin:h2-database", "db", "--colour", "red"),
                List.of("request", "builtin:h2-database", "db", "--type"),
                List.of("request", "builtin:h2-database", "db", "--param", "novalue"),
                List.of("billing", "usage", "--month", "2026-10", "--month", "2026-11"),
                List.of("billing", "frobnicate"),
                List.of("tickets", "frobnicate"),
                List.of("catalog", "extra"),
                List.of("monitoring", "extra"),
                List.of("nodes", "extra"),
                List.of("master", "extra"),
                List.of("site", "import", "bundle.hesite"),
                List.of("site"));
        List<String> failures = new ArrayList<>();
        for (List<String> args : notUnderstood) {
            CliRun run = CliRun.inProcess(withData(args));
            String problem = run.code() != Main.USAGE ? "exit code " + run.code()
                    : !run.err().startsWith("hyperedge: ") || !run.err().contains("Usage: hyperedge") ? "no reason and usage"
                    : unclean(run.err());
            if (problem != null) {
                failures.add(args + ": " + problem + "\n  " + run.err().lines().findFirst().orElse(""));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theHelpStatesEveryBound() {
        CliRun help = CliRun.inProcess(List.of("--help"));

        assertEquals(Main.OK, help.code());
        for (String bound : List.of("1-255 characters", "1-63 characters", "SUBJECT 1-255", "REASON 1-1000", "--note 1-2000",
                "1 MiB (1,048,576 bytes)", "1,000 parameters", "65,536 characters", "0-4096 cores", "0-1,000,000,000",
                "8 MiB (8,388,608 bytes) and 1,000 services", "16 GiB", "0.05-3600 seconds", "--threads N 1-64",
                "port 1-65535", "0-1000000000 with at most 10 decimals", "2000-01-01 to 2099-12-31", "0-3650",
                "waits up to 30 s", "4 unexpected failure")) {
            assertTrue(help.out().contains(bound), "--help states " + bound);
        }
        assertFalse(Files.exists(data.resolve("master.mv.db")), "--help opens no database");
    }

    private List<String> withData(List<String> args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(args);
        return all;
    }

    /** What a message shows of Java or the database that a user should not see, or null. */
    private static String unclean(String err) {
        for (String leak : List.of("Exception", "Error:", "\tat ", "java.", "javax.", "org.h2", "org.hyperedge",
                "com.fasterxml", "SQL statement", "[9", "[2", "[8", "null")) {
            if (err.contains(leak)) {
                return "shows '" + leak.strip() + "'";
            }
        }
        return null;
    }
}
