-- Statement-level with transition tables, so a bulk load (the seed's COPY) pays once per
-- statement. A statement whose rows keep their membership and tier (the ledger's triggers
-- update club_members.last_points_at at every points entry) nets to nothing and writes
-- nothing: the count rows are not made a lock every desk's points would queue on.
CREATE FUNCTION crm_tier_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO club_tier_counts (tier, members)
        SELECT tier, COUNT(*) FROM new_rows WHERE status = 'active' GROUP BY tier
        ON CONFLICT (tier) DO UPDATE SET members = club_tier_counts.members + excluded.members;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE club_tier_counts c SET members = c.members - d.n
          FROM (SELECT tier, COUNT(*) AS n FROM old_rows WHERE status = 'active' GROUP BY tier) d
         WHERE c.tier = d.tier;
    ELSE
        INSERT INTO club_tier_counts (tier, members)
        SELECT tier, SUM(n) FROM (SELECT tier, 1 AS n FROM new_rows WHERE status = 'active'
                                  UNION ALL SELECT tier, -1 FROM old_rows WHERE status = 'active') t
         GROUP BY tier HAVING SUM(n) <> 0
        ON CONFLICT (tier) DO UPDATE SET members = club_tier_counts.members + excluded.members;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER club_members_tiers_insert AFTER INSERT ON club_members
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_tier_counts();
CREATE TRIGGER club_members_tiers_update AFTER UPDATE ON club_members
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_tier_counts();
CREATE TRIGGER club_members_tiers_delete AFTER DELETE ON club_members
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_tier_counts();
