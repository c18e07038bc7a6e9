-- Several headless masters on one PostgreSQL (issue 19): each master process has a row it keeps alive with a
-- heartbeat, and each dialled node a lease saying which master syncs it until when. A master that dies stops
-- renewing; its leases expire and the other masters take them. No foreign key to node: a lease of a node that is
-- gone is simply never asked for again.
CREATE TABLE master_process (
    id              VARCHAR(64)  PRIMARY KEY,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    listen_address  VARCHAR(255)
);

CREATE TABLE node_lease (
    node_id     VARCHAR(255) PRIMARY KEY,
    master_id   VARCHAR(64),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX node_lease_by_master ON node_lease (master_id);
