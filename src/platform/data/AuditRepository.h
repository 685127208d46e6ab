#pragma once
#include "data/Database.h"

#include <optional>

namespace crm::data {

struct AuditEntry {
    qint64 id = 0;
    QString at;                   // UTC, ISO-8601
    std::optional<qint64> userId; // empty for actions before login (failed logins)
    QString username;
    QString action; // create, update, delete, login, login_failed, denied, reveal, export, …
    QString entity; // users, settings, customers, …
    QString entityId;
    QString beforeJson;
    QString afterJson;
    QString detail;
    QString person; // read only: the user's display name (or the stored name without an account)
    // The customer whose personal values before/after/detail hold: sealed under that customer's
    // key when the database seals (data/AuditSeal.h). Zero: no customer (values stay clear).
    qint64 subjectId = 0;
    // Read only: what became of sealed values when they were read.
    enum class Values { Clear, Opened, Erased, Locked };
    Values values = Values::Clear;
};

struct AuditFilter {
    QString action;   // exact, empty = any
    QString entity;   // exact, empty = any
    QString username; // exact, empty = any
};

// Append-only: there is no update or delete here, and triggers refuse them in the database.
class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}
    Result<qint64> append(const AuditEntry &e);
    // Newest first, keyset-paged: pass the smallest id of the previous page (0 = from the top).
    Result<QList<AuditEntry>> page(const AuditFilter &f, qint64 beforeId, int limit);
    Result<qint64> count(const AuditFilter &f);
    Result<std::optional<AuditEntry>> byId(qint64 id);

private:
    Database &m_db;
};

} // namespace crm::data
