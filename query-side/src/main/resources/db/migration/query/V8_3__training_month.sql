-- Completions per course, unit and month ("tracking" group), individual and counted apart: the coverage views sum
-- the months before the one asked about from these rows and only that month's days from rm_training_completion,
-- instead of every completion up to the date. unit_key '' stands for a counted batch that names no unit (a key
-- column cannot be null). Added to only when a completion's row is first inserted, like rm_training_day.
CREATE TABLE rm_training_month (
    municipality_id VARCHAR NOT NULL,
    course_code     VARCHAR NOT NULL,
    unit_key        VARCHAR NOT NULL,
    counted         BOOLEAN NOT NULL,
    month_start     DATE    NOT NULL,
    completions     INTEGER NOT NULL,
    PRIMARY KEY (municipality_id, month_start, course_code, unit_key, counted)
);
-- the months before a date, answered from the index alone
CREATE INDEX rm_training_month_read ON rm_training_month
    (municipality_id, month_start, course_code, unit_key, counted, completions);

INSERT INTO rm_training_month (municipality_id, course_code, unit_key, counted, month_start, completions)
SELECT municipality_id, course_code, COALESCE(unit_id, ''), counted, CAST(DATE_TRUNC('MONTH', completed_on) AS DATE),
       SUM(completions)
FROM rm_training_completion
GROUP BY municipality_id, course_code, COALESCE(unit_id, ''), counted, CAST(DATE_TRUNC('MONTH', completed_on) AS DATE);

-- The days of the month asked about, across courses and units.
CREATE INDEX rm_training_completion_date ON rm_training_completion
    (municipality_id, completed_on, recorded_at, course_code, unit_id, counted, completions);
