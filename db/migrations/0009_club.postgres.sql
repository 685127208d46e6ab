-- The points ledger is append-only (crm_refuse_change from 0001).
CREATE TRIGGER points_ledger_no_update BEFORE UPDATE OR DELETE ON points_ledger
    FOR EACH ROW EXECUTE FUNCTION crm_refuse_change('append-only');
CREATE TRIGGER points_ledger_no_truncate BEFORE TRUNCATE ON points_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION crm_refuse_change('append-only');
