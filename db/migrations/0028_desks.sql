-- Units of work applied once (issue 29): the key a desk gave a unit, recorded in the unit's own
-- transaction, so a unit tried again after its COMMIT's answer was lost is recognised and not
-- applied twice. Keys older than a week are purged by the desks' own commits (Database::commit).
CREATE TABLE applied_units (
    unit_key   TEXT PRIMARY KEY,
    applied_at TEXT NOT NULL
);
CREATE INDEX applied_units_age ON applied_units(applied_at);
