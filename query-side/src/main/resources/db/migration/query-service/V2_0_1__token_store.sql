-- The query service's token store: where each projection's segments stand in the event stream and which instance
-- holds them. In the standalone jar the command side's migration creates the same table (both sides share one
-- schema there); the query service keeps its own in its own schema and only reads the event store.
CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);
