-- Screenings per unit, instrument and period ("tracking" group). Every record is kept: a later record for the same
-- unit, instrument and period replaces the earlier one in the views (the later in the municipality's stream wins),
-- and "known at" an earlier instant shows the record that stood then.

CREATE TABLE rm_screening (
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    unit_id         VARCHAR                  NOT NULL,
    instrument      VARCHAR                  NOT NULL,
    period_start    DATE                     NOT NULL,
    period_end      DATE                     NOT NULL,
    screenings      INTEGER                  NOT NULL,
    sequence_number BIGINT                   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rm_screening_period ON rm_screening (municipality_id, instrument, period_end);
