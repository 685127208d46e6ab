-- Owners' club programme: the club's own log (on the customer's timeline), gifts and redemption
-- orders, activities, member services with their resources, and leads (referrals and web leads).

-- Every membership and card step, kept for the customer's timeline (the audit log keeps the who/what too).
CREATE TABLE club_events (
    id          @ID@,
    member_id   @BIGINT@ NOT NULL REFERENCES club_members(id),
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,   -- enrol, card_issued, card_lost, card_reissued, cancel, tier
    detail      TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL
);
CREATE INDEX club_events_customer ON club_events(customer_id, at);

-- Stock is changed only by conditional UPDATEs (… WHERE stock >= ?), like the points balance.
CREATE TABLE gifts (
    id         @ID@,
    name       TEXT NOT NULL,
    points     INTEGER NOT NULL CHECK (points > 0),
    stock      INTEGER NOT NULL CHECK (stock >= 0),
    active     INTEGER NOT NULL DEFAULT 1,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE redemption_orders (
    id         @ID@,
    member_id  @BIGINT@ NOT NULL REFERENCES club_members(id),
    gift_id    @BIGINT@ NOT NULL REFERENCES gifts(id),
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    points     INTEGER NOT NULL CHECK (points > 0),   -- the whole order, at the price of the day
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fulfilled', 'cancelled')),
    ordered_at TEXT NOT NULL,
    ordered_by TEXT NOT NULL,
    closed_at  TEXT,
    closed_by  TEXT,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX redemption_orders_status ON redemption_orders(status, ordered_at);
CREATE INDEX redemption_orders_member ON redemption_orders(member_id);

-- `registered` counts live registrations; taking a place is a conditional UPDATE, so capacity holds
-- with two desks registering at once.
CREATE TABLE activities (
    id         @ID@,
    title      TEXT NOT NULL,
    starts_at  TEXT NOT NULL,   -- local time, yyyy-MM-ddTHH:mm
    place      TEXT NOT NULL DEFAULT '',
    capacity   INTEGER NOT NULL CHECK (capacity > 0),
    registered INTEGER NOT NULL DEFAULT 0 CHECK (registered >= 0),
    points     INTEGER NOT NULL DEFAULT 0 CHECK (points >= 0),   -- for attendance
    status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'cancelled')),
    note       TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (registered <= capacity)
);
CREATE INDEX activities_start ON activities(starts_at);

CREATE TABLE activity_registrations (
    activity_id   @BIGINT@ NOT NULL REFERENCES activities(id),
    member_id     @BIGINT@ NOT NULL REFERENCES club_members(id),
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'attended', 'cancelled')),
    checked_in_at TEXT,
    PRIMARY KEY (activity_id, member_id)
);
CREATE INDEX activity_registrations_member ON activity_registrations(member_id);

-- Replacement cars and drivers. Booking one locks its row first (an UPDATE of `bookings`), so two
-- desks booking the same car for overlapping times are served one after the other.
CREATE TABLE service_resources (
    id       @ID@,
    kind     TEXT NOT NULL CHECK (kind IN ('car', 'driver')),
    name     TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1,
    bookings INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, name)
);

CREATE TABLE member_services (
    id          @ID@,
    member_id   @BIGINT@ NOT NULL REFERENCES club_members(id),
    customer_id @BIGINT@ NOT NULL REFERENCES customers(id),
    kind        TEXT NOT NULL CHECK (kind IN ('inspection', 'replacement_car', 'pickup')),
    vehicle_id  @BIGINT@ REFERENCES vehicles(id),
    starts_at   TEXT NOT NULL,   -- local time, yyyy-MM-ddTHH:mm
    ends_at     TEXT NOT NULL,
    resource_id @BIGINT@ REFERENCES service_resources(id),
    status      TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'done', 'cancelled')),
    address     TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX member_services_resource ON member_services(resource_id, starts_at);
CREATE INDEX member_services_customer ON member_services(customer_id);
CREATE INDEX member_services_start ON member_services(starts_at);

-- Prospects: referred by a member, entered by hand, or imported from web platforms. An imported
-- lead is known by its platform and the platform's id, so importing the same file twice adds nothing.
CREATE TABLE leads (
    id            @ID@,
    name          TEXT NOT NULL,
    mobile        TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL,   -- referral, walk_in, phone, autohome, dongchedi, yiche, website, other
    external_ref  TEXT,
    model         TEXT NOT NULL DEFAULT '',
    consultant    TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'new'
                  CHECK (status IN ('new', 'contacted', 'test_drive', 'ordered', 'delivered', 'lost')),
    lost_reason   TEXT NOT NULL DEFAULT '',
    referrer_id   @BIGINT@ REFERENCES club_members(id),
    customer_id   @BIGINT@ REFERENCES customers(id),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    contacted_at  TEXT,
    status_at     TEXT NOT NULL,
    UNIQUE (source, external_ref)
);
CREATE INDEX leads_status ON leads(status, created_at);
CREATE INDEX leads_consultant ON leads(consultant, status);
CREATE INDEX leads_mobile ON leads(mobile);
CREATE INDEX leads_referrer ON leads(referrer_id);

CREATE TABLE lead_events (
    id         @ID@,
    lead_id    @BIGINT@ NOT NULL REFERENCES leads(id),
    at         TEXT NOT NULL,
    by_user    TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status  TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lead_events_lead ON lead_events(lead_id, at);

CREATE INDEX points_ledger_kind_at ON points_ledger(kind, at);

-- The member-service reminder call: the day before the service.
INSERT INTO followup_rules(kind, offset_days, due_days, expire_days, priority) VALUES ('member_service', 1, 0, 1, 1);
INSERT INTO followup_scripts(kind, opening, questions, closing) VALUES
    ('member_service', '您好，请问是{客户}先生/女士吗？我是{店名}车主俱乐部的客服专员，跟您确认一下明天的会员服务安排。',
     '1. 时间和地点是否方便？
2. 需要接送或替换车吗？
3. 还有其他需要我们准备的吗？',
     '好的，我们明天按约定为您服务，祝您生活愉快！');
