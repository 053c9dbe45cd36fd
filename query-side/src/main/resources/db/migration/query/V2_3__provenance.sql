-- Where each recorded fact comes from (document and passage), from the events' metadata.
ALTER TABLE rm_plan_timeline ADD COLUMN source_document VARCHAR;
ALTER TABLE rm_plan_timeline ADD COLUMN source_passage VARCHAR;
