-- Statement-level with transition tables, as club_tier_counts (0039): the seed's COPY of the
-- book pays once per statement, and a statement that changes no grouped column (a confirmation,
-- a note) nets to nothing and writes nothing.
CREATE FUNCTION crm_appointment_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO appointment_days (day, source, service_kind, advisor, status, n)
        SELECT substr(scheduled_at, 1, 10), source, service_kind, advisor, status, COUNT(*) FROM new_rows
         GROUP BY substr(scheduled_at, 1, 10), source, service_kind, advisor, status
        ON CONFLICT (day, source, service_kind, advisor, status) DO UPDATE SET n = appointment_days.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE appointment_days d SET n = d.n - o.n
          FROM (SELECT substr(scheduled_at, 1, 10) AS day, source, service_kind, advisor, status, COUNT(*) AS n
                  FROM old_rows GROUP BY 1, 2, 3, 4, 5) o
         WHERE d.day = o.day AND d.source = o.source AND d.service_kind = o.service_kind AND d.advisor = o.advisor
           AND d.status = o.status;
    ELSE
        INSERT INTO appointment_days (day, source, service_kind, advisor, status, n)
        SELECT day, source, service_kind, advisor, status, SUM(n)
          FROM (SELECT substr(scheduled_at, 1, 10) AS day, source, service_kind, advisor, status, 1 AS n FROM new_rows
                UNION ALL
                SELECT substr(scheduled_at, 1, 10), source, service_kind, advisor, status, -1 FROM old_rows) t
         GROUP BY day, source, service_kind, advisor, status HAVING SUM(n) <> 0
        ON CONFLICT (day, source, service_kind, advisor, status) DO UPDATE SET n = appointment_days.n + excluded.n;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER appointments_days_insert AFTER INSERT ON appointments
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_appointment_days();
CREATE TRIGGER appointments_days_update AFTER UPDATE ON appointments
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_appointment_days();
CREATE TRIGGER appointments_days_delete AFTER DELETE ON appointments
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_appointment_days();
