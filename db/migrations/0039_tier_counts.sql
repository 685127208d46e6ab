-- The board and the club report count the active members by tier at every look (250,000
-- index entries at a million customers, twice a board refresh: 15-30 ms each). Triggers on
-- club_members (engine files) keep the counts here, whatever writes the member rows — the desk,
-- an import, a merge or a DBA's UPDATE.
CREATE TABLE club_tier_counts (
    tier    TEXT PRIMARY KEY,
    members @BIGINT@ NOT NULL
);
INSERT INTO club_tier_counts (tier, members) SELECT tier, COUNT(*) FROM club_members WHERE status = 'active' GROUP BY tier;
