-- Federation (issue 20): what each federated site (a master this one delegates to) last told of itself: its nodes,
-- their partitions free and in all, and its catalog (the summary's JSON as the protocol writes it), with when.
CREATE TABLE federation_site (
    name             VARCHAR(255) PRIMARY KEY,
    nodes            INTEGER      NOT NULL,
    free_partitions  INTEGER      NOT NULL,
    partitions       INTEGER      NOT NULL,
    releases         INTEGER      NOT NULL,
    summary          TEXT         NOT NULL,
    told_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
