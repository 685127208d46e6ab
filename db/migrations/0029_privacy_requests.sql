-- The register of data-subject requests (PIPL Arts. 44–47): a copy, a correction, an erasure or
-- a withdrawal of consent, each with its legal deadline (15 working days of the national calendar
-- by default), its status and the answer given, so the department can show what it did and when.
CREATE TABLE privacy_requests (
    id             @ID@,
    customer_id    @BIGINT@ REFERENCES customers(id),
    kind           TEXT NOT NULL,             -- copy | correction | erasure | withdrawal
    requester      TEXT NOT NULL DEFAULT '',  -- who asked, when not the customer themself
    contact        TEXT NOT NULL DEFAULT '',  -- where the answer goes (phone, address, e-mail)
    details        TEXT NOT NULL DEFAULT '',  -- what was asked, in the person's words
    received_on    TEXT NOT NULL,             -- YYYY-MM-DD
    due_on         TEXT NOT NULL,             -- YYYY-MM-DD: the legal deadline
    status         TEXT NOT NULL DEFAULT 'open', -- open | answered | refused
    answer         TEXT NOT NULL DEFAULT '',  -- what was done or why not
    answered_at    TEXT,
    answered_by    TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
);
CREATE INDEX privacy_requests_open ON privacy_requests(status, due_on);
CREATE INDEX privacy_requests_customer ON privacy_requests(customer_id);
