package org.hyperedge.ui.tests.request;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.hyperedge.console.core.forms.FormBuilder;
import org.hyperedge.console.core.forms.SchemaSource;
import org.hyperedge.protocol.release.ReleaseDescriptor;
import org.hyperedge.ui.request.RequestDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code ./hyperedge bench forms}: the time from a request dialog asked for to its form built and laid out
 * (the schema made a form, every widget created, the dialog laid out and its first check done), for a
 * generated schema of {@code hyperedge.bench.fields} (200) fields spread over four documents
 * ({@link GeneratedSchema}). Median of {@link #RUNS} opens after {@link #WARM_UP} not counted. Prints
 * figures; asserts nothing about time. Not part of the test suite (the build excludes *Benchmark).
 */
class FormsBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = Integer.getInteger("hyperedge.bench.runs", 15);

    @TempDir
    Path data;

    @Test
    void openTheRequestDialogOfALargeSchema() throws Exception {
        int fields = Integer.getInteger("hyperedge.bench.fields", 200);
        ObjectNode schema = GeneratedSchema.of(fields);
        try (RequestDialogFixture fixture = new RequestDialogFixture(data)) {
            fixture.master.catalog().importRelease("large.json", GeneratedSchema.release(schema));
            ReleaseDescriptor release = fixture.master.catalog().find("test:large").orElseThrow();
            List<Double> opens = new ArrayList<>();
            List<Double> builds = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                double[] times = fixture.ui.onUi(() -> timeOneOpen(fixture, release));
                if (run >= WARM_UP) {
                    opens.add(times[0]);
                    builds.add(times[1]);
                }
            }
            System.out.printf("forms bench: %d fields over 4 documents: form built and laid out in the request dialog: "
                    + "median %.1f ms (min %.1f, max %.1f; %d runs); the schema made a form alone: median %.1f ms%n",
                    fields, median(opens), Collections.min(opens), Collections.max(opens), RUNS, median(builds));
            System.out.printf("FIGURE forms.open.ms %.1f%n", median(opens));
        }
    }

    /** One dialog: created, opened (contents built and laid out), its events handled, then closed. */
    private static double[] timeOneOpen(RequestDialogFixture fixture, ReleaseDescriptor release) {
        Shell parent = new Shell(fixture.ui.display());
        long build = System.nanoTime();
        var form = FormBuilder.build(SchemaSource.inline(release.type("default").parameterSchema()));
        double buildMs = (System.nanoTime() - build) / 1e6;
        if (Boolean.getBoolean("hyperedge.bench.phases")) {
            Shell alone = new Shell(fixture.ui.display());
            alone.setLayout(new org.eclipse.swt.layout.FillLayout());
            long created = System.nanoTime();
            new org.hyperedge.ui.forms.FormView(alone, form, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
            long laid = System.nanoTime();
            alone.setSize(900, 700);
            alone.open();
            while (fixture.ui.display().readAndDispatch()) {
                // its queued layout
            }
            System.out.printf("forms bench phases: form view created and laid out %.1f ms, shown %.1f ms%n",
                    (laid - created) / 1e6, (System.nanoTime() - laid) / 1e6);
            alone.dispose();
        }
        long start = System.nanoTime();
        RequestDialog dialog = new RequestDialog(parent, fixture.master, release, "default");
        dialog.setBlockOnOpen(false);
        dialog.open();
        while (fixture.ui.display().readAndDispatch()) {
            // the layout and paint events the opening queued are part of showing the form
        }
        double openMs = (System.nanoTime() - start) / 1e6;
        dialog.close();
        parent.dispose();
        return new double[] { openMs, buildMs };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
