-- Only a change of a grouped column writes the counts (a confirmation or a note does not).
CREATE TRIGGER appointments_days_insert AFTER INSERT ON appointments BEGIN
    INSERT INTO appointment_days (day, source, service_kind, advisor, status, n)
    VALUES (substr(NEW.scheduled_at, 1, 10), NEW.source, NEW.service_kind, NEW.advisor, NEW.status, 1)
    ON CONFLICT (day, source, service_kind, advisor, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER appointments_days_update AFTER UPDATE OF scheduled_at, source, service_kind, advisor, status ON appointments
    WHEN substr(OLD.scheduled_at, 1, 10) <> substr(NEW.scheduled_at, 1, 10) OR OLD.source <> NEW.source
      OR OLD.service_kind <> NEW.service_kind OR OLD.advisor <> NEW.advisor OR OLD.status <> NEW.status BEGIN
    UPDATE appointment_days SET n = n - 1
     WHERE day = substr(OLD.scheduled_at, 1, 10) AND source = OLD.source AND service_kind = OLD.service_kind
       AND advisor = OLD.advisor AND status = OLD.status;
    INSERT INTO appointment_days (day, source, service_kind, advisor, status, n)
    VALUES (substr(NEW.scheduled_at, 1, 10), NEW.source, NEW.service_kind, NEW.advisor, NEW.status, 1)
    ON CONFLICT (day, source, service_kind, advisor, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER appointments_days_delete AFTER DELETE ON appointments BEGIN
    UPDATE appointment_days SET n = n - 1
     WHERE day = substr(OLD.scheduled_at, 1, 10) AND source = OLD.source AND service_kind = OLD.service_kind
       AND advisor = OLD.advisor AND status = OLD.status;
END;
