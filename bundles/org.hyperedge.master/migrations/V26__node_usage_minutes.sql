-- Node usage per minute, for the Admin Monitoring charts of the last hour and day (minute resolution). Portable SQL:
-- the same script runs on H2 and PostgreSQL.

-- Usage per node and UTC minute (minutes since 1970-01-01), booked in the same transaction as the usage records of
-- each ingested report page, so exactly once, like the node hours. A record is spread over the minutes its period
-- covers, in proportion to the time it spent in each, so a record of five minutes does not make one minute's spike.
-- Only the minutes of the last two days are booked and kept (the retention pass deletes older ones): the hours
-- answer for longer ranges, and the table stays small however long the master runs.
CREATE TABLE node_usage_minute (
    usage_minute     INTEGER        NOT NULL,
    node_id          VARCHAR(255)   NOT NULL,
    cpu_seconds      DECIMAL(24, 6) NOT NULL,
    memory_mb_hours  DECIMAL(24, 6) NOT NULL,
    disk_mb_hours    DECIMAL(24, 6) NOT NULL,
    instance_hours   DECIMAL(24, 6) NOT NULL,
    records          INTEGER        NOT NULL,
    PRIMARY KEY (usage_minute, node_id)
);
