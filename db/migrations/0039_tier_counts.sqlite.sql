-- Only a change of membership or tier writes the counts: the ledger's triggers update
-- club_members.last_points_at at every points entry and must not touch them.
CREATE TRIGGER club_members_tiers_insert AFTER INSERT ON club_members WHEN NEW.status = 'active' BEGIN
    INSERT INTO club_tier_counts (tier, members) VALUES (NEW.tier, 1)
    ON CONFLICT (tier) DO UPDATE SET members = members + 1;
END;
CREATE TRIGGER club_members_tiers_update AFTER UPDATE OF status, tier ON club_members
    WHEN (OLD.status = 'active') <> (NEW.status = 'active') OR (NEW.status = 'active' AND OLD.tier <> NEW.tier) BEGIN
    UPDATE club_tier_counts SET members = members - 1 WHERE OLD.status = 'active' AND tier = OLD.tier;
    INSERT INTO club_tier_counts (tier, members) SELECT NEW.tier, 1 WHERE NEW.status = 'active'
    ON CONFLICT (tier) DO UPDATE SET members = members + 1;
END;
CREATE TRIGGER club_members_tiers_delete AFTER DELETE ON club_members WHEN OLD.status = 'active' BEGIN
    UPDATE club_tier_counts SET members = members - 1 WHERE tier = OLD.tier;
END;
