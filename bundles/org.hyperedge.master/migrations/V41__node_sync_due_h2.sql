-- on H2 only
-- V40 in H2's words: a computed column (H2 has no STORED keyword), indexed.
ALTER TABLE node ADD COLUMN sync_due BOOLEAN GENERATED ALWAYS AS (dialling = FALSE OR generation <> pushed_generation);
CREATE INDEX node_sync_due ON node (sync_due, id);
