-- Keeping customers.is_member / last_reached_at and club_members.last_points_at true, whatever
-- path writes (call desk, import, seed, merge, a DBA's UPDATE).
CREATE TRIGGER club_members_member_insert AFTER INSERT ON club_members BEGIN
    UPDATE customers SET is_member = CASE WHEN vip = 1 OR EXISTS (SELECT 1 FROM club_members m
        WHERE m.customer_id = customers.id AND m.status = 'active') THEN 1 ELSE 0 END
     WHERE id = NEW.customer_id;
END;
CREATE TRIGGER club_members_member_update AFTER UPDATE OF status, customer_id ON club_members BEGIN
    UPDATE customers SET is_member = CASE WHEN vip = 1 OR EXISTS (SELECT 1 FROM club_members m
        WHERE m.customer_id = customers.id AND m.status = 'active') THEN 1 ELSE 0 END
     WHERE id IN (OLD.customer_id, NEW.customer_id);
END;
CREATE TRIGGER club_members_member_delete AFTER DELETE ON club_members BEGIN
    UPDATE customers SET is_member = CASE WHEN vip = 1 OR EXISTS (SELECT 1 FROM club_members m
        WHERE m.customer_id = customers.id AND m.status = 'active') THEN 1 ELSE 0 END
     WHERE id = OLD.customer_id;
END;
CREATE TRIGGER customers_member_vip AFTER UPDATE OF vip ON customers WHEN OLD.vip IS NOT NEW.vip BEGIN
    UPDATE customers SET is_member = CASE WHEN vip = 1 OR EXISTS (SELECT 1 FROM club_members m
        WHERE m.customer_id = customers.id AND m.status = 'active') THEN 1 ELSE 0 END
     WHERE id = NEW.id;
END;

CREATE TRIGGER followup_calls_reach_insert AFTER INSERT ON followup_calls WHEN NEW.outcome = 'reached' BEGIN
    UPDATE customers SET last_reached_at = NEW.called_at
     WHERE id = NEW.customer_id AND (last_reached_at IS NULL OR last_reached_at < NEW.called_at);
    DELETE FROM member_figures WHERE figure = 'coverage' AND window_end > NEW.called_at;
END;
CREATE TRIGGER followup_calls_reach_update AFTER UPDATE OF customer_id, called_at, outcome ON followup_calls BEGIN
    UPDATE customers SET last_reached_at = (SELECT MAX(f.called_at) FROM followup_calls f
        WHERE f.customer_id = customers.id AND f.outcome = 'reached')
     WHERE id IN (OLD.customer_id, NEW.customer_id);
    DELETE FROM member_figures WHERE figure = 'coverage' AND window_end > min(OLD.called_at, NEW.called_at);
END;
CREATE TRIGGER followup_calls_reach_delete AFTER DELETE ON followup_calls WHEN OLD.outcome = 'reached' BEGIN
    UPDATE customers SET last_reached_at = (SELECT MAX(f.called_at) FROM followup_calls f
        WHERE f.customer_id = customers.id AND f.outcome = 'reached')
     WHERE id = OLD.customer_id;
    DELETE FROM member_figures WHERE figure = 'coverage' AND window_end > OLD.called_at;
END;

CREATE TRIGGER points_ledger_active_insert AFTER INSERT ON points_ledger WHEN NEW.kind IN ('earn', 'spend') BEGIN
    UPDATE club_members SET last_points_at = NEW.at
     WHERE id = NEW.member_id AND (last_points_at IS NULL OR last_points_at < NEW.at);
    DELETE FROM member_figures WHERE figure = 'active' AND window_end > NEW.at;
END;
CREATE TRIGGER points_ledger_active_update AFTER UPDATE OF member_id, at, kind ON points_ledger BEGIN
    UPDATE club_members SET last_points_at = (SELECT MAX(l.at) FROM points_ledger l
        WHERE l.member_id = club_members.id AND l.kind IN ('earn', 'spend'))
     WHERE id IN (OLD.member_id, NEW.member_id);
    DELETE FROM member_figures WHERE figure = 'active' AND window_end > min(OLD.at, NEW.at);
END;
CREATE TRIGGER points_ledger_active_delete AFTER DELETE ON points_ledger WHEN OLD.kind IN ('earn', 'spend') BEGIN
    UPDATE club_members SET last_points_at = (SELECT MAX(l.at) FROM points_ledger l
        WHERE l.member_id = club_members.id AND l.kind IN ('earn', 'spend'))
     WHERE id = OLD.member_id;
    DELETE FROM member_figures WHERE figure = 'active' AND window_end > OLD.at;
END;
CREATE TRIGGER customers_member_vip_insert AFTER INSERT ON customers WHEN NEW.vip = 1 BEGIN
    UPDATE customers SET is_member = 1 WHERE id = NEW.id;
END;
