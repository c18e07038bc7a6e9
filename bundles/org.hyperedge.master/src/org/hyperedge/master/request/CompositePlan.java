package org.hyperedge.master.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.model.CompositeService;
import org.hyperedge.model.Entry;
import org.hyperedge.model.ServiceNode;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The requests a composite service stands for, one per service node, in the composite's order. */
public final class CompositePlan {

    private CompositePlan() {
    }

    public static List<Request> requests(CompositeService composite) {
        List<Request> requests = new ArrayList<>();
        for (ServiceNode node : composite.getNodes()) {
            ObjectNode parameters = JsonNodeFactory.instance.objectNode();
            for (Entry parameter : node.getParameters()) {
                parameters.put(parameter.getKey(), parameter.getValue());
            }
            Map<String, String> sla = new LinkedHashMap<>();
            for (Entry entry : node.getSla()) {
                sla.put(entry.getKey(), entry.getValue());
            }
            requests.add(new Request(node.getTitle(), node.getReleaseId(),
                    node.getSoftwareType() == null ? "default" : node.getSoftwareType(), parameters, sla,
                    RequestedState.STARTED, node.isShared(), null));
        }
        return requests;
    }
}
