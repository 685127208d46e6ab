#include "privacy/data/ErasureLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace crm::data {

QString ErasureLedger::path(const ConnectionSpec &spec)
{
    QString key = spec.keyFilePath();
    if (key.isEmpty())
        return {};
    if (key.endsWith(u".key"_s))
        key.chop(4);
    return key + u".erased"_s;
}

Status ErasureLedger::record(qint64 customerId, const QString &erasedAt)
{
    auto q = m_db.exec(u"INSERT INTO erased_customers(customer_id, created_at, erased_at) "
                       "SELECT id, created_at, ? FROM customers WHERE id = ? ON CONFLICT (customer_id) DO NOTHING"_s,
                       {erasedAt, customerId});
    if (!q)
        return q.error();
    return {};
}

QStringList ErasureLedger::files() const
{
    const QString main = path(m_db.spec());
    if (main.isEmpty())
        return {};
    QStringList out{main};
    if (!m_backupFolder.isEmpty())
        out << QDir(m_backupFolder).filePath(QFileInfo(main).fileName());
    return out;
}

Result<QList<LedgerEntry>> ErasureLedger::fileEntries(const QString &file)
{
    QList<LedgerEntry> out;
    QFile f(file);
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("The erasure ledger %1 cannot be read: %2").arg(f.fileName(), f.errorString()));
    while (!f.atEnd()) {
        const QList<QByteArray> cols = f.readLine().trimmed().split('\t');
        if (cols.size() >= 3 && cols[0].toLongLong() > 0)
            out << LedgerEntry{cols[0].toLongLong(), QString::fromUtf8(cols[1]), QString::fromUtf8(cols[2])};
    }
    return out;
}

Status ErasureLedger::writeFile(qint64 customerId)
{
    for (const QString &file : files())
        CRM_TRY(writeFile(file, customerId));
    return {};
}

Status ErasureLedger::writeFile(const QString &file, qint64 customerId)
{
    QSet<qint64> known;
    if (customerId == 0) {
        auto listed = fileEntries(file);
        if (!listed)
            return listed.error();
        for (const LedgerEntry &e : *listed)
            known.insert(e.customerId);
    }
    auto q = m_db.exec(u"SELECT customer_id, created_at, erased_at FROM erased_customers WHERE (? = 0 OR customer_id = ?) "
                       "ORDER BY customer_id"_s,
                       {customerId, customerId});
    if (!q)
        return q.error();
    QByteArray lines;
    while (q->next())
        if (!known.contains(q->value(0).toLongLong()))
            lines += q->value(0).toByteArray() + '\t' + q->value(1).toByteArray() + '\t' + q->value(2).toByteArray() + '\n';
    if (lines.isEmpty())
        return {};
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    if (!f.open(QIODevice::Append))
        return Error::io(tr("The erasure ledger %1 cannot be written: %2").arg(file, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Synced: an erasure the ledger lost could come back with the next restore.
    if (f.write(lines) != lines.size() || !f.flush() || ::fsync(f.handle()) != 0)
        return Error::io(tr("The erasure ledger %1 cannot be written: %2").arg(file, f.errorString()));
    return {};
}

Result<QList<qint64>> ErasureLedger::toErase()
{
    QList<LedgerEntry> all;
    for (const QString &file : files()) {
        auto listed = fileEntries(file);
        if (!listed)
            return listed.error();
        all += *listed;
    }
    const QList<LedgerEntry> *listed = &all;
    QList<qint64> out;
    if (listed->isEmpty())
        return out;
    QSet<qint64> erased;
    {
        auto q = m_db.exec(u"SELECT customer_id FROM erased_customers"_s);
        if (!q)
            return q.error();
        while (q->next())
            erased.insert(q->value(0).toLongLong());
    }
    for (const LedgerEntry &e : *listed) {
        if (erased.contains(e.customerId))
            continue;
        auto created = m_db.scalar(u"SELECT created_at FROM customers WHERE id = ?"_s, {e.customerId});
        if (!created)
            return created.error();
        if (created->isValid() && created->toString() == e.createdAt && !out.contains(e.customerId))
            out << e.customerId;
    }
    return out;
}

} // namespace crm::data
