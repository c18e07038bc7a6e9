-- on PostgreSQL only
-- One notice per committed transaction instead of one per table it changed: PostgreSQL folds notices of the same
-- channel and payload within a transaction, and no listener reads the table's name (a change reloads the model
-- whole). A request changes four such tables, a report ingest up to three: each notice was one more entry in the
-- cluster-wide notify queue, written at commit under its lock, and one more wake-up of every listening process.
CREATE OR REPLACE FUNCTION hyperedge_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('hyperedge_change', ''); RETURN NULL; END $$;
