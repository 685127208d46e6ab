#include "data/AuditChain.h"

#include "data/BatchInsert.h"
#include "data/Transaction.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
const QString kColumns = u"id, at, user_id, username, action, entity, entity_id, before_json, after_json, detail, subject_id"_s;
constexpr int kBatch = 5000;

// SHA-256 (hex) of the previous hash and the entry's columns as stored: unit separators between
// fields, a record separator for NULL, so no two different rows hash alike by shifting text.
QString linkHash(const QString &previous, const QSqlQuery &q)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    for (int i = 0; i < 11; ++i) {
        h.addData(QByteArrayView("\x1f", 1));
        const QVariant v = q.value(i);
        if (v.isNull())
            h.addData(QByteArrayView("\x1e", 1));
        else
            h.addData(v.toString().toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}
} // namespace

Result<qint64> AuditChain::extend(const QString &settledBefore, const std::function<bool(qint64)> &progress)
{
    Transaction tx(m_db);
    CRM_TRY(tx.started());
    // One chainer at a time on a server (SQLite's write lock does the same); nothing else waits on it.
    if (m_db.engine() == Engine::Postgres)
        if (auto lock = m_db.exec(u"SELECT pg_advisory_xact_lock(7340030)"_s); !lock)
            return lock.error();
    qint64 last = 0;
    QString previous;
    {
        auto q = m_db.exec(u"SELECT audit_id, row_hash FROM audit_chain ORDER BY audit_id DESC LIMIT 1"_s);
        if (!q)
            return q.error();
        if (q->next()) {
            last = q->value(0).toLongLong();
            previous = q->value(1).toString();
        }
    }
    qint64 done = 0;
    bool settled = true;
    while (settled) {
        QList<QPair<qint64, QString>> links;
        {
            auto q = m_db.exec(u"SELECT "_s + kColumns + u" FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"_s, {last, kBatch});
            if (!q)
                return q.error();
            // In id order up to the first entry not settled yet: an entry is never skipped because
            // a later one (a seed's back-dated history, another desk's clock) looked older.
            while (q->next()) {
                if (q->value(1).toString() >= settledBefore) {
                    settled = false;
                    break;
                }
                previous = linkHash(previous, *q);
                last = q->value(0).toLongLong();
                links << qMakePair(last, previous);
            }
        }
        if (links.isEmpty())
            break;
        BatchInsert insert(m_db, u"audit_chain"_s, {u"audit_id"_s, u"row_hash"_s});
        for (const auto &[id, hash] : links)
            CRM_TRY(insert.add({id, hash}));
        CRM_TRY(insert.flush());
        done += links.size();
        if (progress && !progress(done))
            return Error::invalid(tr("Chaining the audit log was stopped; nothing of it was saved."));
    }
    CRM_TRY(tx.commit());
    return done;
}

Result<ChainReport> AuditChain::verify(const std::function<bool(qint64)> &progress)
{
    ChainReport r;
    QString previous;
    qint64 after = 0;
    auto lastChained = m_db.scalar(u"SELECT MAX(audit_id) FROM audit_chain"_s);
    if (!lastChained)
        return lastChained.error();
    const qint64 chainEnd = lastChained->toLongLong();
    for (;;) {
        auto q = m_db.exec(u"SELECT "_s + kColumns +
                               u", c.row_hash FROM audit_log LEFT JOIN audit_chain c ON c.audit_id = audit_log.id "
                               "WHERE id > ? ORDER BY id LIMIT ?"_s,
                           {after, kBatch});
        if (!q)
            return q.error();
        int rows = 0;
        while (q->next()) {
            ++rows;
            ++r.entries;
            after = q->value(0).toLongLong();
            if (q->value(11).isNull()) {
                (after > chainEnd ? r.pending : r.unchained) += 1;
                continue;
            }
            const QString expected = linkHash(previous, *q);
            if (expected != q->value(11).toString() && r.brokenAt == 0)
                r.brokenAt = after;
            if (r.brokenAt == 0)
                ++r.chained;
            previous = q->value(11).toString();
        }
        if (rows == 0)
            break;
        if (progress && !progress(r.entries))
            return Error::invalid(tr("The check of the audit log was stopped."));
    }
    auto missing = m_db.scalar(u"SELECT COUNT(*) FROM audit_chain c WHERE NOT EXISTS "
                               "(SELECT 1 FROM audit_log a WHERE a.id = c.audit_id)"_s);
    if (!missing)
        return missing.error();
    r.missing = missing->toLongLong();
    return r;
}

} // namespace crm::data
