package org.hyperedge.ui.topology.canvas;

import java.util.Optional;

import org.hyperedge.model.ServiceNode;

/** Why a link the operator draws would be refused (the types of its ends, a cycle it closes…), or empty when it may be drawn. */
@FunctionalInterface
public interface LinkChecker {

    Optional<String> refusal(ServiceNode source, String connectionParameter, ServiceNode target, String parameter);
}
