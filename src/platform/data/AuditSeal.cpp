#include "data/AuditSeal.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/Seal.h"
#include "data/BatchInsert.h"
#include "data/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
const QString kCheckText = u"DealerCRM audit seal"_s;
const QByteArray kCheckContext = "audit-seal-check";

QByteArray customerContext(qint64 customerId)
{
    return "audit-key:" + QByteArray::number(customerId);
}
QByteArray valueContext(qint64 customerId)
{
    return "audit-value:" + QByteArray::number(customerId);
}

// Audited entities whose rows belong to one customer (their customer_id). Entries about any
// other entity hold no customer's values, or name the customer themselves (Guard::audit's
// customer_id); the customers entity is its own subject.
const QStringList kSubjectTables{
    u"appointments"_s,     u"campaign_targets"_s, u"club_events"_s,      u"club_members"_s,  u"complaints"_s, u"documents"_s,
    u"feedback_items"_s,   u"followup_calls"_s,   u"followup_tasks"_s,   u"inbound_calls"_s, u"leads"_s,      u"messages"_s,
    u"privacy_requests"_s, u"service_visits"_s,   u"survey_responses"_s, u"vehicles"_s};

bool isId(const QString &s)
{
    bool ok = false;
    return !s.isEmpty() && s.toLongLong(&ok) > 0 && ok;
}
} // namespace

Result<QByteArray> KeyFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("The key file %1 cannot be read: %2").arg(path, f.errorString()));
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QByteArray key = QByteArray::fromBase64(line);
        if (key.size() != seal::kKeyBytes)
            break;
        return key;
    }
    return Error::invalid(tr("%1 is not a DealerCRM key file.").arg(path));
}

Status KeyFile::write(const QString &path, const QByteArray &key, const QString &databaseName)
{
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        return Error::io(tr("Cannot create the folder %1 for the key file.").arg(fi.absolutePath()));
    QFile f(path);
    // NewOnly: a key file is never overwritten — the one there may be the only copy of a key.
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::io(tr("Cannot create the key file %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray text = "# DealerCRM key of " + databaseName.toUtf8() +
                            "\n# Keep a copy with the backups: without it the audit log's personal values cannot be read.\n" +
                            key.toBase64() + '\n';
    if (f.write(text) != text.size() || !f.flush())
        return Error::io(tr("Cannot write the key file %1: %2").arg(path, f.errorString()));
    return {};
}

Result<AuditSeal::State> AuditSeal::state()
{
    if (m_state)
        return *m_state;
    auto check = m_db.scalar(u"SELECT key_check FROM audit_seal WHERE id = 1"_s);
    if (!check)
        return check.error();
    if (!check->isValid())
        m_state = State::Off;
    else if (m_db.sealKey().isEmpty())
        m_state = State::NoKey;
    else if (m_db.sealKeyChecked())
        m_state = State::Ready;
    else if (auto opened = seal::openText(check->toString(), m_db.sealKey(), kCheckContext); !opened || *opened != kCheckText)
        m_state = State::WrongKey;
    else {
        m_db.setSealKey(m_db.sealKey(), true);
        m_state = State::Ready;
    }
    return *m_state;
}

QString AuditSeal::refusal(State s) const
{
    const QString path = m_db.spec().keyFilePath();
    if (s == State::WrongKey)
        return tr("The key file %1 belongs to another database, so the audit log's personal values cannot be sealed or read "
                  "here and nothing was saved. Put this database's key file there (from its backup or another desk).")
            .arg(path);
    return tr("This desk has no key file for this database (%1), so the audit log's personal values cannot be sealed or "
              "read and nothing was saved. Copy the key file from the desk that set the database up, or from its backup.")
        .arg(path);
}

Status AuditSeal::setUp(const std::function<bool(qint64, qint64)> &progress)
{
    auto st = state();
    if (!st)
        return st.error();
    if (*st != State::Off)
        return {};
    const QString path = m_db.spec().keyFilePath();
    if (path.isEmpty())
        return {}; // an in-memory database: nothing outlives it
    // A key file already there (a database re-created beside its old key file) is used, not replaced.
    QByteArray key;
    if (QFileInfo::exists(path)) {
        auto old = KeyFile::read(path);
        if (!old)
            return old.error();
        key = *old;
    } else {
        key = seal::newKey();
        CRM_TRY(KeyFile::write(path, key, m_db.spec().display()));
    }
    m_db.setSealKey(key, true);
    m_state.reset();
    Transaction tx(m_db);
    CRM_TRY(tx.started());
    if (m_db.engine() == Engine::Postgres)
        CRM_TRY(m_db.execRaw(u"LOCK TABLE audit_log IN EXCLUSIVE MODE"_s)); // no desk appends meanwhile
    if (auto q = m_db.exec(u"INSERT INTO audit_seal(id, key_check, set_up_at) VALUES (1, ?, ?)"_s,
                           {seal::sealText(kCheckText, key, kCheckContext), toStoredUtc(QDateTime::currentDateTimeUtc())});
        !q)
        return q.error();
    CRM_TRY(sealExisting(progress));
    CRM_TRY(tx.commit());
    m_state = State::Ready;
    log::get("db")->info("audit log sealing set up");
    return {};
}

Status AuditSeal::sealExisting(const std::function<bool(qint64, qint64)> &progress)
{
    // The log refuses UPDATE by trigger; only this one rewrite of its values goes past it, in
    // this transaction (the owner's: a desk role may not touch triggers).
    if (m_db.engine() == Engine::Postgres)
        CRM_TRY(m_db.execRaw(u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"_s));
    else
        CRM_TRY(m_db.execRaw(u"DROP TRIGGER audit_log_no_update"_s));
    // Subjects first, set-based; then the values, in id order, a batch at a time.
    const QString numeric = m_db.engine() == Engine::Postgres ? u"entity_id ~ '^[0-9]+$'"_s : u"entity_id GLOB '[0-9]*'"_s;
    if (auto q =
            m_db.exec(u"UPDATE audit_log SET subject_id = CAST(entity_id AS BIGINT) WHERE entity = 'customers' AND "_s + numeric);
        !q)
        return q.error();
    for (const QString &t : kSubjectTables)
        if (auto q = m_db.exec(u"UPDATE audit_log SET subject_id = (SELECT t.customer_id FROM %1 t WHERE t.id = "
                               "CAST(audit_log.entity_id AS BIGINT)) WHERE entity = '%1' AND "_s.arg(t) +
                               numeric);
            !q)
            return q.error();
    auto total = m_db.scalar(u"SELECT COUNT(*) FROM audit_log WHERE subject_id IS NOT NULL"_s);
    if (!total)
        return total.error();

    // A key for every customer the log names, made in bulk (COPY on a server) rather than one
    // round trip each; all of them stay in memory for the pass (32 bytes a customer).
    QHash<qint64, QByteArray> keys;
    {
        QList<qint64> subjects;
        {
            auto q = m_db.exec(u"SELECT DISTINCT subject_id FROM audit_log a WHERE subject_id IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM audit_keys k WHERE k.customer_id = a.subject_id)"_s);
            if (!q)
                return q.error();
            while (q->next())
                subjects << q->value(0).toLongLong();
        }
        const QString now = toStoredUtc(QDateTime::currentDateTimeUtc());
        BatchInsert insert(m_db, u"audit_keys"_s, {u"customer_id"_s, u"wrapped"_s, u"created_at"_s});
        for (qint64 id : subjects) {
            const QByteArray key = seal::newKey();
            keys.insert(id, key);
            CRM_TRY(insert.add({id, QString::fromLatin1(seal::seal(m_db.sealKey(), key, customerContext(id)).toBase64()), now}));
        }
        CRM_TRY(insert.flush());
    }
    // The values rewritten 500 rows a statement (UPDATE … FROM VALUES, both engines).
    constexpr int perStatement = 500;
    // VALUES' columns are column1… on both engines (SQLite takes no alias list for them).
    const QString head =
        u"UPDATE audit_log SET before_json = v.column2, after_json = v.column3, detail = v.column4 FROM (VALUES "_s;
    auto statement = [&](int n) {
        QStringList tuples(n, u"(CAST(? AS BIGINT), ?, ?, ?)"_s);
        return head + tuples.join(u", "_s) + u") AS v WHERE audit_log.id = v.column1"_s;
    };
    qint64 after = 0, done = 0;
    for (;;) {
        struct Row {
            qint64 id, subject;
            QString before, after, detail;
        };
        QList<Row> rows;
        {
            auto q = m_db.exec(u"SELECT id, subject_id, before_json, after_json, detail FROM audit_log "
                               "WHERE subject_id IS NOT NULL AND id > ? ORDER BY id LIMIT 2000"_s,
                               {after});
            if (!q)
                return q.error();
            while (q->next())
                rows << Row{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                            q->value(4).toString()};
        }
        if (rows.isEmpty())
            break;
        QVariantList binds;
        int pending = 0;
        auto flush = [&]() -> Status {
            if (pending == 0)
                return {};
            if (pending == perStatement) {
                if (auto q = m_db.execCached(statement(pending), binds); !q)
                    return q.error();
            } else if (auto q = m_db.exec(statement(pending), binds); !q) {
                return q.error();
            }
            binds.clear();
            pending = 0;
            return {};
        };
        for (const Row &r : rows) {
            if (!keys.contains(r.subject)) {
                auto k = customerKey(r.subject, true);
                if (!k)
                    return k.error();
                keys.insert(r.subject, *k);
            }
            const QByteArray &k = keys[r.subject];
            const QByteArray ctx = valueContext(r.subject);
            auto sealed = [&](const QString &v) {
                return v.isEmpty() || seal::isSealedText(v) ? Database::optional(v) : QVariant(seal::sealText(v, k, ctx));
            };
            binds << r.id << sealed(r.before) << sealed(r.after) << sealed(r.detail);
            if (++pending == perStatement)
                CRM_TRY(flush());
        }
        CRM_TRY(flush());
        after = rows.last().id;
        done += rows.size();
        if (progress && !progress(done, total->toLongLong()))
            return Error::invalid(tr("Sealing the audit log was stopped; nothing of it was saved."));
    }

    if (m_db.engine() == Engine::Postgres)
        return m_db.execRaw(u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update"_s);
    return m_db.execRaw(u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s);
}

Result<qint64> AuditSeal::subjectOf(const QString &entity, const QString &entityId)
{
    if (!isId(entityId))
        return qint64(0);
    if (entity == u"customers"_s)
        return entityId.toLongLong();
    if (!kSubjectTables.contains(entity))
        return qint64(0);
    auto c = m_db.scalar(u"SELECT customer_id FROM %1 WHERE id = ?"_s.arg(entity), {entityId.toLongLong()});
    if (!c)
        return c.error();
    return c->isValid() && !c->isNull() ? c->toLongLong() : qint64(0);
}

Result<QByteArray> AuditSeal::customerKey(qint64 customerId, bool create)
{
    const QString select = u"SELECT wrapped FROM audit_keys WHERE customer_id = ?"_s;
    auto wrapped = m_db.scalar(select, {customerId});
    if (!wrapped)
        return wrapped.error();
    if (!wrapped->isValid() && create) {
        // ON CONFLICT: two desks making the same customer's first key — the second uses the first's.
        const QByteArray fresh = seal::newKey();
        if (auto q = m_db.exec(u"INSERT INTO audit_keys(customer_id, wrapped, created_at) VALUES (?, ?, ?) "
                               "ON CONFLICT (customer_id) DO NOTHING"_s,
                               {customerId,
                                QString::fromLatin1(seal::seal(m_db.sealKey(), fresh, customerContext(customerId)).toBase64()),
                                toStoredUtc(QDateTime::currentDateTimeUtc())});
            !q)
            return q.error();
        wrapped = m_db.scalar(select, {customerId});
        if (!wrapped)
            return wrapped.error();
    }
    if (!wrapped->isValid())
        return QByteArray();
    auto key = seal::open(m_db.sealKey(), QByteArray::fromBase64(wrapped->toString().toLatin1()), customerContext(customerId));
    if (!key)
        return Error::invalid(tr("The audit key of customer %1 does not open with this database's key.").arg(customerId));
    return *key;
}

Status AuditSeal::sealEntry(AuditEntry &e)
{
    if (e.subjectId <= 0)
        return {};
    auto st = state();
    if (!st)
        return st.error();
    if (*st == State::Off)
        return {};
    if (*st != State::Ready)
        return Error::io(refusal(*st));
    auto key = customerKey(e.subjectId, true);
    if (!key)
        return key.error();
    const QByteArray ctx = valueContext(e.subjectId);
    for (QString *v : {&e.beforeJson, &e.afterJson, &e.detail})
        if (!v->isEmpty())
            *v = seal::sealText(*v, *key, ctx);
    return {};
}

const QByteArray &AuditSeal::readKey(qint64 subjectId, QHash<qint64, QByteArray> &keys)
{
    auto it = keys.find(subjectId);
    if (it == keys.end()) {
        auto k = customerKey(subjectId, false);
        it = keys.insert(subjectId, k ? *k : QByteArray());
    }
    return *it;
}

QString AuditSeal::openValue(qint64 subjectId, const QString &value, QHash<qint64, QByteArray> &keys)
{
    if (!seal::isSealedText(value))
        return value;
    auto st = state();
    if (!st || *st != State::Ready)
        return {};
    const QByteArray &k = readKey(subjectId, keys);
    if (k.isEmpty())
        return {};
    return seal::openText(value, k, valueContext(subjectId)).value_or(QString());
}

void AuditSeal::openEntry(AuditEntry &e, QHash<qint64, QByteArray> &keys)
{
    QList<QString *> sealed;
    for (QString *v : {&e.beforeJson, &e.afterJson, &e.detail})
        if (seal::isSealedText(*v))
            sealed << v;
    if (sealed.isEmpty())
        return;
    auto st = state();
    if (!st || *st != State::Ready) {
        e.values = AuditEntry::Values::Locked;
    } else {
        const QByteArray &k = readKey(e.subjectId, keys);
        e.values = k.isEmpty() ? AuditEntry::Values::Erased : AuditEntry::Values::Opened;
        for (QString *v : sealed) {
            auto plain = k.isEmpty() ? std::nullopt : seal::openText(*v, k, valueContext(e.subjectId));
            if (!plain)
                e.values = k.isEmpty() ? AuditEntry::Values::Erased : AuditEntry::Values::Locked;
            *v = plain.value_or(QString());
        }
        if (e.values == AuditEntry::Values::Opened)
            return;
    }
    for (QString *v : sealed)
        v->clear();
}

Status AuditSeal::forget(qint64 customerId)
{
    auto q = m_db.exec(u"DELETE FROM audit_keys WHERE customer_id = ?"_s, {customerId});
    if (!q)
        return q.error();
    return {};
}

} // namespace crm::data
