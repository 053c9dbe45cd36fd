-- Courses and completions ("tracking" group). Individual completions and counted batches are both rows of
-- rm_training_completion: one completion each (individual) or the batch's count (counted); a counted batch may have
-- no unit. No person reference is kept: the read model needs none.

CREATE TABLE rm_course (
    municipality_id              VARCHAR                  NOT NULL,
    course_code                  VARCHAR                  NOT NULL,
    title                        VARCHAR                  NOT NULL,
    provider                     VARCHAR,
    stimulus_per_certificate_sek NUMERIC(12, 2),
    recorded_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (municipality_id, course_code)
);

CREATE TABLE rm_training_completion (
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    course_code     VARCHAR                  NOT NULL,
    unit_id         VARCHAR,
    completed_on    DATE                     NOT NULL,
    completions     INTEGER                  NOT NULL,
    counted         BOOLEAN                  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
-- covers the reads (per course and unit, by date, known at): answered from the index alone
CREATE INDEX rm_training_completion_course ON rm_training_completion
    (municipality_id, course_code, unit_id, completed_on, recorded_at, counted, completions);

-- Completions per course and day, all units together: the municipality-wide series of indicators (as known now) read
-- these few rows instead of every completion. Added to only when a completion's row is first inserted.
CREATE TABLE rm_training_day (
    municipality_id VARCHAR NOT NULL,
    course_code     VARCHAR NOT NULL,
    completed_on    DATE    NOT NULL,
    completions     INTEGER NOT NULL,
    PRIMARY KEY (municipality_id, course_code, completed_on)
);
