-- Key persons ("tracking" group). Each registration, move and deregistration is a row saying from which day a key
-- person serves a unit (unit_id) or serves no more (unit_id null: the day after the last day). A key person's state
-- on a date is their latest row effective by then; the command side keeps these rows in date order.

CREATE TABLE rm_key_person_assignment (
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    key_person_id   VARCHAR                  NOT NULL,
    unit_id         VARCHAR,
    effective_on    DATE                     NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rm_key_person_assignment_date ON rm_key_person_assignment (municipality_id, effective_on);

-- Totals reported by documents where the individuals are unknown: never added to the counted key persons.
CREATE TABLE rm_key_person_total (
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    reported_count  INTEGER                  NOT NULL,
    as_of           DATE                     NOT NULL,
    source_document VARCHAR,
    source_passage  VARCHAR,
    sequence_number BIGINT                   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rm_key_person_total_date ON rm_key_person_total (municipality_id, as_of);
