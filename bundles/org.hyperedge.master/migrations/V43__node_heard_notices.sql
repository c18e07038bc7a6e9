-- on PostgreSQL only
-- A heard mark moves a node's age as a report does: the consoles on a shared PostgreSQL are told (V29).
CREATE TRIGGER node_heard_changed AFTER INSERT OR UPDATE OR DELETE ON node_heard FOR EACH STATEMENT EXECUTE FUNCTION hyperedge_changed();
