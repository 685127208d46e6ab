-- Prefix LIKE on the search keys uses this index whatever the database's collation is.
CREATE INDEX customer_search_keys_pattern ON customer_search_keys(key text_pattern_ops);
