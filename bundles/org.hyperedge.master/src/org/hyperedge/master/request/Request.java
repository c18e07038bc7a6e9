package org.hyperedge.master.request;

import org.hyperedge.model.RequestedState;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Give me this service": a title, a release and software type, parameters, an SLA filter and a
 * requested state. Without a parent it is the root of a new (or its existing) instance tree; with one
 * it belongs to the parent's tree.
 */
public record Request(String title, String releaseId, String softwareType, ObjectNode parameters,
        Map<String, String> sla, RequestedState state, boolean shared, Long parentId, Map<String, ParameterLink> links) {

    public Request {
        links = links == null ? Map.of() : Map.copyOf(links);
    }

    public Request(String title, String releaseId, String softwareType, ObjectNode parameters, Map<String, String> sla,
            RequestedState state, boolean shared, Long parentId) {
        this(title, releaseId, softwareType, parameters, sla, state, shared, parentId, Map.of());
    }

    public static Request root(String title, String releaseId, String softwareType, ObjectNode parameters) {
        return new Request(title, releaseId, softwareType, parameters, Map.of(), RequestedState.STARTED, false, null);
    }

    public Request withState(RequestedState newState) {
        return new Request(title, releaseId, softwareType, parameters, sla, newState, shared, parentId, links);
    }

    public Request withParent(long parent) {
        return new Request(title, releaseId, softwareType, parameters, sla, state, shared, parent, links);
    }

    public Request withShared(boolean newShared) {
        return new Request(title, releaseId, softwareType, parameters, sla, state, newShared, parentId, links);
    }

    public Request withSla(Map<String, String> newSla) {
        return new Request(title, releaseId, softwareType, parameters, newSla, state, shared, parentId, links);
    }

    /** Parameters that come from connection parameters of other instances of the same tree, by parameter name. */
    public Request withLinks(Map<String, ParameterLink> newLinks) {
        return new Request(title, releaseId, softwareType, parameters, sla, state, shared, parentId, newLinks);
    }
}
