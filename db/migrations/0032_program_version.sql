-- Which DealerCRM applied each migration (its version from CMake, the one About and --version
-- show): `dealercrm-cli check` says which program last upgraded the database.
ALTER TABLE schema_version ADD COLUMN program TEXT;
