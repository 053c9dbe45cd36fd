-- A unit may be registered before its headcount is known (no document gives one): null until reported.
ALTER TABLE rm_unit ALTER COLUMN headcount DROP NOT NULL;
