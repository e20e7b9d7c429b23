-- Which H2 last opened the file for writing (decision 0015). When a new program brings another H2,
-- the file is backed up before that H2 writes to it, so that an engine change can be undone.
CREATE TABLE storage_engine (
    id          INTEGER      DEFAULT 1 NOT NULL PRIMARY KEY,
    h2_version  VARCHAR(40)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT ck_storage_engine_single_row CHECK (id = 1)
);
