-- The customer list counts its rows for the status bar and the scroll bar at every open; without
-- a filter that is every live customer, and PostgreSQL counts a million index entries for it
-- (49-72 ms at a million, more on a cold server; SQLite's count of its index takes a few ms and
-- keeps nothing). Here the count is kept by triggers, in a row per writer's backend slot so
-- desks adding customers at once do not queue on one row; the count is the rows' sum.
CREATE TABLE customer_count_parts (
    part INTEGER PRIMARY KEY,
    n    BIGINT NOT NULL
);
INSERT INTO customer_count_parts (part, n) SELECT 0, COUNT(*) FROM customers WHERE deleted_at IS NULL;

CREATE FUNCTION crm_customer_count_add(delta BIGINT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO customer_count_parts (part, n) VALUES (pg_backend_pid() % 16, delta)
    ON CONFLICT (part) DO UPDATE SET n = customer_count_parts.n + excluded.n;
$$;

-- Inserts and deletes statement by statement (a bulk load or COPY pays once per statement).
CREATE FUNCTION crm_customer_count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT COUNT(*) INTO delta FROM new_rows WHERE deleted_at IS NULL;
    ELSE
        SELECT -COUNT(*) INTO delta FROM old_rows WHERE deleted_at IS NULL;
    END IF;
    IF delta <> 0 THEN
        PERFORM crm_customer_count_add(delta);
    END IF;
    RETURN NULL;
END;
$$;

-- A soft delete or its undo, row by row: an UPDATE that does not name deleted_at (the call
-- desk's reach columns, the flags) never fires it, and a transition table cannot be limited so.
CREATE FUNCTION crm_customer_count_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM crm_customer_count_add(CASE WHEN NEW.deleted_at IS NULL THEN 1 ELSE -1 END);
    RETURN NULL;
END;
$$;

CREATE FUNCTION crm_customer_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM customer_count_parts;
    RETURN NULL;
END;
$$;

CREATE TRIGGER customers_count_insert AFTER INSERT ON customers
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_customer_count_rows();
CREATE TRIGGER customers_count_delete AFTER DELETE ON customers
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_customer_count_rows();
CREATE TRIGGER customers_count_deleted_at AFTER UPDATE OF deleted_at ON customers FOR EACH ROW
    WHEN ((OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) EXECUTE FUNCTION crm_customer_count_moved();
CREATE TRIGGER customers_count_truncate AFTER TRUNCATE ON customers
    FOR EACH STATEMENT EXECUTE FUNCTION crm_customer_count_truncated();
