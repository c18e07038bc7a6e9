-- When the connector last counted a dialling node's open, quiet session as hearing it (issue 18): every 20 s for
-- thousands of nodes. Kept in a narrow row of its own: written into the node's wide row, each mark cost H2 a rewrite
-- and an undo record of the whole row, most of what an idle master with 10,000 sessions did. A node was last seen at
-- the later of this and its last report (NodeHeard).
CREATE TABLE node_heard (
    node_id  VARCHAR(255)             PRIMARY KEY REFERENCES node (id) ON DELETE CASCADE,
    heard_at TIMESTAMP WITH TIME ZONE NOT NULL
);
