#include "privacy/services/PrivacyService.h"

#include "archives/data/CustomerData.h"
#include "archives/data/CustomerRepository.h"
#include "core/Clock.h"
#include "data/Database.h"
#include "data/Transaction.h"

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
    CRM_TRY(data::eraseCustomerData(db, {customerId, now, who.username, tr("(anonymised customer %1)").arg(customerId)}));
    // The reason is the requester's words; it is kept in the audit entry, never the erased values.
    CRM_TRY(Guard::audit(m_ctx, &who, {u"anonymise"_s, u"customers"_s, QString::number(customerId), {}, {}, reason.trimmed()}));
    return tx.commit();
}

} // namespace crm::services
