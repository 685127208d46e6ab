-- Statement-level with transition tables: the seed's COPY of the ledger pays once per statement.
CREATE FUNCTION crm_points_figures_forget() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    earliest TEXT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT MIN(at) INTO earliest FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT MIN(at) INTO earliest FROM old_rows;
    ELSE
        SELECT MIN(a) INTO earliest FROM (SELECT at AS a FROM old_rows UNION ALL SELECT at FROM new_rows) t;
    END IF;
    IF earliest IS NOT NULL THEN
        DELETE FROM points_figures WHERE window_end > earliest;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER points_ledger_figures_insert AFTER INSERT ON points_ledger
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_points_figures_forget();
CREATE TRIGGER points_ledger_figures_update AFTER UPDATE ON points_ledger
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_points_figures_forget();
CREATE TRIGGER points_ledger_figures_delete AFTER DELETE ON points_ledger
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_points_figures_forget();
