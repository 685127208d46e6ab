-- The archive list as a window over the whole result (issue 9: jumping to the last of a million
-- rows, memory after scrolling). The list reaches a page far from the pages it holds by OFFSET
-- from the nearer end, and sizes its scroll bar with COUNT(*); both walk one of these indexes
-- without a table read. Every list query filters deleted_at IS NULL, so the name and city
-- indexes become partial (smaller, and the only ones those queries need).
DROP INDEX customers_name;
DROP INDEX customers_city;
CREATE INDEX customers_live ON customers(id) WHERE deleted_at IS NULL;
CREATE INDEX customers_name ON customers(name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_city ON customers(city, id) WHERE deleted_at IS NULL;
