-- Offline site bundles. Portable SQL: the same script runs on H2 and PostgreSQL.

-- At the office: every site bundle this master signed, and what each exported instance's request was then
-- (or when the site's records last came back), so a later change at the office shows as a conflict.
CREATE TABLE site_export (
    bundle_id    VARCHAR(64)  PRIMARY KEY,
    site_id      VARCHAR(64)  NOT NULL,
    site_name    VARCHAR(255) NOT NULL,
    trees        TEXT         NOT NULL,
    exported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX site_export_by_site ON site_export (site_id);
CREATE TABLE site_baseline (
    site_id         VARCHAR(64)  NOT NULL,
    tree_title      VARCHAR(255) NOT NULL,
    title           VARCHAR(255) NOT NULL,
    request_digest  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (site_id, tree_title, title)
);

-- At the site: the bundle this master was set up from (one), with the office master it trusts, the plan
-- to provision and the pairings to adopt.
CREATE TABLE site_identity (
    bundle_id           VARCHAR(64)   PRIMARY KEY,
    site_id             VARCHAR(64)   NOT NULL,
    site_name           VARCHAR(255)  NOT NULL,
    office_master       VARCHAR(64)   NOT NULL,
    plan                TEXT          NOT NULL,
    imported_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE site_pairing (
    address   VARCHAR(255) PRIMARY KEY,
    code      VARCHAR(255) NOT NULL,
    node_id   VARCHAR(255)
);

-- At the office: the return bundles imported, and which office ticket each site ticket became (with how
-- many history entries of it are in), so importing the same records again adds nothing.
CREATE TABLE site_return (
    bundle_id    VARCHAR(64)   PRIMARY KEY,
    site_id      VARCHAR(64)   NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE site_ticket (
    site_id         VARCHAR(64) NOT NULL,
    site_ticket_id  BIGINT      NOT NULL,
    ticket_id       BIGINT      NOT NULL REFERENCES ticket (id),
    events          INTEGER     NOT NULL,
    PRIMARY KEY (site_id, site_ticket_id)
);
