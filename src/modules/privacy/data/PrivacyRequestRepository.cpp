#include "privacy/data/PrivacyRequestRepository.h"

#include "data/Rows.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
const QString kSelect = u"SELECT r.id, r.customer_id, COALESCE(c.name, ''), r.kind, r.requester, r.contact, r.details, "
                        "r.received_on, r.due_on, r.status, r.answer, COALESCE(r.answered_at, ''), "_s +
                        personOf(u"r.answered_by"_s) +
                        u", r.created_at, r.created_by "
                        "FROM privacy_requests r LEFT JOIN customers c ON c.id = r.customer_id "_s;

PrivacyRequestRow rowFrom(const QSqlQuery &q)
{
    PrivacyRequestRow r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.customerName = q.value(2).toString();
    r.kind = q.value(3).toString();
    r.requester = q.value(4).toString();
    r.contact = q.value(5).toString();
    r.details = q.value(6).toString();
    r.receivedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.dueOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    r.status = q.value(9).toString();
    r.answer = q.value(10).toString();
    r.answeredAt = q.value(11).toString();
    r.answeredBy = r.answeredAt.isEmpty() ? QString() : q.value(12).toString();
    r.createdAt = q.value(13).toString();
    r.createdBy = q.value(14).toString();
    return r;
}
} // namespace

Result<qint64> PrivacyRequestRepository::insert(const PrivacyRequestRow &r)
{
    return returnedId(m_db.exec(
        u"INSERT INTO privacy_requests(customer_id, kind, requester, contact, details, received_on, due_on, "
        "status, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"_s,
        {nullableId(r.customerId), r.kind, Database::text(r.requester), Database::text(r.contact), Database::text(r.details),
         r.receivedOn.toString(Qt::ISODate), r.dueOn.toString(Qt::ISODate), r.createdAt, r.createdBy}));
}

Result<std::optional<PrivacyRequestRow>> PrivacyRequestRepository::find(qint64 id)
{
    auto q = m_db.exec(kSelect + u"WHERE r.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PrivacyRequestRow>();
    return std::optional<PrivacyRequestRow>(rowFrom(*q));
}

Result<QList<PrivacyRequestRow>> PrivacyRequestRepository::list(bool openOnly, int limit)
{
    auto q = m_db.exec(kSelect + (openOnly ? u"WHERE r.status = 'open' "_s : QString()) +
                           u"ORDER BY CASE WHEN r.status = 'open' THEN 0 ELSE 1 END, "
                           "CASE WHEN r.status = 'open' THEN r.due_on END, r.id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<PrivacyRequestRow> out;
    while (q->next())
        out << rowFrom(*q);
    return out;
}

Result<bool> PrivacyRequestRepository::answer(qint64 id, const QString &status, const QString &text, const QString &at,
                                              const QString &by)
{
    return changedOne(m_db.exec(u"UPDATE privacy_requests SET status = ?, answer = ?, answered_at = ?, answered_by = ? "
                                "WHERE id = ? AND status = 'open'"_s,
                                {status, text, at, by, id}));
}

} // namespace crm::data
