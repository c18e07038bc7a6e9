-- A dialled node with several addresses (issue 18, item 3): the master reaches it over whichever path works. The
-- first address stays in node.address; all of them, in the order they are tried, are kept here, comma-separated
-- (NULL: the node has only node.address). path_in_use is the address the connector's last call went over, for the
-- operator; last_path_failure (V18) says why the last path was left.
ALTER TABLE node ADD COLUMN addresses VARCHAR(2000);
ALTER TABLE node ADD COLUMN path_in_use VARCHAR(255);
