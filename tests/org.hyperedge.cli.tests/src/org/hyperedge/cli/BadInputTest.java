package org.hyperedge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad input of issue 15, case by case, on a real H2 data directory: each is refused with exit code 1 and one
 * line on stderr naming the argument or file and what would be accepted; nothing is stored, nothing hangs.
 */
class BadInputTest {

    @TempDir
    Path data;

    // hangs: sizes are bounded before any work

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // it hung before the bound was checked first
    void aFiftyMegabyteParamsFileOfAMillionKeysIsRefusedAtOnce() throws IOException {
        Path params = data.resolve("params.json");
        try (Writer writer = Files.newBufferedWriter(params, StandardCharsets.UTF_8)) {
            writer.write('{');
            for (int i = 0; i < 1_000_000; i++) {
                writer.write((i == 0 ? "" : ",") + "\"parameter-number-" + i + "\":\"" + "v".repeat(22) + "\"");
            }
            writer.write('}');
        }
        assertTrue(Files.size(params) > 50_000_000L, "the file is over 50 MB: " + Files.size(params));

        long started = System.nanoTime();
        CliRun run = CliRun.inProcess(data, "request", "builtin:static-web", "site", "--params-file", params.toString());

        assertRefused(run, "--params-file " + params + " has " + Files.size(params) + " bytes, more than the limit of "
                + "1048576 bytes; nothing was read");
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "refused within seconds, not worked on");
        assertNothingRequested();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // it hung before the bound was checked first
    void planOfAHundredMegabyteCompositeIsRefusedAtOnce() throws IOException {
        Path composite = data.resolve("huge.composite");
        try (Writer writer = Files.newBufferedWriter(composite, StandardCharsets.UTF_8)) {
            writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hyperedge:CompositeService xmi:version=\"2.0\" "
                    + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:hyperedge=\"http://hyperedge.org/model/1.0\" name=\"huge\">\n");
            for (int i = 0; i < 1_250_000; i++) {
                writer.write("  <nodes title=\"web-" + i + "\" releaseId=\"builtin:static-web\" softwareType=\"default\"/>\n");
            }
            writer.write("</hyperedge:CompositeService>\n");
        }
        assertTrue(Files.size(composite) > 100_000_000L, "the file is over 100 MB: " + Files.size(composite));

        long started = System.nanoTime();
        CliRun run = CliRun.inProcess(data, "plan", composite.toString());

        assertRefused(run, "composite file " + composite + " has " + Files.size(composite)
                + " bytes, more than the limit of 8388608 bytes; nothing was read");
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "refused within seconds, not worked on");
    }

    // stack traces

    @Test
    void paymentTermsOfMillionsOfYearsAreRefusedWithTheirRange() {
        CliRun run = CliRun.inProcess(data, "billing", "issue", "1", "--terms-days", "99999999999999");

        assertRefused(run, "--terms-days 99999999999999 is out of range; give a whole number of days from 0 to 3650");
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsOneCleanRefusalWithoutAnH2Trace() throws Exception {
        // a path under a regular file: no user can make it, root included (root writes wherever permissions say no)
        Path file = Files.writeString(data.resolve("a-file"), "x");
        Path unusable = file.resolve("data");

        CliRun run = CliRun.asProcess(data.resolve("logs"), "unwritable", "--data", unusable.toString(), "status");

        assertEquals(Main.REFUSED, run.code(), run.err());
        assertEquals("hyperedge: --data " + unusable + " cannot be used: " + file + " is a file, not a directory; give a "
                + "directory this user can create and write in\n", run.err(), "one line, no H2 trace before it");
        assertEquals("", run.out());
    }

    // unclear messages

    @Test
    void aPriceWithoutFromStartsTomorrowAndSaysSo() {
        CliRun run = CliRun.inProcess(data, "billing", "set-price", "cpu-second", "0.00002", "EUR");

        assertEquals(Main.OK, run.code(), run.err());
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertEquals("cpu-second costs 0.00002 EUR from " + tomorrow + "T00:00:00Z on (tomorrow: --from DATE sets another "
                + "day)\n", run.out());
        assertTrue(CliRun.inProcess(data, "billing", "prices").out().contains(tomorrow));
    }

    @Test
    void aHugePriceIsRefusedWithItsBoundsNotASqlError() {
        assertRefused(CliRun.inProcess(data, "billing", "set-price", "cpu-second", "99999999999999999999999", "EUR", "--from",
                "2026-11-01"), "PRICE 99999999999999999999999 is out of range; give a decimal number of EUR per cpu-second "
                        + "from 0 to 1000000000 with at most 10 decimals");
        assertRefused(CliRun.inProcess(data, "billing", "set-price", "cpu-second", "1e400", "EUR", "--from", "2026-11-01"),
                "PRICE '1e400' is not a decimal number like 0.5; give a decimal number of EUR per cpu-second from 0 to "
                        + "1000000000 with at most 10 decimals");
        assertTrue(CliRun.inProcess(data, "billing", "prices", "--all").out().contains("No prices yet"));
    }

    @Test
    void aParamsFileThatIsNotUtf8IsRefusedSayingSo() throws IOException {
        Path params = Files.write(data.resolve("latin1.json"), "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(CliRun.inProcess(data, "request", "builtin:static-web", "site", "--params-file", params.toString()),
                "--params-file " + params + " is not UTF-8 text (the byte at offset 14 starts no UTF-8 character); save it "
                        + "as UTF-8");
        assertNothingRequested();
    }

    @Test
    void aMissingParamsFileIsSaidToBeMissing() {
        Path missing = data.resolve("no-such-params.json");

        assertRefused(CliRun.inProcess(data, "request", "builtin:static-web", "site", "--params-file", missing.toString()),
                "--params-file " + missing + ": no such file; give the path of an existing file");
    }

    @Test
    void aPortOutOfRangeIsRefusedWithTheRange() {
        assertRefused(CliRun.inProcess(data, "nodes", "adopt", "127.0.0.1:99999", "0123456789abcdef-abcdefgh"),
                "address '127.0.0.1:99999' has no usable port '99999'; give HOST:PORT, such as 10.0.0.5:7443, with a port "
                        + "from 1 to 65535");
        assertRefused(CliRun.inProcess(data, "site", "export", "--composite", "web-and-database", "--out",
                data.resolve("b.hesite").toString(), "--pair", "10.0.0.1:0=0123456789abcdef-abcdefgh"),
                "--pair address '10.0.0.1:0' has no usable port '0'; give HOST:PORT, such as 10.0.0.5:7443, with a port "
                        + "from 1 to 65535");
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // an accepted period starts a master for good
    void masterPeriodsAndThreadsOutOfRangeAreRefusedWithTheRange() {
        String period = "; give a decimal number of seconds from 0.05 to 3600 with at most 3 decimals";
        assertRefused(CliRun.inProcess(data, "master", "--period", "NaN"), "--period 'NaN' is not a decimal number like 0.5"
                + period);
        assertRefused(CliRun.inProcess(data, "master", "--period", "Infinity"), "--period 'Infinity' is not a decimal number "
                + "like 0.5" + period);
        assertRefused(CliRun.inProcess(data, "master", "--period", "0.01"), "--period 0.01 is out of range" + period);
        String threads = "; give a whole number of threads from 1 to 64";
        assertRefused(CliRun.inProcess(data, "master", "--threads", "0"), "--threads 0 is out of range" + threads);
        assertRefused(CliRun.inProcess(data, "master", "--threads", "abc"), "--threads 'abc' is not a whole number" + threads);
        assertRefused(CliRun.inProcess(data, "master", "--threads", "99999999999"), "--threads 99999999999 is out of range"
                + threads);
    }

    // wrongly accepted

    @Test
    void aSiteNameWithALineBreakIsRefused() {
        assertRefused(CliRun.inProcess(data, "nodes", "adopt", "127.0.0.1:7443", "0123456789abcdef-abcdefgh", "--site",
                "fac\ntory"), "--site 'fac<U+000A>tory' contains a line break (U+000A) at position 4; give 1 to 255 "
                        + "characters without control or bidirectional characters");
        assertRefused(CliRun.inProcess(data, "site", "export", "--composite", "web-and-database", "--out",
                data.resolve("b.hesite").toString(), "--site", "fac\ntory"), "--site 'fac<U+000A>tory' contains a line "
                        + "break (U+000A) at position 4; give 1 to 255 characters without control or bidirectional characters");
    }

    @Test
    void aCompositeTreeNameWithASlashIsRefused() throws IOException {
        Path composite = Files.writeString(data.resolve("shop.composite"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<hyperedge:CompositeService xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:hyperedge=\"http://hyperedge.org/model/1.0\" name=\"shop\">\n"
                + "  <nodes title=\"web\" releaseId=\"builtin:static-web\" softwareType=\"default\"/>\n"
                + "</hyperedge:CompositeService>\n");

        assertRefused(CliRun.inProcess(data, "request-composite", composite.toString(), "--name", "shop/eu"),
                "tree name (--name) 'shop/eu' contains a path separator ('/' or '\\'); give a name without one");
        assertNothingRequested();
    }

    @Test
    void titlesWithBidirectionalControlsAreRefused() {
        assertRefused(CliRun.inProcess(data, "request", "builtin:h2-database", "db\u202Efdp.exe"), "TITLE 'db<U+202E>fdp.exe' "
                + "contains a bidirectional control character (U+202E) at position 3; give 1 to 255 characters without control "
                + "or bidirectional characters");
        assertRefused(CliRun.inProcess(data, "billing", "project-add", "acme", "--title", "\u2067ACME"), "--title "
                + "'<U+2067>ACME' contains a bidirectional control character (U+2067) at position 1; give 1 to 255 characters "
                + "without control or bidirectional characters");
        assertNothingRequested();
    }

    @Test
    void anEmptySlaValueIsRefused() {
        assertRefused(CliRun.inProcess(data, "request", "builtin:h2-database", "db", "--node", "node="),
                "--node 'node=' has an empty value; give node=VALUE");
        assertNothingRequested();
    }

    @Test
    void anUnknownTicketKindIsRefusedWithTheKinds() {
        assertRefused(CliRun.inProcess(data, "tickets", "--kind", "bogus"), "unknown ticket kind 'bogus': expected one of "
                + "promise, node-silent, allocation, install, invoice-overdue, manual, clock-skew, report-loss, journal-reset, upgrade, backup, restore");
    }

    @Test
    void ticketSubjectsAndCommentsLongerThanTheirBoundsAreRefusedNeverCut() {
        assertRefused(CliRun.inProcess(data, "tickets", "open", "s".repeat(256), "reason"), "SUBJECT has 256 characters, "
                + "more than 255; nothing is cut: shorten it to 255 characters or fewer");
        assertEquals(Main.OK, CliRun.inProcess(data, "tickets", "open", "s".repeat(255), "r".repeat(1000)).code());
        assertRefused(CliRun.inProcess(data, "tickets", "comment", "1", "c".repeat(2001)), "TEXT has 2001 characters, more "
                + "than 2000; nothing is cut: shorten it to 2000 characters or fewer");
        assertRefused(CliRun.inProcess(data, "tickets", "ack", "1", "--note", "n".repeat(2001)), "--note has 2001 "
                + "characters, more than 2000; nothing is cut: shorten it to 2000 characters or fewer");

        CliRun shown = CliRun.inProcess(data, "tickets", "show", "1");
        assertTrue(shown.out().contains("s".repeat(255) + "\n") && shown.out().contains("r".repeat(1000) + "\n"),
                "kept whole: " + shown.out());
        assertEquals(3, shown.out().lines().count(), "opened, and nothing else: " + shown.out());
    }

    @Test
    void pricesDatedYearOneOrYear999999999AreRefused() {
        String range = "; give a day like 2026-11-01, from 2000-01-01 to 2099-12-31";
        assertRefused(CliRun.inProcess(data, "billing", "set-price", "cpu-second", "1", "EUR", "--from", "0001-01-01"),
                "--from '0001-01-01' is out of range" + range);
        assertRefused(CliRun.inProcess(data, "billing", "set-price", "cpu-second", "1", "EUR", "--from", "999999999-01-01"),
                "--from '999999999-01-01' is not a date" + range);
        assertRefused(CliRun.inProcess(data, "billing", "usage", "--month", "+999999999-01"), "--month '+999999999-01' is "
                + "not a month; give a month like 2026-11, from 2000-01 to 2099-12");
        assertTrue(CliRun.inProcess(data, "billing", "prices", "--all").out().contains("No prices yet"));
    }

    @Test
    void aSecondCurrencyIsRefusedWhenItIsSetNotAtInvoicing() {
        assertEquals(Main.OK, CliRun.inProcess(data, "billing", "set-price", "cpu-second", "0.00002", "EUR", "--from",
                "2026-10-01").code());

        assertRefused(CliRun.inProcess(data, "billing", "set-price", "memory-mb-hour", "0.00001", "USD", "--from",
                "2026-10-01"), "the price list is in EUR (1 price(s)); an invoice has one currency, so give this price in EUR "
                        + "too; nothing was changed");
        assertEquals(Main.OK, CliRun.inProcess(data, "billing", "set-price", "cpu-second", "0.00003", "USD", "--from",
                "2026-10-01").code(), "the one price there is may change its currency");
    }

    @Test
    void anEmptyDataDirectoryIsRefusedRatherThanReadAsTheCurrentOne() {
        CliRun run = CliRun.inProcess(java.util.List.of("--data", "", "status"));

        assertRefused(run, "--data is empty; give the data directory (without --data: ~/.hyperedge)");
        assertFalse(Files.exists(Path.of("master.mv.db").toAbsolutePath()), "no database in the current directory");
    }

    // not found exits with 1

    @Test
    void aTicketInvoiceProjectOrTreeThatIsNotThereIsRefusedWithOne() {
        assertRefused(CliRun.inProcess(data, "tickets", "show", "42"), "no ticket 42 (./hyperedge tickets --state all lists "
                + "them)");
        assertRefused(CliRun.inProcess(data, "billing", "show", "42"), "no invoice 42 (./hyperedge billing invoices lists "
                + "them)");
        assertRefused(CliRun.inProcess(data, "billing", "issue", "42"), "no invoice 42");
        assertRefused(CliRun.inProcess(data, "billing", "assign", "shop", "nosuch"), "no project 'nosuch' (create it first)");
        assertRefused(CliRun.inProcess(data, "status", "shop"), "no instance tree 'shop' (give a tree's name, its root's "
                + "title or its id; ./hyperedge status lists every instance)");
    }

    /** Exit code 1, nothing on stdout, one line on stderr: the message given. */
    static void assertRefused(CliRun run, String message) {
        assertEquals(Main.REFUSED, run.code(), "exit code; stderr: " + run.err());
        assertEquals("hyperedge: " + message + "\n", run.err());
        assertEquals("", run.out());
    }

    private void assertNothingRequested() {
        CliRun status = CliRun.inProcess(data, "status");
        assertEquals(1, status.out().lines().count(), "nothing requested: " + status.out());
    }
}
