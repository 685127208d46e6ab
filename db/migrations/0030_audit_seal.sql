-- Crypto-shredding of the audit log's personal values (data/AuditSeal.h): each entry about a
-- customer is sealed under a key of that customer's own, kept here wrapped under the database's
-- key (which lives in a key file outside the database). Erasing the customer deletes the key.
CREATE TABLE audit_keys (
    customer_id @BIGINT@ PRIMARY KEY,
    wrapped     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
-- One row once the database seals: a value sealed under the database's key, so a key file that
-- belongs to another database is refused instead of used.
CREATE TABLE audit_seal (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    key_check TEXT NOT NULL,
    set_up_at TEXT NOT NULL
);
ALTER TABLE audit_log ADD COLUMN subject_id @BIGINT@;
-- Who was erased (ids and the customer's creation time, nothing personal): the erasure ledger
-- file beside the key file is made whole from it, and a restored backup that still holds one of
-- them is erased again before anyone works on it (privacy/data/ErasureLedger.h).
CREATE TABLE erased_customers (
    customer_id @BIGINT@ PRIMARY KEY,
    created_at  TEXT NOT NULL,
    erased_at   TEXT NOT NULL
);
-- The audit log's hash chain (data/AuditChain.h): each entry's SHA-256 over the one before it
-- and its own stored columns, appended a settled minute after the entry, so the log can be
-- shown complete and unchanged — an erasure changes no stored byte of it.
CREATE TABLE audit_chain (
    audit_id @BIGINT@ PRIMARY KEY,
    row_hash TEXT NOT NULL
);
