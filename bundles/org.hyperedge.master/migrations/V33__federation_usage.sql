-- Accounts between masters (issue 20): usage of delegated instances flows back to the delegating master, once.
-- On the serving master: per delegating peer and local node, the last usage record (the node's seq) the peer
-- acknowledged; what comes after is forwarded again, after a restart too.
CREATE TABLE federation_usage_forwarded (
    peer     VARCHAR(255) NOT NULL,
    node_id  VARCHAR(255) NOT NULL,
    seq      BIGINT       NOT NULL,
    PRIMARY KEY (peer, node_id)
);
-- On the delegating master: per federated site (its node here) and the serving master's node a record came from, the
-- last record booked; a record forwarded again (its acknowledgement lost in a restart) is not booked twice.
CREATE TABLE federation_usage_booked (
    node_id      VARCHAR(255) NOT NULL,
    source_node  VARCHAR(255) NOT NULL,
    source_seq   BIGINT       NOT NULL,
    PRIMARY KEY (node_id, source_node)
);
