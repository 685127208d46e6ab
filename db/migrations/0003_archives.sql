-- Customer archives: search keys, tags, consent, vehicle ownership history, documents,
-- and the last paid visit per vehicle that churn is computed from.
ALTER TABLE customers ADD COLUMN other_phones TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN merged_into @BIGINT@ REFERENCES customers(id);

-- Prefix search on these keys is an index range scan on both engines (see core/SearchKeys.h).
CREATE TABLE customer_search_keys (
    key         TEXT NOT NULL,
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    PRIMARY KEY (key, customer_id)
);
CREATE INDEX customer_search_keys_customer ON customer_search_keys(customer_id);

CREATE TABLE customer_tags (
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
);
CREATE INDEX customer_tags_tag ON customer_tags(tag, customer_id);

-- Consent per purpose (PIPL): service follow-up, marketing calls, SMS, sharing with the manufacturer.
CREATE TABLE customer_consents (
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('service_calls', 'marketing_calls', 'sms', 'manufacturer')),
    granted     INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    how         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (customer_id, purpose)
);

ALTER TABLE vehicles ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE vehicles ADD COLUMN last_paid_visit TEXT;
CREATE INDEX vehicles_last_paid_visit ON vehicles(last_paid_visit);
CREATE INDEX vehicles_model ON vehicles(model, customer_id);

CREATE TABLE vehicle_ownership (
    id          @ID@,
    vehicle_id  @BIGINT@ NOT NULL REFERENCES vehicles(id),
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    from_date   TEXT NOT NULL,
    to_date     TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX vehicle_ownership_vehicle ON vehicle_ownership(vehicle_id, from_date);
CREATE INDEX vehicle_ownership_customer ON vehicle_ownership(customer_id);

CREATE TABLE documents (
    id               @ID@,
    customer_id      @BIGINT@ NOT NULL REFERENCES customers(id),
    vehicle_id       @BIGINT@ REFERENCES vehicles(id),
    kind             TEXT NOT NULL CHECK (kind IN ('purchase_contract', 'maintenance_record', 'work_order', 'settlement', 'other')),
    file_name        TEXT NOT NULL,
    stored_path      TEXT NOT NULL,
    sha256           TEXT NOT NULL,
    archive_location TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX documents_customer ON documents(customer_id);

CREATE INDEX customers_source ON customers(source, id);
CREATE INDEX customers_vip ON customers(vip, id);
