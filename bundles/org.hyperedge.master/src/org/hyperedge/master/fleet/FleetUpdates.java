package org.hyperedge.master.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.InternalEList;
import org.hyperedge.master.fleet.FleetFacts.InstanceFacts;
import org.hyperedge.master.fleet.FleetFacts.NodeFacts;
import org.hyperedge.master.fleet.FleetFacts.PartitionFacts;
import org.hyperedge.master.fleet.FleetFacts.PromiseFacts;
import org.hyperedge.master.view.ConnectionUrls;
import org.hyperedge.model.Entry;
import org.hyperedge.model.Fleet;
import org.hyperedge.model.HyperEdgeFactory;
import org.hyperedge.model.HyperEdgePackage.Literals;
import org.hyperedge.model.Instance;
import org.hyperedge.model.InstanceTree;
import org.hyperedge.model.Node;
import org.hyperedge.model.Partition;
import org.hyperedge.model.PromiseResult;
import org.hyperedge.model.ReportedState;
import org.hyperedge.model.RequestedState;
import org.hyperedge.model.Site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Applies what was read to the fleet's EMF objects, setting only what differs, so that the model's observers
 * are told of real changes and nothing else. Not thread-safe: {@link FleetModel} calls it under its lock.
 */
final class FleetUpdates {

    private static final HyperEdgeFactory MAKE = HyperEdgeFactory.eINSTANCE;
    private static final JsonFactory JSON = new JsonFactory();

    private final Fleet fleet;
    private final Adapter notifier;
    final Map<String, Site> sites = new HashMap<>();
    final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Map<String, Partition>> partitions = new HashMap<>();
    final Map<Long, InstanceTree> trees = new HashMap<>();
    final Map<Long, Instance> instances = new HashMap<>();

    FleetUpdates(Fleet fleet, Adapter notifier) {
        this.fleet = fleet;
        this.notifier = notifier;
        fleet.eAdapters().add(notifier);
    }

    /** Applies the facts; the instances whose own or node's facts changed, for the index. */
    Set<Instance> apply(FleetFacts facts) {
        Set<Instance> changed = new LinkedHashSet<>();
        for (NodeFacts node : facts.nodes()) {
            node(node);
        }
        for (PartitionFacts partition : facts.partitions()) {
            partition(partition);
        }
        for (InstanceFacts instance : facts.instances()) {
            changed.add(instance(instance));
        }
        for (InstanceFacts instance : facts.instances()) {
            references(instance);
        }
        Map<Long, List<PromiseFacts>> promises = new LinkedHashMap<>();
        facts.instances().forEach(instance -> promises.put(instance.id(), new ArrayList<>()));
        for (PromiseFacts promise : facts.promises()) {
            promises.computeIfAbsent(promise.instanceId(), id -> new ArrayList<>()).add(promise);
        }
        promises.forEach((id, results) -> {
            Instance instance = instances.get(id);
            if (instance != null) {
                promiseResults(instance, results);
            }
        });
        return changed;
    }

    private void node(NodeFacts facts) {
        Site site = sites.computeIfAbsent(facts.site(), name -> {
            Site made = MAKE.createSite();
            made.setName(name);
            made.eAdapters().add(notifier);
            fleet.getSites().add(made);
            return made;
        });
        Node node = nodes.get(facts.id());
        boolean made = node == null;
        if (made) {
            node = MAKE.createNode();
            node.setId(facts.id());
            nodes.put(facts.id(), node);
        } else if (node.getSite() != site) {
            site.getNodes().add(node);
        }
        set(node, Literals.NODE__ADDRESS, facts.address());
        set(node, Literals.NODE__CPU_MILLIS, facts.cpuMillis());
        set(node, Literals.NODE__MEMORY_MB, facts.memoryMb());
        set(node, Literals.NODE__DISK_MB, facts.diskMb());
        set(node, Literals.NODE__LAST_REPORT, date(facts.lastReport()));
        set(node, Literals.NODE__USED_CPU_MILLIS, facts.usedCpuMillis());
        set(node, Literals.NODE__USED_MEMORY_MB, facts.usedMemoryMb());
        set(node, Literals.NODE__USED_DISK_MB, facts.usedDiskMb());
        set(node, Literals.NODE__SYNC_ERROR, facts.syncError());
        set(node, Literals.NODE__ADOPTED, facts.adopted());
        set(node, Literals.NODE__REVOKED, facts.revoked());
        set(node, Literals.NODE__DIALLING, facts.dialling());
        set(node, Literals.NODE__DIALLED_FROM, facts.dialledFrom());
        set(node, Literals.NODE__PATH_FAILURE, facts.pathFailure());
        set(node, Literals.NODE__CLOCK_SKEW_MS, facts.clockSkewMs());
        set(node, Literals.NODE__CLOCK_CHECKED_AT, date(facts.clockCheckedAt()));
        labels(node, facts.labels());
        FederationSummaries.apply(node, facts.told());
        if (made) {
            node.eAdapters().add(notifier);
            site.getNodes().add(node);
        }
    }

    private void partition(PartitionFacts facts) {
        Node node = nodes.get(facts.nodeId());
        if (node == null) {
            return;
        }
        Map<String, Partition> ofNode = partitions.computeIfAbsent(facts.nodeId(), id -> new HashMap<>());
        if (!ofNode.containsKey(facts.reference())) {
            Partition partition = MAKE.createPartition();
            partition.setReference(facts.reference());
            partition.setFirstPort(facts.firstPort());
            partition.setLastPort(facts.lastPort());
            ((InternalEList<Partition>) node.getPartitions()).addUnique(partition);
            ofNode.put(facts.reference(), partition);
        }
    }

    private Instance instance(InstanceFacts facts) {
        InstanceTree tree = trees.computeIfAbsent(facts.treeId(), id -> {
            InstanceTree made = MAKE.createInstanceTree();
            made.setId(id);
            made.setProject(facts.project());
            made.eAdapters().add(notifier);
            // new, so not in the list: no need for the list to look for it first
            ((InternalEList<InstanceTree>) fleet.getTrees()).addUnique(made);
            return made;
        });
        Instance instance = instances.get(facts.id());
        boolean made = instance == null;
        if (made) {
            // filled before it joins the model, so its first values make one notification (the add), not fifteen
            instance = MAKE.createInstance();
            instance.setId(facts.id());
            instances.put(facts.id(), instance);
        }
        set(instance, Literals.INSTANCE__TITLE, facts.title());
        set(instance, Literals.INSTANCE__RELEASE_ID, facts.releaseId());
        set(instance, Literals.INSTANCE__SOFTWARE_TYPE, facts.softwareType());
        set(instance, Literals.INSTANCE__REQUESTED_STATE, RequestedState.get(facts.requestedState()));
        ReportedState reported = ReportedState.get(facts.reportedState());
        set(instance, Literals.INSTANCE__REPORTED_STATE, reported == null ? ReportedState.UNKNOWN : reported);
        set(instance, Literals.INSTANCE__HEALTHY, facts.healthy());
        set(instance, Literals.INSTANCE__LAST_REPORT, date(facts.lastReport()));
        set(instance, Literals.INSTANCE__PENDING_REASON, facts.pendingReason());
        set(instance, Literals.INSTANCE__ERROR, facts.error());
        set(instance, Literals.INSTANCE__SHARED, facts.hostId() != null);
        connection(instance, facts.connectionParameters());
        if (made) {
            instance.eAdapters().add(notifier);
            ((InternalEList<Instance>) tree.getInstances()).addUnique(instance);
        }
        return instance;
    }

    /** Parents, hosts and partitions, once every instance of the read exists. */
    private void references(InstanceFacts facts) {
        Instance instance = instances.get(facts.id());
        set(instance, Literals.INSTANCE__PARENT, facts.parentId() == null ? null : instances.get(facts.parentId()));
        set(instance, Literals.INSTANCE__HOST, facts.hostId() == null ? null : instances.get(facts.hostId()));
        Map<String, Partition> ofNode = facts.nodeId() == null ? null : partitions.get(facts.nodeId());
        set(instance, Literals.INSTANCE__PARTITION, ofNode == null ? null : ofNode.get(facts.partition()));
        if (facts.parentId() == null) {
            set(instance.getTree(), Literals.INSTANCE_TREE__ROOT, instance);
        }
    }

    /** The node's labels as entries, in name order, replaced as a whole when any differs. */
    private static void labels(Node node, Map<String, String> labels) {
        List<Entry> current = node.getLabels();
        boolean same = current.size() == labels.size();
        if (same) {
            int i = 0;
            for (Map.Entry<String, String> label : labels.entrySet()) {
                Entry entry = current.get(i++);
                same &= entry.getKey().equals(label.getKey()) && Objects.equals(entry.getValue(), label.getValue());
            }
        }
        if (!same) {
            List<Entry> entries = new ArrayList<>();
            labels.forEach((key, value) -> {
                Entry entry = MAKE.createEntry();
                entry.setKey(key);
                entry.setValue(value);
                entries.add(entry);
            });
            current.clear();
            current.addAll(entries);
        }
    }

    /** The connection parameters as entries, in their JSON order; values that are not strings as JSON text. */
    private static void connection(Instance instance, String json) {
        Map<String, String> parameters = parse(json);
        List<Entry> current = instance.getConnectionParameters();
        boolean same = current.size() == parameters.size();
        if (same) {
            int i = 0;
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                Entry entry = current.get(i++);
                same &= entry.getKey().equals(parameter.getKey()) && Objects.equals(entry.getValue(), parameter.getValue());
            }
        }
        if (!same) {
            List<Entry> entries = new ArrayList<>();
            parameters.forEach((key, value) -> {
                Entry entry = MAKE.createEntry();
                entry.setKey(key);
                entry.setValue(value);
                entries.add(entry);
            });
            instance.getConnectionParameters().clear();
            instance.getConnectionParameters().addAll(entries);
        }
        set(instance, Literals.INSTANCE__URL, ConnectionUrls.first(json));
    }

    private static void promiseResults(Instance instance, List<PromiseFacts> results) {
        List<PromiseResult> current = instance.getPromiseResults();
        boolean same = current.size() == results.size();
        for (int i = 0; same && i < results.size(); i++) {
            PromiseResult result = current.get(i);
            PromiseFacts facts = results.get(i);
            same = result.getPromise().equals(facts.name()) && result.isSuccess() == facts.ok()
                    && Objects.equals(result.getMessage(), facts.message())
                    && Objects.equals(result.getCheckedAt(), date(facts.checkedAt()));
        }
        if (!same) {
            List<PromiseResult> made = new ArrayList<>();
            for (PromiseFacts facts : results) {
                PromiseResult result = MAKE.createPromiseResult();
                result.setPromise(facts.name());
                result.setSuccess(facts.ok());
                result.setMessage(facts.message());
                result.setCheckedAt(date(facts.checkedAt()));
                made.add(result);
            }
            current.clear();
            current.addAll(made);
        }
    }

    /** Sets the feature when its value differs, so that only real changes notify. */
    private static void set(EObject object, EStructuralFeature feature, Object value) {
        if (!Objects.equals(object.eGet(feature), value)) {
            object.eSet(feature, value);
        }
    }

    private static Map<String, String> parse(String json) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (json == null || json.length() < 2) {
            return parameters;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return parameters;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    parameters.put(name, null);
                } else {
                    parameters.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
                }
            }
        } catch (java.io.IOException e) {
            // what could be read stands: a published value the master cannot parse is not the model's to fix
        }
        return parameters;
    }


    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
