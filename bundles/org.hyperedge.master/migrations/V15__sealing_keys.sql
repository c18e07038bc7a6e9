-- Zero knowledge: secret connection values are sealed on the nodes to the keys of those allowed to read them.
-- The master keeps public keys only: each node's (it opens values sealed to it, e.g. a linked database's
-- password) and each operator's (whose private key stays in the operator's own configuration directory).
ALTER TABLE node ADD COLUMN sealing_key VARCHAR(64);
CREATE TABLE operator_key (
    name        VARCHAR(255) PRIMARY KEY,
    public_key  VARCHAR(64)  NOT NULL UNIQUE,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
