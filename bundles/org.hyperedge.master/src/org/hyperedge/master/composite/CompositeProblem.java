package org.hyperedge.master.composite;

import org.hyperedge.model.Link;

/**
 * One thing wrong with a composite service: its kind, the service node it is about ({@code null} when it
 * is about the composite as a whole), the link it is about ({@code null} when none) and a message that
 * names what is wrong, for a marker on the canvas or a line on a terminal.
 */
public record CompositeProblem(Kind kind, String nodeTitle, Link link, String message) {

    public enum Kind {
        /** the node's title is empty, too long or holds a path separator or control character */
        INVALID_TITLE,
        /** two nodes have the same title */
        DUPLICATE_TITLE,
        /** the node's release is not in the catalog */
        UNKNOWN_RELEASE,
        /** the release has no such software type */
        UNKNOWN_TYPE,
        /** a required parameter is neither set nor linked, and its schema gives no default */
        MISSING_REQUIRED,
        /** a parameter's value breaks the schema */
        INVALID_PARAMETER,
        /** the node's SLA filter cannot be read */
        INVALID_SLA,
        /** a link (or a set value, where the schema allows no other) names a parameter the type does not have */
        UNKNOWN_PARAMETER,
        /** a link takes a connection parameter its source's type does not publish */
        UNKNOWN_CONNECTION_PARAMETER,
        /** a link's connection parameter cannot fill its parameter (their schemas' types or formats differ) */
        INCOMPATIBLE_LINK,
        /** a link's source or target is missing or not a node of this composite */
        DANGLING_LINK,
        /** the same parameter of a node is linked more than once */
        DUPLICATE_LINK,
        /** links form a cycle, so no service of it could ever start */
        CYCLE
    }

    @Override
    public String toString() {
        return kind + (nodeTitle == null ? "" : " [" + nodeTitle + "]") + ": " + message;
    }
}
