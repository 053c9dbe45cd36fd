-- Contact details of staff known by pseudonym, kept outside the events so they can be erased. Each person's details
-- are encrypted with a key of their own; erasing deletes the key (crypto-shredding) and the ciphertext, and leaves
-- a tombstone so the API can say they were erased. Nothing here is needed to replay the events or for any count.
CREATE TABLE person_key (
    municipality_id VARCHAR(100) NOT NULL,
    person_ref      VARCHAR(64)  NOT NULL,
    secret          VARCHAR(64)  NOT NULL,
    PRIMARY KEY (municipality_id, person_ref)
);

CREATE TABLE person_contact (
    municipality_id VARCHAR(100)             NOT NULL,
    person_ref      VARCHAR(64)              NOT NULL,
    sealed          VARCHAR(8000),
    erased_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (municipality_id, person_ref)
);
