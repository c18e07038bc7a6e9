package org.hyperedge.connector.federation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.master.Master;
import org.hyperedge.master.federation.DelegatedInstances;
import org.hyperedge.master.federation.DelegatedInstances.Delegated;
import org.hyperedge.master.request.InstanceRecord;
import org.hyperedge.master.request.Request;
import org.hyperedge.master.request.RequestRefused;
import org.hyperedge.master.request.RequestedStates;
import org.hyperedge.model.RequestedState;
import org.hyperedge.protocol.desired.DesiredState;
import org.hyperedge.protocol.desired.DesiredState.PartitionState;

/**
 * A peer's desired state for its federated site, applied here as requests: each instance it places on this master
 * becomes a request titled after the peer and its instance ({@code A #12 db1}), requested again at every push (an
 * update when nothing changed), in the state the peer asks; an instance the peer no longer lists is destroyed here.
 * This master places and runs them on its own nodes. Refused requests (a loop, a release this catalog lacks) are
 * recorded with their reason, which the reports carry back.
 */
final class DelegatedDesired {

    /**
     * The most keys a peer may ask one delegated instance's secret values to be sealed to: its operators and its
     * nodes that link to the instance. More is refused: each is an X25519 agreement on this master's node.
     */
    static final int MAX_SEAL_TO = 64;

    /** How a request this master refused begins, as the peer shows it. */
    static final String REFUSED = "refused by the federated master: ";

    private final Master master;
    private final DelegatedInstances delegated;
    private final String self;

    DelegatedDesired(Master master, String self) {
        this.master = master;
        this.delegated = master.delegatedInstances();
        this.self = self;
    }

    /**
     * Why the peer's document cannot be applied, or null: an instance whose secret values it asks sealed to more keys
     * than {@link #MAX_SEAL_TO} (a key that does not read is refused as the document is read).
     */
    static String refusal(DesiredState desired) {
        for (PartitionState partition : desired.partitions()) {
            if (partition.sealTo().size() > MAX_SEAL_TO) {
                return "desired state: instance " + partition.instanceId() + " is to be sealed to " + partition.sealTo().size()
                        + " keys, more than the " + MAX_SEAL_TO + " a delegated instance may name: nothing applied";
            }
        }
        return null;
    }

    /** Applies the peer's document; {@code chains} by instance id, as the push carried them. */
    void apply(String peer, String peerFingerprint, DesiredState desired, Map<Long, List<String>> chains) {
        Map<Long, Delegated> before = new HashMap<>();
        delegated.of(peer).forEach(d -> before.put(d.remoteId(), d));
        for (PartitionState partition : desired.partitions()) {
            if (partition.instanceId() <= 0) {
                continue;
            }
            Delegated known = before.remove(partition.instanceId());
            List<String> chain = chains.getOrDefault(partition.instanceId(), List.of(peerFingerprint));
            String loop = FederationChain.refusal(chain, self);
            if (loop != null) {
                if (known == null || known.refused() == null) {
                    System.err.println("hyperedge master: instance " + partition.instanceId() + " of federated master '"
                            + peer + "' " + loop);
                }
                delegated.record(peer, partition.instanceId(), null, chain, loop, List.of());
                continue;
            }
            String refused = null;
            Long local = null;
            try {
                InstanceRecord requested = master.requests().request(new Request(title(peer, partition),
                        partition.releaseId(), partition.softwareType(), partition.parameters(), Map.of(),
                        RequestedStates.parse(partition.state()), false, null));
                local = requested.id();
                if (known == null || known.instanceId() == null) {
                    DelegationProjects.assign(master, peer, requested.title());
                }
            } catch (RequestRefused e) {
                refused = REFUSED + e.getMessage();
            } catch (IllegalArgumentException e) {
                refused = REFUSED + e.getMessage();
            }
            long bang = known == null ? partition.bang() : banged(known, local, partition.bang());
            if (known == null || !java.util.Objects.equals(known.instanceId(), local)
                    || !java.util.Objects.equals(known.refused(), refused) || !known.chain().equals(chain)
                    || known.bang() != bang || !known.sealTo().equals(partition.sealTo())) {
                // the peer's operators (and its nodes linked to the instance) read its secret values too
                delegated.record(peer, partition.instanceId(), local, chain, refused, bang, partition.sealTo());
            }
        }
        for (Delegated gone : before.values()) {
            // no longer placed here by the peer: it was destroyed there, and is destroyed here
            if (gone.instanceId() != null) {
                try {
                    master.requests().changeState(gone.instanceId(), RequestedState.DESTROYED);
                } catch (RequestRefused e) {
                    // destroyed (and gone) already
                }
            }
            delegated.forget(peer, gone.remoteId());
        }
    }

    /**
     * A bang the peer asked since the last push this master acted on (its serial grew): the local instance is banged,
     * so its node processes it again from its files up. The serial is taken as acted on either way: a bang asked of
     * an instance not started here has nothing to re-process, and a push seen again is no new bang.
     */
    private long banged(Delegated known, Long local, long serial) {
        if (serial <= known.bang()) {
            return known.bang();
        }
        if (local != null) {
            try {
                master.requests().bang(local);
            } catch (RequestRefused e) {
                System.err.println("hyperedge master: bang of instance " + known.remoteId() + " of federated master '"
                        + known.peer() + "' not done here: " + e.getMessage());
            }
        }
        return serial;
    }

    /** The local title of a peer's instance: the peer, its instance id (unique there) and its own title. */
    static String title(String peer, PartitionState partition) {
        String title = peer + " #" + partition.instanceId() + " " + partition.title().replace('/', '-').replace('\\', '-');
        return title.length() <= 255 ? title : title.substring(0, 255);
    }
}
