-- Unstable links between masters (issue 20, item 4): what a serving master owes a delegating peer is kept here until
-- the peer acknowledges it, so a serving master killed at any point loses nothing and says nothing twice.
-- Per peer: the journal's epoch (made once, kept across restarts), its last seq, the last seq the peer acknowledged,
-- the node id the peer knows this master by (its report pages name it), and the desired state of the peer applied
-- last (its epoch and generation): a push that is not newer is acknowledged and not applied again.
CREATE TABLE federation_journal_head (
    peer              VARCHAR(255) PRIMARY KEY,
    epoch             VARCHAR(64)  NOT NULL,
    last_seq          BIGINT       NOT NULL,
    acknowledged_seq  BIGINT       NOT NULL,
    node_name         VARCHAR(255),
    held_epoch        BIGINT       NOT NULL,
    held_generation   BIGINT       NOT NULL
);
-- The events the peer did not acknowledge yet, in the node protocol's terms; a usage event names the usage record here
-- it forwards (usage_node, usage_seq), written down as forwarded when the peer acknowledges the event.
CREATE TABLE federation_journal_event (
    peer         VARCHAR(255) NOT NULL,
    seq          BIGINT       NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    reference    VARCHAR(255) NOT NULL,
    remote_id    BIGINT       NOT NULL,
    data         TEXT         NOT NULL,
    usage_node   VARCHAR(255),
    usage_seq    BIGINT,
    PRIMARY KEY (peer, seq)
);
-- What was said last of each delegated instance (its state, health, connection, error): a change is journaled once.
CREATE TABLE federation_journal_said (
    peer       VARCHAR(255) NOT NULL,
    remote_id  BIGINT       NOT NULL,
    said       TEXT         NOT NULL,
    PRIMARY KEY (peer, remote_id)
);
