-- The customer list's count without a filter (every live customer) is the table's row count, which
-- SQLite reads off its smallest index without visiting a row (1-2 ms at a million), less the
-- deleted ones, few, from this index (COUNT(*) … WHERE deleted_at IS NULL read every row: 30-55 ms).
CREATE INDEX customers_deleted ON customers (deleted_at) WHERE deleted_at IS NOT NULL;
