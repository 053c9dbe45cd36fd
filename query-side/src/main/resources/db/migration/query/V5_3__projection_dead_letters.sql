-- Axon's dead-letter queue for the projections (JdbcSequencedDeadLetterQueue, default DeadLetterSchema): an event a
-- projection failed on waits here with every later event of its sequence (its aggregate) while the projection goes
-- on with the others. Serialized columns are bytea, not large objects; times are Axon's ISO strings, compared as
-- text by Axon's own statements. The audit chain has no dead letters (it must not skip an event).
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255)  NOT NULL,
    processingGroup      VARCHAR(255)  NOT NULL,
    sequenceIdentifier   VARCHAR(255)  NOT NULL,
    sequenceIndex        BIGINT        NOT NULL,
    messageType          VARCHAR(255)  NOT NULL,
    eventIdentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadType          VARCHAR(255)  NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255)  NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT pk_dead_letter PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT uk_dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);

CREATE INDEX ix_dead_letter_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);
