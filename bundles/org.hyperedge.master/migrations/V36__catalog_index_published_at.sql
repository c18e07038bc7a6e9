-- A catalog source remembers when the index it last took was published (issue 22, the catalog to subscribe to): an
-- index signed earlier than that is a replay (an old signed index served again to hide newer releases and fixes) and
-- is refused. NULL for a source recorded before this column: its next index is taken whatever its date.
ALTER TABLE catalog_source ADD COLUMN index_published_at TIMESTAMP WITH TIME ZONE;
