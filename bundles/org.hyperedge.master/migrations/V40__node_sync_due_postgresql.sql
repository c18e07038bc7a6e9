-- on PostgreSQL only
-- Whether a sync round between whole rounds reads the node (a dialled node, or a dialling one with a desired state
-- not pushed yet), kept by the database and indexed: the connector asked for it every period by scanning every
-- node, 10,000 idle dialling nodes four times a second (issue 18). V41 is the same in H2's words.
ALTER TABLE node ADD COLUMN sync_due BOOLEAN GENERATED ALWAYS AS (dialling = FALSE OR generation <> pushed_generation) STORED;
CREATE INDEX node_sync_due ON node (sync_due, id);
