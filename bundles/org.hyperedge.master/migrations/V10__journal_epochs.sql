-- Report journals with epochs (issue 15, faults 1 and 3). Portable SQL: the same script runs on H2 and PostgreSQL.
--
-- An agent's report journal has an epoch, a random id made with the journal: a journal whose directory was wiped
-- starts numbering at 1 again under a new epoch. The master keeps the epoch it last saw of each node; report_cursor
-- counts in that epoch. Rows of report events stay keyed by (node, seq): the seq stored is report_base + the
-- agent's seq, and a new epoch moves report_base past everything stored before, so the events of a new epoch never
-- collide with those of an old one. A node whose agent has no epoch (an older agent) keeps a NULL epoch.
ALTER TABLE node ADD COLUMN journal_epoch VARCHAR(64);
ALTER TABLE node ADD COLUMN report_base BIGINT DEFAULT 0 NOT NULL;

-- One row the master updates before it forces its store to disk (store.Durability): a change of its own, so the
-- checkpoint that follows stores, waiting for the chunks H2's background writer still has queued.
CREATE TABLE store_durability (
    id      INTEGER PRIMARY KEY,
    rounds  BIGINT  NOT NULL
);
INSERT INTO store_durability (id, rounds) VALUES (1, 0);
