-- Instance data backups (issue 23): every backup a node reported of an instance, when the master's software cache
-- got its file (pulled from the node), and the replica node chosen to hold a copy too, and when it got it; what an
-- operator asks of them rides on the instance: a backup now (a serial that grows, as bang_serial does) and the backup
-- a new partition of a lost instance is restored from.
CREATE TABLE instance_backup (
    instance_id  BIGINT       NOT NULL REFERENCES instance (id),
    sha256       VARCHAR(64)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    node_id      VARCHAR(255) NOT NULL,
    stored_at    TIMESTAMP WITH TIME ZONE,
    replica_node VARCHAR(255),
    replicated_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (instance_id, sha256)
);
CREATE INDEX instance_backup_latest ON instance_backup (instance_id, taken_at);
CREATE INDEX instance_backup_unstored ON instance_backup (node_id, stored_at);
CREATE INDEX instance_backup_unreplicated ON instance_backup (replica_node, replicated_at);

ALTER TABLE instance ADD COLUMN backup_serial BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE instance ADD COLUMN restore_sha256 VARCHAR(64);
ALTER TABLE instance ADD COLUMN restore_size BIGINT DEFAULT 0 NOT NULL;
