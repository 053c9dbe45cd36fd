-- Meeting series and the meetings held in them ("tracking" group).

CREATE TABLE rm_meeting_series (
    municipality_id   VARCHAR                  NOT NULL,
    series_id         VARCHAR                  NOT NULL,
    name              VARCHAR                  NOT NULL,
    required_per_year INTEGER                  NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (municipality_id, series_id)
);

CREATE TABLE rm_meeting (
    event_id        VARCHAR                  NOT NULL PRIMARY KEY,
    municipality_id VARCHAR                  NOT NULL,
    series_id       VARCHAR                  NOT NULL,
    held_on         DATE                     NOT NULL,
    participants    INTEGER,
    theme           VARCHAR,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX rm_meeting_series_date ON rm_meeting (municipality_id, series_id, held_on);
