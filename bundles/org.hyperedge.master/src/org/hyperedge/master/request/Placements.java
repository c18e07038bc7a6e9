package org.hyperedge.master.request;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;

import org.hyperedge.master.allocation.Allocator;
import org.hyperedge.master.allocation.Placement;
import org.hyperedge.master.allocation.SharedHosts;
import org.hyperedge.master.allocation.SlaFilter;
import org.hyperedge.master.seal.SealingRecipients;
import org.hyperedge.master.store.StoreException;
import org.hyperedge.master.ticket.Tickets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a requested instance goes, inside the request's transaction: a partition the {@link Allocator} finds, the
 * partition of a started host for a shared instance, or nowhere yet. An instance that waits keeps why on its row and
 * in one open ticket, resolved when it is placed; its dependents then seal their secret values to its node too.
 */
final class Placements {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> SLA_TYPE = new TypeReference<>() {
    };

    private Placements() {
    }

    /** Where the instance is, with its partition's ports, or why it waits. */
    static Placement placementOf(Connection connection, InstanceRecord instance) throws SQLException {
        return instance.placed() ? new Placement(instance.nodeId(), instance.partition(),
                portOf(connection, instance, true), portOf(connection, instance, false), null)
                : Placement.pending(instance.pendingReason());
    }

    private static int portOf(Connection connection, InstanceRecord instance, boolean first) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + (first ? "first_port" : "last_port")
                + " FROM node_partition WHERE node_id = ? AND reference = ?")) {
            query.setString(1, instance.nodeId());
            query.setString(2, instance.partition());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Tries again to place every pending instance; returns how many were placed. */
    static int placePending(Connection connection) throws SQLException {
        int placed = 0;
        for (InstanceRecord pending : InstanceQueries.list(connection,
                "WHERE p.node_id IS NULL AND i.requested_state <> 'destroyed' ORDER BY i.id")) {
            SlaFilter sla = slaOf(connection, pending.id());
            boolean done = pending.shared()
                    ? attachToHost(connection, pending.id(), pending.releaseId(), pending.softwareType(), sla)
                    : place(connection, pending.id(), sla).placed();
            if (done) {
                placed++;
            }
        }
        return placed;
    }

    /** A shared instance goes into a compatible host instance's partition, or waits for one. */
    static boolean attachToHost(Connection connection, long id, String releaseId, String type, SlaFilter sla)
            throws SQLException {
        Long host = SharedHosts.find(connection, releaseId, type, sla);
        if (host == null) {
            recordPending(connection, id, Placement.pending("no started instance of " + releaseId + " (" + type
                    + ") on " + sla.describe() + " to host this shared instance"));
            return false;
        }
        SharedHosts.attach(connection, id, host);
        SealingRecipients.dependentPlaced(connection, id);
        Tickets.resolve(connection, allocationCause(id));
        return true;
    }

    /** Places the instance, or records why it waits and keeps one ticket open about it. */
    static Placement place(Connection connection, long instanceId, SlaFilter sla) throws SQLException {
        Placement placement = Allocator.place(connection, instanceId, sla);
        if (placement.placed()) {
            // an instance linked to others: they seal their secret values to its node too
            SealingRecipients.dependentPlaced(connection, instanceId);
            setPendingReason(connection, instanceId, null);
            Tickets.resolve(connection, allocationCause(instanceId));
        } else {
            recordPending(connection, instanceId, placement);
        }
        return placement;
    }

    /** Why the instance waits, kept on it and in one open ticket. */
    static void recordPending(Connection connection, long instanceId, Placement placement) throws SQLException {
        setPendingReason(connection, instanceId, placement.pendingReason());
        Tickets.open(connection, allocationCause(instanceId), "instance " + instanceId,
                "cannot be placed: " + placement.pendingReason());
    }

    private static void setPendingReason(Connection connection, long instanceId, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE instance SET pending_reason = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, reason);
            update.setObject(2, OffsetDateTime.now());
            update.setLong(3, instanceId);
            update.executeUpdate();
        }
    }

    private static String allocationCause(long instanceId) {
        return "allocation:" + instanceId;
    }

    static SlaFilter slaOf(Connection connection, long instanceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT sla FROM instance WHERE id = ?")) {
            query.setLong(1, instanceId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return SlaFilter.parse(JSON.readValue(row.getString(1), SLA_TYPE));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("the stored SLA of instance " + instanceId + " is not JSON: " + e.getMessage(), e);
        }
    }

}
