-- The query-service instances that are running: each renews its row every few seconds, and a projection's segments
-- are shared among the instances whose row is fresh (see ProcessorNodes). Nothing of the views depends on it.
CREATE TABLE projection_node (
    node_id      VARCHAR(255)             NOT NULL PRIMARY KEY,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
