#include "privacy/services/RequestService.h"

#include "archives/data/CustomerRepository.h"
#include "complaints/services/ComplaintService.h"
#include "core/Clock.h"
#include "data/Transaction.h"
#include "privacy/core/PrivacyRequests.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Result<qint64> RequestService::registerRequest(const Session &who, const PrivacyRequestInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("register a request about personal data")));
    if (!privacy::RequestText::kinds().contains(in.kind))
        return Error::invalid(tr("Kind: one of %1.").arg(privacy::RequestText::kinds().join(u", "_s)));
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    const QDate received = in.receivedOn.isValid() ? in.receivedOn : today;
    if (received > today)
        return Error::invalid(tr("Received on: %1 is in the future.").arg(received.toString(Qt::ISODate)));
    if (in.customerId) {
        auto known = data::CustomerRepository(m_ctx.db).isUnmerged(in.customerId);
        if (!known)
            return known.error();
        if (!*known)
            return Error::notFound(tr("Customer %1 does not exist (or was merged).").arg(in.customerId));
    } else if (in.requester.trimmed().isEmpty()) {
        return Error::invalid(
            tr("Who asked: choose the customer, or write the person's name when they are not in the archives."));
    }
    if (in.contact.trimmed().isEmpty())
        return Error::invalid(tr("Contact: say where the answer goes (phone, address or e-mail)."));
    // Deadlines count on the national calendar as the complaint desk keeps it (holidays, 调休).
    auto calendar = ComplaintService(m_ctx).calendar();
    if (!calendar)
        return calendar.error();
    data::PrivacyRequestRow r;
    r.customerId = in.customerId;
    r.kind = in.kind;
    r.requester = in.requester.trimmed();
    r.contact = in.contact.trimmed();
    r.details = in.details.trimmed();
    r.receivedOn = received;
    r.dueOn = privacy::answerDueOn(received, *calendar);
    r.createdAt = toStoredUtc(m_ctx.clock.nowUtc());
    r.createdBy = who.username;
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto id = data::PrivacyRequestRepository(m_ctx.db).insert(r);
    if (!id)
        return id.error();
    // The person's words stay in the register (erased with them); the audit names the request.
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"privacy_requests"_s,
                          QString::number(*id),
                          {},
                          {{u"kind"_s, r.kind},
                           {u"customer_id"_s, r.customerId},
                           {u"received_on"_s, received.toString(Qt::ISODate)},
                           {u"due_on"_s, r.dueOn.toString(Qt::ISODate)}},
                          {}}));
    CRM_TRY(tx.commit());
    return *id;
}

Status RequestService::answer(const Session &who, qint64 id, const QString &status, const QString &answer)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("answer a request about personal data")));
    if (status != u"answered"_s && status != u"refused"_s)
        return Error::invalid(tr("Status: answered or refused."));
    if (answer.trimmed().isEmpty())
        return Error::invalid(status == u"refused"_s ? tr("Answer: a refusal must say why (the law asks for the reason).")
                                                     : tr("Answer: say what was done and how the person was told."));
    data::PrivacyRequestRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = repo.find(id);
    if (!before)
        return before.error();
    if (!*before)
        return Error::notFound(tr("Request %1 does not exist.").arg(id));
    auto changed = repo.answer(id, status, answer.trimmed(), toStoredUtc(m_ctx.clock.nowUtc()), who.username);
    if (!changed)
        return changed.error();
    if (!*changed)
        return Error::conflict(
            tr("Request %1 was answered already (%2).").arg(id).arg(privacy::RequestText::status((*before)->status)));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"answer"_s,
                          u"privacy_requests"_s,
                          QString::number(id),
                          {{u"status"_s, (*before)->status}},
                          {{u"status"_s, status}},
                          {}}));
    return tx.commit();
}

Result<QList<data::PrivacyRequestRow>> RequestService::requests(const Session &who, bool openOnly, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("read the register of personal-data requests")));
    return data::PrivacyRequestRepository(m_ctx.db).list(openOnly, std::clamp(limit, 1, 10000));
}

} // namespace crm::services
