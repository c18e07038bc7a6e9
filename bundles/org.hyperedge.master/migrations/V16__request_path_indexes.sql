-- Indexes that every request wrote and no query needs (issue 17: the request path got slower than at a91ac74).
-- instance (tree_id, id) repeats the unique (tree_id, title): a tree's instances are found by that one (a tree
-- holds at most 1,000, sorted by id in memory), and on H2 also by the index of the foreign key on tree_id.
DROP INDEX instance_by_tree;
-- node_partition (node_id, instance_id): a node's partitions are read by the primary key (node_id, reference), an
-- instance's partition by the unique instance_id; the allocator reads the node's partitions by its primary key.
DROP INDEX partition_free;
-- H2 gave the foreign key on instance_tree.project an index of its own before instance_tree_by_project was made,
-- so a new tree wrote two indexes on project; made again, the constraint uses instance_tree_by_project (PostgreSQL
-- never makes indexes for foreign keys, so there it had one and keeps it).
ALTER TABLE instance_tree DROP CONSTRAINT instance_tree_project;
ALTER TABLE instance_tree ADD CONSTRAINT instance_tree_project FOREIGN KEY (project) REFERENCES project (name);
