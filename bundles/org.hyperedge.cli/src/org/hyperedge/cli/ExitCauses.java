package org.hyperedge.cli;

import java.io.PrintStream;
import java.util.List;

import org.hyperedge.master.monitoring.ProcessExit;
import org.hyperedge.master.monitoring.ProcessExits;
import org.hyperedge.master.request.InstanceRecord;

/**
 * Under {@code status}: for each instance that is not healthy, how its processes last ended and their last
 * lines of output, so a crash-looping service shows its cause, not only "failing".
 */
final class ExitCauses {

    static final int LINES = 3;

    private ExitCauses() {
    }

    static void print(ProcessExits exits, List<InstanceRecord> shown, PrintStream out) {
        boolean first = true;
        for (InstanceRecord instance : shown) {
            if (!failing(instance)) {
                continue;
            }
            for (ProcessExit exit : exits.latest(instance.id())) {
                if (first) {
                    out.println();
                    first = false;
                }
                out.println(instance.title() + ": " + exit.summary() + " (" + NodeCommands.age(exit.at()) + ")");
                exit.log().subList(Math.max(0, exit.log().size() - LINES), exit.log().size())
                        .forEach(line -> out.println("    " + line));
            }
        }
    }

    private static boolean failing(InstanceRecord instance) {
        return instance.placed() && ("failed".equals(instance.reportedState())
                || "started".equals(instance.reportedState()) && !instance.healthy());
    }
}
