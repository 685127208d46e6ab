#include "privacy/services/PrivacyService.h"

#include "archives/data/CustomerData.h"
#include "archives/data/CustomerRepository.h"
#include "archives/data/DocumentRepository.h"
#include "archives/services/DocumentService.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "data/AuditSeal.h"
#include "data/Database.h"
#include "data/Transaction.h"
#include "privacy/data/ErasureLedger.h"
#include "services/BackupService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace crm::services {

Status PrivacyService::writeDataCopy(const Session &who, qint64 customerId, const QString &file)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("give customers a copy of their personal data")));
    auto known = data::CustomerRepository(m_ctx.db).isUnmerged(customerId);
    if (!known)
        return known.error();
    if (!*known)
        return Error::notFound(tr("Customer %1 does not exist (or was merged).").arg(customerId));
    auto copy = data::readCustomerData(m_ctx.db, customerId);
    if (!copy)
        return copy.error();
    QJsonObject doc = *copy;
    doc.insert(u"customer_id"_s, customerId);
    doc.insert(u"written_at"_s, toStoredUtc(m_ctx.clock.nowUtc()));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("Could not write %1: %2").arg(file, out.errorString()));
    out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    // Audited before the file appears: a copy that could not be audited is never written
    // (the other order could leave a copy of someone's data that no audit entry mentions).
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who, {u"personal_data_copy"_s, u"customers"_s, QString::number(customerId), {}, {}, QString()}));
    CRM_TRY(tx.commit());
    if (!out.commit())
        return Error::io(tr("Could not write %1: %2").arg(file, out.errorString()));
    return {};
}

Status PrivacyService::anonymise(const Session &who, qint64 customerId, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("erase customers' personal data")));
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("erase customers' personal data")));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the data is erased (e.g. the customer's request of a date)."));
    auto known = data::CustomerRepository(m_ctx.db).isUnmerged(customerId);
    if (!known)
        return known.error();
    if (!*known)
        return Error::notFound(tr("Customer %1 does not exist (or was merged).").arg(customerId));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Database &db = m_ctx.db;
    data::Transaction tx(db);
    CRM_TRY(tx.started());
    // The records merged into them are them too (a merge keeps the duplicate's row for its undo).
    auto merged = data::CustomerRepository(db).mergedFrom(customerId);
    if (!merged)
        return merged.error();
    const QList<qint64> erased = QList<qint64>{customerId} + *merged;
    // Documents the law makes the dealership keep (contracts, records of work, settlements) stay;
    // any other is removed, and its file once no other record points at it.
    data::DocumentRepository documents(db);
    QStringList unneeded;
    int kept = 0;
    for (qint64 id : erased) {
        auto docs = documents.list(id);
        if (!docs)
            return docs.error();
        for (const data::DocumentRow &d : *docs) {
            if (d.kind != u"other"_s) {
                ++kept;
                continue;
            }
            CRM_TRY(documents.softDelete(d.id, now));
            unneeded << d.storedPath;
        }
    }
    for (qint64 id : erased)
        CRM_TRY(data::eraseCustomerData(db, {id, now, who.username, tr("(anonymised customer %1)").arg(id)}));
    QString detail = reason.trimmed();
    if (kept > 0 || !unneeded.isEmpty())
        detail += tr(" — documents kept by law (contracts, records of work, settlements): %1; removed: %2")
                      .arg(kept)
                      .arg(unneeded.size());
    // The reason is kept readable (no subject: the customer's key is gone) as the department's
    // proof; the entry holds none of the erased values.
    CRM_TRY(Guard::audit(m_ctx, &who, {u"anonymise"_s, u"customers"_s, QString::number(customerId), {}, {}, detail, -1}));
    CRM_TRY(tx.commit());
    // After the commit: a ledger line for an erasure that did not happen would erase at the next
    // open. A failed write is made good from erased_customers at the next prepare().
    const QString store = DocumentService(m_ctx).storeRoot();
    for (const QString &path : unneeded) {
        auto refs = documents.liveReferences(path);
        if (refs && *refs == 0 && !QFile::remove(store + u'/' + path) && QFile::exists(store + u'/' + path))
            log::get("privacy")->warn("an erased customer's document file could not be removed");
    }
    for (qint64 id : erased)
        if (Status s = data::ErasureLedger(db, backupFolder()).writeFile(id); !s)
            log::get("privacy")->warn("erasure ledger not written: {}", s.error().message.toStdString());
    return {};
}

QString PrivacyService::backupFolder()
{
    BackupService backups(m_ctx);
    return backups.applies() ? backups.policy().folder : QString();
}

QString PrivacyService::settledBefore() const
{
    // A minute's settling: an entry whose transaction has not committed yet is not skipped.
    return toStoredUtc(QDateTime::currentDateTimeUtc().addSecs(-60));
}

Result<data::ChainReport> PrivacyService::verifyAudit(const Session &who, const std::function<bool(qint64)> &progress)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewAudit, tr("check the audit log")));
    data::AuditChain chain(m_ctx.db);
    auto chained = chain.extend(settledBefore());
    if (!chained)
        return chained.error();
    return chain.verify(progress);
}

Result<int> PrivacyService::prepare(const std::function<bool(qint64, qint64)> &progress)
{
    data::Database &db = m_ctx.db;
    if (Status s = data::AuditSeal(db).setUp(progress); !s) {
        // A desk role on a server may not set sealing up (it alters the log's trigger): the owner's
        // migrate does. The desk works on; what it audits stays as the database says.
        if (s.error().sqlCode != u"42501"_s || db.engine() != data::Engine::Postgres) // insufficient_privilege
            return s.error();
        log::get("privacy")->warn("audit log sealing not set up here: {}", s.error().message.toStdString());
    }
    auto chained = data::AuditChain(db).extend(settledBefore());
    if (!chained)
        return chained.error();
    data::ErasureLedger ledger(db, backupFolder());
    CRM_TRY(ledger.writeFile());
    auto again = ledger.toErase();
    if (!again)
        return again.error();
    const Session system = Session::system(u"erasure ledger"_s);
    for (qint64 id : *again) {
        data::Transaction tx(db);
        CRM_TRY(tx.started());
        const QString now = toStoredUtc(m_ctx.clock.nowUtc());
        CRM_TRY(data::eraseCustomerData(db, {id, now, system.username, tr("(anonymised customer %1)").arg(id)}));
        CRM_TRY(Guard::audit(m_ctx, &system,
                             {u"anonymise"_s,
                              u"customers"_s,
                              QString::number(id),
                              {},
                              {},
                              tr("Erased again: the erasure ledger lists this customer (a restored backup held them)."),
                              -1}));
        CRM_TRY(tx.commit());
    }
    if (!again->isEmpty())
        log::get("privacy")->info("{} customers erased again from the erasure ledger", again->size());
    return int(again->size());
}

} // namespace crm::services
