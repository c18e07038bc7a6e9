package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.hyperedge.master.ticket.Ticket;
import org.hyperedge.master.ticket.TicketService;
import org.hyperedge.master.ticket.Tickets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admins acknowledge, assign, comment and close tickets; each step is kept with who did it; wrong steps are refused. */
class TicketServiceTest {

    @TempDir
    Path data;

    private TestMaster master;
    private TicketService tickets;
    private Ticket silent;

    @BeforeEach
    void openATicketAsTheMasterWould() throws Exception {
        master = TestMaster.open(data);
        tickets = new TicketService(master.database());
        master.database().inTransaction(c -> Tickets.open(c, "node-silent:edge-7", "node edge-7", "no report since noon"));
        silent = tickets.list("open", null).get(0);
    }

    @AfterEach
    void close() {
        master.close();
    }

    @Test
    void acknowledgeAssignCommentAndCloseAreKeptInTheHistoryWithWhoDidThem() {
        tickets.acknowledge(silent.id(), "alice", "looking");
        tickets.assign(silent.id(), "bob", "alice");
        tickets.comment(silent.id(), "the site lost power, back tonight", "bob");
        Ticket closed = tickets.close(silent.id(), "bob", "power back");

        assertEquals("closed", closed.state());
        assertEquals("bob", closed.assignee());
        assertEquals(List.of("opened master", "acknowledged alice", "assigned alice", "commented bob", "closed bob"),
                closed.history().stream().map(e -> e.action() + " " + e.actor()).toList());
        assertEquals("the site lost power, back tonight", closed.history().get(3).note());
    }

    @Test
    void anAcknowledgedTicketIsStillOpenSoItsCauseOpensNoSecondOne() {
        tickets.acknowledge(silent.id(), "alice", null);

        master.database().inTransaction(c -> Tickets.open(c, "node-silent:edge-7", "node edge-7", "no report since noon"));

        assertEquals(1, tickets.list("open", null).size());
        assertEquals("acknowledged", tickets.list("open", null).get(0).state());
    }

    @Test
    void aClosedTicketCannotBeAcknowledgedOrClosedAgainAndNothingChanges() {
        tickets.close(silent.id(), "alice", null);

        IllegalStateException ack = assertThrows(IllegalStateException.class, () -> tickets.acknowledge(silent.id(), "bob", null));
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> tickets.close(silent.id(), "bob", null));

        assertEquals("ticket " + silent.id() + " is closed: only open tickets can be acknowledged", ack.getMessage());
        assertTrue(again.getMessage().contains("closed already"), again.getMessage());
        assertEquals(2, tickets.find(silent.id()).orElseThrow().history().size());
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        assertEquals("no ticket 999", assertThrows(IllegalArgumentException.class,
                () -> tickets.comment(999, "hello", "alice")).getMessage());
        assertEquals("a ticket comment must not be empty", assertThrows(IllegalArgumentException.class,
                () -> tickets.comment(silent.id(), " ", "alice")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> tickets.list("pending", null)).getMessage()
                .contains("unknown ticket state 'pending'"));
        assertEquals(1, tickets.find(silent.id()).orElseThrow().history().size(), "nothing was added");
    }

    @Test
    void aTicketOpenedByHandIsListedWithItsAuthor() {
        Ticket manual = tickets.open("upgrade the factory switch", "firmware 1.2 drops links", "carol");

        assertEquals("manual", manual.kind());
        assertEquals("carol", manual.history().get(0).actor());
        assertEquals(2, tickets.list("open", null).size());
        assertEquals(1, tickets.list("all", "manual").size());
    }
}
