CREATE TRIGGER points_ledger_figures_insert AFTER INSERT ON points_ledger BEGIN
    DELETE FROM points_figures WHERE window_end > NEW.at;
END;
CREATE TRIGGER points_ledger_figures_update AFTER UPDATE OF at, points ON points_ledger BEGIN
    DELETE FROM points_figures WHERE window_end > min(OLD.at, NEW.at);
END;
CREATE TRIGGER points_ledger_figures_delete AFTER DELETE ON points_ledger BEGIN
    DELETE FROM points_figures WHERE window_end > OLD.at;
END;
