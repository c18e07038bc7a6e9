-- The master's epoch (issue 23): 0 for a master never restored; a restore from a backup advances it, so the desired
-- states the restored master sends are newer to the nodes than those the lost master sent after the backup.
CREATE TABLE master_epoch (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    epoch BIGINT  NOT NULL
);
INSERT INTO master_epoch (id, epoch) VALUES (1, 0);
