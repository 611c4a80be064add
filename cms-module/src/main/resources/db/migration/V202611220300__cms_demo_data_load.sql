-- Which parts of the demo data (seeds/) have been loaded, so that a second start adds nothing.
CREATE TABLE demo_data_load (
    section   VARCHAR(80)              NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
