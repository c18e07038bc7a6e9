-- Federation (issue 20): masters this one delegates to, and masters that delegate to it.
-- An invitation is a one-time code the serving master printed (only its SHA-256 is kept), spent by the first master
-- that presents it over mutual TLS, whose certificate is then pinned.
CREATE TABLE federation_invite (
    code_hash   VARCHAR(64)  PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    used_by     VARCHAR(64)
);
-- direction 'serves': the peer runs what this master delegates (it is a node of kind federation here, named after it);
-- 'delegates': this master runs what the peer delegates, for the peer's certificate only.
CREATE TABLE federation_peer (
    name          VARCHAR(255)  NOT NULL,
    direction     VARCHAR(16)   NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    url           VARCHAR(1024),
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_heard_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (name, direction),
    UNIQUE (fingerprint, direction)
);
-- An instance a peer delegated here: the peer's instance id, the local request made for it, and the masters it came
-- through (fingerprints, comma separated, the peer last), so it is never delegated back to one of them.
CREATE TABLE federation_instance (
    peer         VARCHAR(255)  NOT NULL,
    remote_id    BIGINT        NOT NULL,
    instance_id  BIGINT,
    chain        VARCHAR(4000) NOT NULL,
    refused      VARCHAR(2000),
    PRIMARY KEY (peer, remote_id)
);
