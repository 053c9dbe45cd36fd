-- Signed checkpoints of the audit hash chains: a municipality's head hash signed with the installation's Ed25519
-- key. Unlike the rm_ tables derived from events, these statements are evidence in their own right: a reset of the
-- audit projection keeps them, and a rebuilt chain must reproduce the hashes they sign.
CREATE TABLE rm_audit_checkpoint (
    municipality_id VARCHAR                  NOT NULL,
    chain_index     BIGINT                   NOT NULL,
    head_event_id   VARCHAR                  NOT NULL,
    head_hash       VARCHAR(64)              NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- SHA-256 (hex) of the public key's X.509 encoding
    key_id          VARCHAR(64)              NOT NULL,
    -- Ed25519 signature (base64) of the checkpoint's canonical JSON statement
    signature       VARCHAR                  NOT NULL,
    PRIMARY KEY (municipality_id, chain_index)
);
