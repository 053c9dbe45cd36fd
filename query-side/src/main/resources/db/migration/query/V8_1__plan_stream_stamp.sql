-- Each plan's timeline is parsed once per change, not once per read: rm_plan_stream holds, per plan, a stamp that
-- the "plans" projection renews (a random one) in the transaction that adds a row to the plan's timeline. A reader
-- that finds the stamp it parsed the plan's rows under reuses them; rows committed after the stamp was read are at
-- worst newer, never older, than the stamp says. Emptied with rm_plan_timeline by the projection's reset.
CREATE TABLE rm_plan_stream (
    municipality_id VARCHAR NOT NULL,
    plan_id         VARCHAR NOT NULL,
    stamp           VARCHAR NOT NULL,
    PRIMARY KEY (municipality_id, plan_id)
);

-- Timelines recorded before this migration: one stamp each, renewed by the plan's next event.
INSERT INTO rm_plan_stream (municipality_id, plan_id, stamp)
SELECT DISTINCT municipality_id, plan_id, 'V8_1' FROM rm_plan_timeline;
