-- What the tracking views read as known now is kept in memory per municipality until its tracking rows change:
-- rm_tracking_stream holds, per municipality, a stamp that the "tracking" group renews (a random one) in the
-- transaction that adds any of its rows. A reader that finds the stamp it read the rows under reuses them; rows
-- committed after the stamp was read are at worst newer, never older, than the stamp says. Emptied with the
-- tracking tables by the group's reset: without a stamp nothing is kept.
CREATE TABLE rm_tracking_stream (
    municipality_id VARCHAR NOT NULL PRIMARY KEY,
    stamp           VARCHAR NOT NULL
);
