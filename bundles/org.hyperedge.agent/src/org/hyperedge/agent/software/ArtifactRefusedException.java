package org.hyperedge.agent.software;

/** An artifact whose content is not what its name (sha256) says, or too large: never stored, never used. */
public final class ArtifactRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArtifactRefusedException(String message) {
        super(message);
    }
}
