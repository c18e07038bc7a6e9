package org.hyperedge.protocol.release;

import java.util.List;
import java.util.stream.Collectors;

/** A release descriptor that cannot be used, with every problem found, each named by its JSON path. */
public class InvalidDescriptorException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    public InvalidDescriptorException(String source, List<Problem> problems) {
        super(source + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** The file or other origin of the document. */
    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }
}
