package org.hyperedge.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.regex.Pattern;

import org.hyperedge.cli.input.InputFiles;
import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.master.store.StoreException;

/**
 * What a command's failure tells the user, and its exit code: the reason in words on stderr, never a Java class
 * name or a stack trace. The last resort for anything unforeseen is a clean message too, with exit code 4.
 */
final class Failures {

    /** An exception's fully qualified class name, as libraries put it in messages: {@code org.h2.message.DbException: }. */
    private static final Pattern CLASS_NAME = Pattern
            .compile("(?:\\b[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)(?::\\s*)?");
    /** H2's error codes ({@code [90062-240]}). */
    private static final Pattern H2_CODE = Pattern.compile("\\s*\\[\\d{4,5}-\\d+\\]");

    private Failures() {
    }

    /** Prints the failure of {@code command} on {@code err} and returns the exit code it earns. */
    static int report(Throwable failure, String command, PrintStream err) {
        if (failure instanceof UsageException usage) {
            err.println("hyperedge: " + usage.getMessage());
            err.print(Main.USAGE_TEXT);
            return Main.USAGE;
        }
        if (failure instanceof InputRefused || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException) {
            err.println("hyperedge: " + clean(failure.getMessage()));
            return Main.REFUSED;
        }
        if (failure instanceof IOException io) {
            err.println("hyperedge: " + (io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "")
                    + InputFiles.describe(io));
            return Main.REFUSED;
        }
        if (failure instanceof UncheckedIOException io) {
            err.println("hyperedge: " + clean(io.getMessage()) + ": " + InputFiles.describe(io.getCause()));
            return Main.REFUSED;
        }
        if (failure instanceof StoreException) {
            err.println("hyperedge: " + clean(failure.getMessage()));
            return Main.DATABASE;
        }
        String what = failure instanceof OutOfMemoryError ? "ran out of memory"
                : failure instanceof StackOverflowError ? "ran out of stack (the input nests too deeply)"
                : clean(failure.getMessage()).isBlank() ? "failed unexpectedly" : "failed unexpectedly: " + clean(failure.getMessage());
        err.println("hyperedge: " + (command == null ? "the command" : "'" + command + "'") + " " + what
                + "; this is a defect, please report it with the command line that caused it");
        return Main.INTERNAL;
    }

    /**
     * A message without the class names and H2 error codes libraries put in them, and only its first line
     * (H2 appends the SQL statement on the next ones).
     */
    static String clean(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.strip().lines().findFirst().orElse("");
        int statement = firstLine.indexOf("; SQL statement:");
        if (statement >= 0) {
            firstLine = firstLine.substring(0, statement);
        }
        return H2_CODE.matcher(CLASS_NAME.matcher(firstLine).replaceAll("")).replaceAll("").strip();
    }
}
