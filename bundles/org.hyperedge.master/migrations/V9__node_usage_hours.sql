-- Node usage per hour, for the Admin Monitoring charts (CPU cores and memory per node). Portable SQL: the same
-- script runs on H2 and PostgreSQL.

-- Usage per node and UTC hour (hours since 1970-01-01, of the hour a record's period starts in), booked in the
-- same transaction as the usage records of each ingested report page, so exactly once, like the usage ledger.
-- A chart of the last 24 hours reads 24 rows per node here instead of every usage record of the day. Keyed by
-- hour first: a chart asks for a range of hours across every node.
CREATE TABLE node_usage_hour (
    usage_hour       INTEGER        NOT NULL,
    node_id          VARCHAR(255)   NOT NULL,
    cpu_seconds      DECIMAL(24, 6) NOT NULL,
    memory_mb_hours  DECIMAL(24, 6) NOT NULL,
    disk_mb_hours    DECIMAL(24, 6) NOT NULL,
    instance_hours   DECIMAL(24, 6) NOT NULL,
    records          INTEGER        NOT NULL,
    PRIMARY KEY (usage_hour, node_id)
);
INSERT INTO node_usage_hour (usage_hour, node_id, cpu_seconds, memory_mb_hours, disk_mb_hours, instance_hours, records)
SELECT h.usage_hour, h.node_id, SUM(h.cpu_seconds), SUM(h.memory_mb_hours), SUM(h.disk_mb_hours), SUM(h.instance_hours),
       COUNT(*)
FROM (SELECT CAST(FLOOR(EXTRACT(EPOCH FROM period_from) / 3600) AS INTEGER) AS usage_hour, node_id, cpu_seconds,
             memory_mb_hours, disk_mb_hours, instance_hours FROM usage_record) h
GROUP BY h.usage_hour, h.node_id;

-- The charts were the index's reason to be; the usage export of a month scans the records instead. Every ingested
-- usage record paid for this index twice (its insert and its commit): the ingest's largest cost after the key.
DROP INDEX usage_record_by_period;
