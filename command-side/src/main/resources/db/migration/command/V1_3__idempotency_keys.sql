-- Idempotency-Key: the first successful answer to a write, per caller and key, written in the same transaction as
-- the events the write caused. A repeat with the same key and request gets this answer and stores nothing.
CREATE TABLE idempotency_key (
    user_id       VARCHAR(200)             NOT NULL,
    idem_key      VARCHAR(200)             NOT NULL,
    request_hash  VARCHAR(64)              NOT NULL,
    status        INTEGER                  NOT NULL,
    content_type  VARCHAR(200),
    location      VARCHAR(2000),
    body          VARCHAR(100000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
