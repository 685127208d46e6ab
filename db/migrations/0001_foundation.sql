-- Users, the append-only audit log and business settings.
-- Portable DDL: @ID@ and @BIGINT@ are expanded by Dialect::translate(). Timestamps are
-- ISO-8601 UTC text; booleans are 0/1 integers; money is integer fen.
CREATE TABLE users (
    id            @ID@,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('agent', 'archivist', 'club', 'manager', 'admin')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE audit_log (
    id          @ID@,
    at          TEXT NOT NULL,
    user_id     @BIGINT@ REFERENCES users(id),
    username    TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT,
    before_json TEXT,
    after_json  TEXT,
    detail      TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX audit_log_user ON audit_log(user_id, id);
CREATE INDEX audit_log_action ON audit_log(action, id);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by @BIGINT@ REFERENCES users(id)
);
