-- Read models of the "organisation" projection. Tables prefixed rm_ (read model) belong to the query side:
-- they are derived from events only, emptied by the projection's reset handler and refilled on replay.
-- Portable SQL: runs unchanged on H2 2.3 (default mode) and PostgreSQL 15.

CREATE TABLE rm_municipality (
    municipality_id   VARCHAR                  NOT NULL PRIMARY KEY,
    name              VARCHAR                  NOT NULL,
    municipality_code VARCHAR                  NOT NULL,
    -- when the registration was recorded: "known at" filtering of the municipality list
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE rm_unit (
    municipality_id VARCHAR NOT NULL,
    unit_id         VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    department      VARCHAR,
    operator        VARCHAR NOT NULL,
    headcount       INTEGER NOT NULL,
    -- business date of the headcount; null while it is the one given at registration
    headcount_as_of DATE,
    PRIMARY KEY (municipality_id, unit_id)
);
