-- The "audit" projection: every event of the store, in the order the projection handled it (one segment, so one
-- order), with its metadata and a hash chain per municipality (see se.vinr.ledger.query.audit.HashChain).
CREATE TABLE rm_audit_event (
    -- handling order, 1, 2, 3...: the paging cursor. Not the global index, because an event may commit (and be
    -- handled) after one with a higher global index; a cursor on this column never skips such an event.
    position        BIGINT                   NOT NULL PRIMARY KEY,
    global_index    BIGINT                   NOT NULL,
    -- Axon's event identifier: a redelivered event finds its row and is skipped
    event_id        VARCHAR                  NOT NULL,
    municipality_id VARCHAR                  NOT NULL,
    -- 1, 2, 3... within the municipality's chain
    chain_index     BIGINT                   NOT NULL,
    -- simple name of the event record and its @Revision (null without one)
    event_type      VARCHAR                  NOT NULL,
    event_revision  VARCHAR,
    aggregate_type  VARCHAR,
    aggregate_id    VARCHAR,
    sequence_number BIGINT,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    business_date   DATE,
    user_id         VARCHAR,
    correlation_id  VARCHAR,
    -- payload and metadata as canonical JSON, exactly as hashed
    payload         VARCHAR                  NOT NULL,
    metadata        VARCHAR                  NOT NULL,
    previous_hash   VARCHAR(64)              NOT NULL,
    hash            VARCHAR(64)              NOT NULL,
    CONSTRAINT rm_audit_event_id UNIQUE (event_id),
    CONSTRAINT rm_audit_event_chain UNIQUE (municipality_id, chain_index)
);
CREATE INDEX rm_audit_event_municipality ON rm_audit_event (municipality_id, position);
CREATE INDEX rm_audit_event_aggregate ON rm_audit_event (aggregate_id, position);
CREATE INDEX rm_audit_event_correlation ON rm_audit_event (correlation_id, position);

-- Each municipality's chain head: where the next event of the municipality is linked on, found by key rather than by
-- searching the log for its last row.
CREATE TABLE rm_audit_chain (
    municipality_id VARCHAR     NOT NULL PRIMARY KEY,
    chain_index     BIGINT      NOT NULL,
    head_hash       VARCHAR(64) NOT NULL
);
