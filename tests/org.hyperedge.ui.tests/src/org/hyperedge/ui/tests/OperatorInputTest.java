package org.hyperedge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.hyperedge.model.RequestedState;
import org.hyperedge.master.view.InstanceRow;
import org.hyperedge.ui.instances.InstanceActions;
import org.hyperedge.ui.nodes.AdoptionForm;
import org.junit.jupiter.api.Test;

/** What the console says back to an operator's input: adoption answers, report ages, confirmations. */
class OperatorInputTest {

    private static final String CODE = "0123456789abcdef0123456789abcdef-abcd2345";

    @Test
    void adoptionAnswersAreCheckedFieldByFieldWithTheRuleNamed() {
        assertEquals(Optional.empty(), new AdoptionForm("10.0.0.7:7443", CODE, "plant-a", "zone=b, line=2").problem());
        assertProblem(new AdoptionForm("10.0.0.7", CODE, "plant-a", ""), "Address: HOST:PORT");
        assertProblem(new AdoptionForm("10.0.0.7:70000", CODE, "plant-a", ""), "Address: the port must be between 1 and 65535");
        assertProblem(new AdoptionForm("10.0.0.7:7443", "12345", "plant-a", ""), "Pairing code: 32 hex digits");
        assertProblem(new AdoptionForm("10.0.0.7:7443", CODE, "plant a/b", ""), "Site: letters, digits");
        assertProblem(new AdoptionForm("10.0.0.7:7443", CODE, "plant-a", "zone"), "Labels: 'zone' is not NAME=VALUE");
        assertEquals(Map.of("zone", "b", "line", "2"), new AdoptionForm("h:1", CODE, "s", " zone = b ,line=2,").labelMap());
    }

    @Test
    void aNodeOnSeveralLinksIsAdoptedWithEachAddressCheckedAndNamed() {
        AdoptionForm twoLinks = new AdoptionForm("10.0.0.7:7443, 192.168.8.7:7443", CODE, "plant-a", "");

        assertEquals(Optional.empty(), twoLinks.problem());
        assertEquals(List.of("10.0.0.7:7443", "192.168.8.7:7443"), twoLinks.addresses());
        assertProblem(new AdoptionForm("10.0.0.7:7443, 192.168.8.7", CODE, "plant-a", ""),
                "Address: '192.168.8.7' is not HOST:PORT");
        assertProblem(new AdoptionForm("10.0.0.7:7443,", CODE, "plant-a", ""), "Address: '' is not HOST:PORT");
        assertProblem(new AdoptionForm("10.0.0.7:7443, 10.0.0.7:7443", CODE, "plant-a", ""),
                "Address: 10.0.0.7:7443 is given twice");
        assertProblem(new AdoptionForm("h:1,".repeat(8) + "h:9", CODE, "plant-a", ""), "Address: at most 8 addresses");
    }

    @Test
    void aBulkConfirmationSaysHowManyAndWhich() {
        List<InstanceRow> twelve = IntStream.range(0, 12).mapToObj(i -> row("db-" + i)).toList();

        String stop = InstanceActions.confirmation(twelve.subList(0, 2), RequestedState.STOPPED);
        String destroy = InstanceActions.confirmation(twelve, RequestedState.DESTROYED);

        assertTrue(stop.startsWith("Stop 2 instances?") && stop.contains("db-0 on edge-1") && stop.contains("db-1"), stop);
        assertTrue(destroy.startsWith("Destroy 12 instances?") && destroy.contains("… and 4 more")
                && destroy.contains("final"), destroy);
        assertTrue(InstanceActions.bangConfirmation(List.of(row("db-9"))).startsWith("Re-process 1 instance?"));
    }

    private static void assertProblem(AdoptionForm form, String expectedStart) {
        String problem = form.problem().orElseThrow(() -> new AssertionError("no problem found in " + form));
        assertTrue(problem.startsWith(expectedStart), problem);
    }

    private static InstanceRow row(String title) {
        return new InstanceRow(1, 1, null, title, "builtin:h2-database", "default", "edge-1", "p000", "started", "started",
                true, null, null, null, null);
    }
}
