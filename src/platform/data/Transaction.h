#pragma once
#include "data/Database.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <type_traits>

namespace crm::data {

// RAII write transaction: rolls back unless commit() succeeded. Nested guards join the
// outer transaction; a failure anywhere rolls the whole outer transaction back.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_db;
    Status m_started;
    bool m_done = false;
};

// The unit key of the next outermost transaction on `db` for one try (Database::setUnitKey).
class UnitKey {
public:
    UnitKey(Database &db, const QString &key) : m_db(db) { db.setUnitKey(key); }
    ~UnitKey() { m_db.setUnitKey({}); }
    UnitKey(const UnitKey &) = delete;
    UnitKey &operator=(const UnitKey &) = delete;

private:
    Database &m_db;
};

// One unit of work (a service call that writes in one transaction) under `key`, tried again
// while the server is away (Error::Kind::Unavailable) for up to `waitMs`. The result is the last
// try's: AlreadyApplied means an earlier try committed and the answer was lost — the unit is
// applied, once. The caller keeps `key` for as long as it may try the same unit again.
template <typename Fn> std::invoke_result_t<Fn> applyOnce(Database &db, const QString &key, Fn attempt, qint64 waitMs = 60000)
{
    QElapsedTimer waited;
    waited.start();
    for (unsigned long pauseMs = 100;; pauseMs = std::min(pauseMs * 2, 2000ul)) {
        std::invoke_result_t<Fn> r = [&] {
            UnitKey k(db, key);
            return attempt();
        }();
        if (r.ok() || r.error().kind != Error::Kind::Unavailable || waited.elapsed() >= waitMs)
            return r;
        QThread::msleep(pauseMs);
        (void)db.reconnectIfDue();
    }
}

} // namespace crm::data
