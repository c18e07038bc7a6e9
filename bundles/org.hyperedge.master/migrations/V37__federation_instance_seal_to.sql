-- The keys a delegating master asks this one to seal a delegated instance's secret connection values to, beside this
-- master's own recipients (issue 20 with issue 16's zero knowledge): its operators' keys, and its nodes' that host
-- instances linked to it. Public keys only, URL-safe base64, comma-separated; NULL or empty: none.
ALTER TABLE federation_instance ADD COLUMN seal_to VARCHAR(4000);
-- the desired state of a node looks up, per instance it hosts, whether a peer delegated it
CREATE INDEX federation_instance_by_instance ON federation_instance (instance_id);
