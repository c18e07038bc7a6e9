-- What the connector keeps per node (the agent's pinned certificate, how far its reports were ingested,
-- which desired-state generation it holds) and what the reports bring (reported state, health,
-- connection parameters, promise results, usage records), each idempotent per (node, seq).
ALTER TABLE node ADD COLUMN fingerprint VARCHAR(64);
ALTER TABLE node ADD COLUMN report_cursor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE node ADD COLUMN pushed_generation BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE node ADD COLUMN last_report_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE node ADD COLUMN last_sync_error VARCHAR(1000);
ALTER TABLE node ADD COLUMN revoked BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE instance ADD COLUMN healthy BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE instance ADD COLUMN connection_parameters TEXT;
ALTER TABLE instance ADD COLUMN reported_error VARCHAR(2000);
ALTER TABLE instance ADD COLUMN last_report_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE promise_result (
    node_id      VARCHAR(255)  NOT NULL REFERENCES node (id),
    seq          BIGINT        NOT NULL,
    instance_id  BIGINT        NOT NULL,
    name         VARCHAR(63)   NOT NULL,
    ok           BOOLEAN       NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (node_id, seq)
);
CREATE INDEX promise_result_by_instance ON promise_result (instance_id, checked_at);

CREATE TABLE usage_record (
    node_id          VARCHAR(255) NOT NULL REFERENCES node (id),
    seq              BIGINT       NOT NULL,
    instance_id      BIGINT       NOT NULL,
    period_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    period_to        TIMESTAMP WITH TIME ZONE NOT NULL,
    cpu_seconds      DECIMAL(18, 6) NOT NULL,
    memory_mb_hours  DECIMAL(18, 6) NOT NULL,
    disk_mb_hours    DECIMAL(18, 6) NOT NULL,
    instance_hours   DECIMAL(18, 6) NOT NULL,
    PRIMARY KEY (node_id, seq)
);
CREATE INDEX usage_record_by_instance ON usage_record (instance_id, period_from);

CREATE TABLE node_event (
    node_id    VARCHAR(255)  NOT NULL REFERENCES node (id),
    seq        BIGINT        NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (node_id, seq)
);
