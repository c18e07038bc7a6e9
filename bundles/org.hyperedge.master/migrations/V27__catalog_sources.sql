-- Catalog sources (issue 22, the catalog to subscribe to): a directory holding a catalog index a publisher signed,
-- and the fingerprint of the publisher this master trusts for it. Portable SQL: the same script runs on H2 and
-- PostgreSQL.
CREATE TABLE catalog_source (
    name                 VARCHAR(64)   PRIMARY KEY,
    location             VARCHAR(4096) NOT NULL,
    trusted_fingerprint  VARCHAR(64)   NOT NULL,
    added_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE
);

-- Where each release came from: 'builtin', 'imported' (catalog import, a site bundle) or a catalog source's name.
ALTER TABLE software_release ADD COLUMN origin VARCHAR(255);
UPDATE software_release SET origin = 'builtin' WHERE id LIKE 'builtin:%';
