-- Indexes that hold every column the views' reads of headcounts and key-person assignments use, so that those reads
-- (all rows of a municipality up to a date, folded forward) come from the index alone instead of a row lookup each.
-- They replace the narrower indexes they start with.
DROP INDEX rm_headcount_municipality;
CREATE INDEX rm_headcount_municipality ON rm_headcount
    (municipality_id, as_of, sequence_number, unit_id, headcount, recorded_at);

DROP INDEX rm_key_person_assignment_date;
CREATE INDEX rm_key_person_assignment_date ON rm_key_person_assignment
    (municipality_id, effective_on, recorded_at, key_person_id, unit_id);

-- The municipality-wide completions per day, read up to a date for every training indicator.
CREATE INDEX rm_training_day_read ON rm_training_day (municipality_id, course_code, completed_on, completions);

-- The days meetings of a series were held, read up to a date for every MEETINGS_HELD indicator.
DROP INDEX rm_meeting_series_date;
CREATE INDEX rm_meeting_series_date ON rm_meeting (municipality_id, series_id, held_on, recorded_at);
