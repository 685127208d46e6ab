-- Keeping customers.is_member / last_reached_at and club_members.last_points_at true, whatever
-- path writes. Inserts of calls and points entries are statement-level with transition tables
-- (a bulk load pays once per statement); the rarer updates and deletes recompute per row.
CREATE FUNCTION crm_member_refresh(cid BIGINT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET is_member = CASE WHEN vip = 1 OR EXISTS (SELECT 1 FROM club_members m
        WHERE m.customer_id = customers.id AND m.status = 'active') THEN 1 ELSE 0 END
     WHERE id = cid;
$$;
CREATE FUNCTION crm_member_club_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM crm_member_refresh(OLD.customer_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM crm_member_refresh(NEW.customer_id);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER club_members_member_insert AFTER INSERT ON club_members FOR EACH ROW EXECUTE FUNCTION crm_member_club_changed();
CREATE TRIGGER club_members_member_update AFTER UPDATE OF status, customer_id ON club_members FOR EACH ROW
    EXECUTE FUNCTION crm_member_club_changed();
CREATE TRIGGER club_members_member_delete AFTER DELETE ON club_members FOR EACH ROW EXECUTE FUNCTION crm_member_club_changed();

CREATE FUNCTION crm_member_vip_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM crm_member_refresh(NEW.id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER customers_member_vip AFTER UPDATE OF vip ON customers FOR EACH ROW
    WHEN (OLD.vip IS DISTINCT FROM NEW.vip) EXECUTE FUNCTION crm_member_vip_changed();

CREATE FUNCTION crm_member_vip_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.is_member := 1;
    RETURN NEW;
END;
$$;
CREATE TRIGGER customers_member_vip_insert BEFORE INSERT ON customers FOR EACH ROW
    WHEN (NEW.vip = 1) EXECUTE FUNCTION crm_member_vip_inserted();

CREATE FUNCTION crm_reach_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers c SET last_reached_at = n.last
      FROM (SELECT customer_id, MAX(called_at) AS last FROM new_rows WHERE outcome = 'reached' GROUP BY customer_id) n
     WHERE c.id = n.customer_id AND (c.last_reached_at IS NULL OR c.last_reached_at < n.last);
    DELETE FROM member_figures WHERE figure = 'coverage'
       AND window_end > (SELECT MIN(called_at) FROM new_rows WHERE outcome = 'reached');
    RETURN NULL;
END;
$$;
CREATE TRIGGER followup_calls_reach_insert AFTER INSERT ON followup_calls
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_reach_inserted();

CREATE FUNCTION crm_reach_refresh(cid BIGINT, since TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE customers SET last_reached_at = (SELECT MAX(f.called_at) FROM followup_calls f
        WHERE f.customer_id = customers.id AND f.outcome = 'reached')
     WHERE id = cid;
    DELETE FROM member_figures WHERE figure = 'coverage' AND window_end > since;
$$;
CREATE FUNCTION crm_reach_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM crm_reach_refresh(OLD.customer_id, OLD.called_at);
    IF TG_OP = 'UPDATE' THEN
        PERFORM crm_reach_refresh(NEW.customer_id, NEW.called_at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER followup_calls_reach_update AFTER UPDATE OF customer_id, called_at, outcome ON followup_calls FOR EACH ROW
    EXECUTE FUNCTION crm_reach_changed();
CREATE TRIGGER followup_calls_reach_delete AFTER DELETE ON followup_calls FOR EACH ROW
    EXECUTE FUNCTION crm_reach_changed();

CREATE FUNCTION crm_points_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE club_members m SET last_points_at = n.last
      FROM (SELECT member_id, MAX(at) AS last FROM new_rows WHERE kind IN ('earn', 'spend') GROUP BY member_id) n
     WHERE m.id = n.member_id AND (m.last_points_at IS NULL OR m.last_points_at < n.last);
    DELETE FROM member_figures WHERE figure = 'active'
       AND window_end > (SELECT MIN(at) FROM new_rows WHERE kind IN ('earn', 'spend'));
    RETURN NULL;
END;
$$;
CREATE TRIGGER points_ledger_active_insert AFTER INSERT ON points_ledger
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_points_inserted();

CREATE FUNCTION crm_points_refresh(mid BIGINT, since TEXT) RETURNS void LANGUAGE sql AS $$
    UPDATE club_members SET last_points_at = (SELECT MAX(l.at) FROM points_ledger l
        WHERE l.member_id = club_members.id AND l.kind IN ('earn', 'spend'))
     WHERE id = mid;
    DELETE FROM member_figures WHERE figure = 'active' AND window_end > since;
$$;
CREATE FUNCTION crm_points_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM crm_points_refresh(OLD.member_id, OLD.at);
    IF TG_OP = 'UPDATE' THEN
        PERFORM crm_points_refresh(NEW.member_id, NEW.at);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER points_ledger_active_update AFTER UPDATE OF member_id, at, kind ON points_ledger FOR EACH ROW
    EXECUTE FUNCTION crm_points_changed();
CREATE TRIGGER points_ledger_active_delete AFTER DELETE ON points_ledger FOR EACH ROW
    EXECUTE FUNCTION crm_points_changed();
