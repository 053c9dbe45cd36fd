-- What the data importer has sent: one row per item of a data file (a unit, a plan, one step of a plan's
-- history), written in the same transaction as the events the item caused. A restart or a re-import sends
-- only items without a row; an item whose content differs from its row is a rewrite of history and refused.
CREATE TABLE import_ledger (
    item_key        VARCHAR(500)             NOT NULL PRIMARY KEY,
    municipality_id VARCHAR(100)             NOT NULL,
    item_hash       VARCHAR(64)              NOT NULL,
    file_name       VARCHAR(500)             NOT NULL,
    loaded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_ledger_municipality ON import_ledger (municipality_id);
