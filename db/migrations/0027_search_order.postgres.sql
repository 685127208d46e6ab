-- The search's key subquery reads (key, customer_id) from the pattern index alone: the newest
-- matches of a key prefix without a heap visit per key row (issue 27).
DROP INDEX customer_search_keys_pattern;
CREATE INDEX customer_search_keys_pattern ON customer_search_keys(key text_pattern_ops, customer_id);
