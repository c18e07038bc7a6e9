-- on PostgreSQL only
-- Every statement that changes what the consoles' models show tells the other processes on this database at
-- its commit (LISTEN hyperedge_change): a console on a shared PostgreSQL follows the CLI, the masters and the
-- other consoles at once, without polling. PostgreSQL sends one notice per table and transaction.
CREATE FUNCTION hyperedge_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('hyperedge_change', TG_TABLE_NAME); RETURN NULL; END $$;
CREATE TRIGGER software_release_changed AFTER INSERT OR UPDATE OR DELETE ON software_release FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER instance_tree_changed AFTER INSERT OR UPDATE OR DELETE ON instance_tree FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER instance_changed AFTER INSERT OR UPDATE OR DELETE ON instance FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER site_changed AFTER INSERT OR UPDATE OR DELETE ON site FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER node_changed AFTER INSERT OR UPDATE OR DELETE ON node FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER node_partition_changed AFTER INSERT OR UPDATE OR DELETE ON node_partition FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER promise_state_changed AFTER INSERT OR UPDATE OR DELETE ON promise_state FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
CREATE TRIGGER ticket_changed AFTER INSERT OR UPDATE OR DELETE ON ticket FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
