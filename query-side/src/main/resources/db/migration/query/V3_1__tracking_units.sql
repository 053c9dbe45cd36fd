-- The "tracking" projections (implementation tracking: training, key persons, meetings, screenings) measure against
-- units and their staff, so they keep their own copy of both, fed by the same processing group: rm_unit holds only
-- the current headcount, these tables hold every headcount with the date it applies from and when it was recorded.
-- Every fact is a row with its business date and recorded_at (the event's timestamp): views answer "as of" a date
-- and "known at" an instant by filtering on the two. Rows are keyed by event id or natural key: replay-safe.

CREATE TABLE rm_tracking_unit (
    municipality_id VARCHAR                  NOT NULL,
    unit_id         VARCHAR                  NOT NULL,
    name            VARCHAR                  NOT NULL,
    department      VARCHAR,
    operator        VARCHAR                  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (municipality_id, unit_id)
);

CREATE TABLE rm_headcount (
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    unit_id         VARCHAR                  NOT NULL,
    headcount       INTEGER                  NOT NULL,
    -- the date it applies from; null for the headcount given at registration, which applies until the first report
    as_of           DATE,
    -- position in the municipality's stream: of two reports for the same date the later recorded wins
    sequence_number BIGINT                   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rm_headcount_municipality ON rm_headcount (municipality_id, as_of);
