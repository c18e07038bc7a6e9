-- Bang flows through federation (issue 20, item 2: "destroy, stop, start and bang flow through"): per delegated
-- instance, the delegating master's bang serial this master last acted on; a grown serial in a push is a bang here.
ALTER TABLE federation_instance ADD COLUMN bang BIGINT DEFAULT 0 NOT NULL;
