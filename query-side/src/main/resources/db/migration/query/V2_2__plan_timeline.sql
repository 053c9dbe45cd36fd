-- The "plans" projection: every plan event as one row of its plan's timeline. Plan views (status, content in
-- force, history with diffs) are folded from these rows at query time, which answers "as of" a business date and
-- "known at" a recording instant without further tables.

CREATE TABLE rm_plan_timeline (
    -- Axon's event identifier: a redelivered or replayed event finds its row and is skipped
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    plan_id         VARCHAR                  NOT NULL,
    -- the event's sequence number in its plan aggregate: the plan's version
    sequence_number BIGINT                   NOT NULL,
    -- simple name of the event record, e.g. PlanDecisionRecorded
    event_type      VARCHAR                  NOT NULL,
    business_date   DATE                     NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR,
    correlation_id  VARCHAR,
    -- the event as JSON (Spring's ObjectMapper)
    payload         VARCHAR                  NOT NULL,
    -- also the index behind every read: all reads filter by municipality, most by plan too
    CONSTRAINT rm_plan_timeline_stream UNIQUE (municipality_id, plan_id, sequence_number)
);
