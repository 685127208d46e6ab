-- Secondary indexes a bulk load (the scale seed) dropped to build again by sorting afterwards
-- (data/DeferredIndexes.h). A load that was interrupted leaves them here; the next migrate builds them.
CREATE TABLE deferred_indexes (
    name       TEXT PRIMARY KEY,
    table_name TEXT NOT NULL,
    definition TEXT NOT NULL
);
