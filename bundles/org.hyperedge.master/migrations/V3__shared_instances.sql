-- A shared instance lives inside another instance's partition (a slave in SlapOS terms): its host.
ALTER TABLE instance ADD COLUMN host_id BIGINT REFERENCES instance (id);
CREATE INDEX instance_by_host ON instance (host_id);
