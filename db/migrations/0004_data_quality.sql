-- Completeness score (0–100) per customer, kept current with the search keys by the
-- repository (see core/Completeness.h), so the report reads an index, not a million rows.
ALTER TABLE customers ADD COLUMN completeness INTEGER NOT NULL DEFAULT 0;
CREATE INDEX customers_completeness ON customers(completeness, id);
