-- What the console's views read: an instance's own history among its node's events, and indexes for the
-- instance table's sorting and filtering over large stores.
ALTER TABLE node_event ADD COLUMN instance_id BIGINT;
CREATE INDEX node_event_by_instance ON node_event (instance_id, seq);
CREATE INDEX instance_by_title ON instance (title, id);
CREATE INDEX instance_by_reported_state ON instance (reported_state, id);
CREATE INDEX instance_by_release ON instance (release_id, id);
CREATE INDEX instance_by_tree ON instance (tree_id, id);
-- the console's instance index reads what changed since its last look
CREATE INDEX instance_by_update ON instance (updated_at);
-- "bang": an operator asks the node to re-process the instance; the serial rides in the desired state
ALTER TABLE instance ADD COLUMN bang_serial BIGINT DEFAULT 0 NOT NULL;
-- Linked parameters: a dependent's parameter filled from a source's connection parameter once published
CREATE TABLE instance_link (
    target_id             BIGINT       NOT NULL REFERENCES instance (id),
    parameter             VARCHAR(255) NOT NULL,
    source_id             BIGINT       NOT NULL REFERENCES instance (id),
    connection_parameter  VARCHAR(255) NOT NULL,
    resolved              BOOLEAN      NOT NULL,
    PRIMARY KEY (target_id, parameter)
);
CREATE INDEX instance_link_by_source ON instance_link (source_id);
