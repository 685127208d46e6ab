-- The core of the customer archives: enough for the demo and scale data sets.
-- The archives issue extends these tables; soft deletes via deleted_at.
CREATE TABLE customers (
    id         @ID@,
    name       TEXT NOT NULL,
    gender     TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'M', 'F')),
    mobile     TEXT,
    city       TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL DEFAULT '',
    birthday   TEXT,
    vip        INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX customers_mobile ON customers(mobile);
CREATE INDEX customers_name ON customers(name, id);
CREATE INDEX customers_city ON customers(city, id);

CREATE TABLE vehicles (
    id               @ID@,
    customer_id      @BIGINT@ NOT NULL REFERENCES customers(id),
    vin              TEXT NOT NULL UNIQUE,
    plate            TEXT NOT NULL DEFAULT '',
    brand            TEXT NOT NULL DEFAULT '',
    model            TEXT NOT NULL DEFAULT '',
    trim_level       TEXT NOT NULL DEFAULT '',
    colour           TEXT NOT NULL DEFAULT '',
    purchase_date    TEXT,
    delivery_date    TEXT,
    sales_consultant TEXT NOT NULL DEFAULT '',
    mileage_km       INTEGER NOT NULL DEFAULT 0,
    insurance_expiry TEXT,
    status           TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'sold', 'scrapped', 'moved')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    deleted_at       TEXT
);
CREATE INDEX vehicles_customer ON vehicles(customer_id);
CREATE INDEX vehicles_plate ON vehicles(plate);

CREATE TABLE service_visits (
    id          @ID@,
    vehicle_id  @BIGINT@ NOT NULL REFERENCES vehicles(id),
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    visit_date  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('maintenance', 'repair', 'warranty', 'accident')),
    mileage_km  INTEGER NOT NULL DEFAULT 0,
    advisor     TEXT NOT NULL DEFAULT '',
    amount_fen  @BIGINT@ NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    deleted_at  TEXT
);
CREATE INDEX service_visits_vehicle ON service_visits(vehicle_id, visit_date);
CREATE INDEX service_visits_customer ON service_visits(customer_id, visit_date);
