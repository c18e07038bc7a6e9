-- Clocks: how far each node's clock is off the master's, as the master measured it around its report requests
-- (agent clock minus master clock, in milliseconds, and when it was measured), and when each history row reached
-- the master by the master's own clock: the retention policy goes by that, never by a node's clock alone.
ALTER TABLE node ADD COLUMN clock_skew_ms BIGINT;
ALTER TABLE node ADD COLUMN clock_checked_at TIMESTAMP WITH TIME ZONE;
-- rows from before this migration keep no arrival time (NULL): the retention policy goes by their own time
ALTER TABLE promise_result ADD COLUMN received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE promise_result ALTER COLUMN received_at SET DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE node_event ADD COLUMN received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE node_event ALTER COLUMN received_at SET DEFAULT CURRENT_TIMESTAMP;
