-- Dial-in nodes (issue 18): a node behind NAT connects to the master instead of being dialled. It is adopted with a
-- one-time enrolment token the master printed (only its SHA-256 is kept); the node row says which way it is reached,
-- where its current session came from, and why its last session ended.
ALTER TABLE node ADD COLUMN dialling BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE node ADD COLUMN dialled_from VARCHAR(255);
ALTER TABLE node ADD COLUMN last_path_failure VARCHAR(1000);
-- a dialling agent is known by the certificate its connection presents
CREATE INDEX node_by_fingerprint ON node (fingerprint);

CREATE TABLE enrolment (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    node_name   VARCHAR(255),
    site        VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    used_by     VARCHAR(255)
);
