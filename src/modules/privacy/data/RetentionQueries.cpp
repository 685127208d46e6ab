#include "privacy/data/RetentionQueries.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
// Dates are compared as ISO text: visit and delivery days (YYYY-MM-DD) against the cut-off day,
// stored UTC times (YYYY-MM-DDTHH:MM:SSZ) against its midnight.
QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QString instant(const QDate &d)
{
    return d.toString(Qt::ISODate) + u"T00:00:00Z"_s;
}
} // namespace

// Four probes a customer, each on an index that starts with customer_id.
QString RetentionQueries::pastWhere() const
{
    return u"c.deleted_at IS NULL AND c.created_at < ? "
           "AND NOT EXISTS (SELECT 1 FROM service_visits sv WHERE sv.customer_id = c.id AND sv.visit_date >= ?) "
           "AND NOT EXISTS (SELECT 1 FROM vehicles v WHERE v.customer_id = c.id AND v.delivery_date >= ?) "
           "AND NOT EXISTS (SELECT 1 FROM followup_calls fc WHERE fc.customer_id = c.id AND fc.called_at >= ?) "
           "AND NOT EXISTS (SELECT 1 FROM customer_consents cc WHERE cc.customer_id = c.id AND cc.granted = 1 "
           "AND cc.recorded_at >= ?) "_s;
}

Result<QList<RetentionCustomer>> RetentionQueries::customersPast(const QDate &cutoff, int limit, qint64 afterId)
{
    auto q =
        m_db.exec(u"SELECT c.id, c.name, c.created_at, "
                  "(SELECT MAX(x) FROM (SELECT MAX(sv.visit_date) AS x FROM service_visits sv WHERE sv.customer_id = c.id "
                  "UNION ALL SELECT MAX(v.delivery_date) FROM vehicles v WHERE v.customer_id = c.id "
                  "UNION ALL SELECT MAX(substr(fc.called_at, 1, 10)) FROM followup_calls fc WHERE fc.customer_id = c.id "
                  "UNION ALL SELECT MAX(substr(cc.recorded_at, 1, 10)) FROM customer_consents cc WHERE cc.customer_id = c.id "
                  "AND cc.granted = 1) AS a) "
                  "FROM customers c WHERE c.id > ? AND "_s +
                      pastWhere() + u"ORDER BY c.id LIMIT ?"_s,
                  {afterId, instant(cutoff), day(cutoff), day(cutoff), instant(cutoff), instant(cutoff), limit});
    if (!q)
        return q.error();
    QList<RetentionCustomer> out;
    while (q->next()) {
        RetentionCustomer r;
        r.id = q->value(0).toLongLong();
        r.name = q->value(1).toString();
        r.createdAt = q->value(2).toString();
        r.lastActivity = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        out << r;
    }
    return out;
}

Result<qint64> RetentionQueries::countCustomersPast(const QDate &cutoff)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM customers c WHERE "_s + pastWhere(),
                         {instant(cutoff), day(cutoff), day(cutoff), instant(cutoff), instant(cutoff)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<bool> RetentionQueries::isPast(qint64 customerId, const QDate &cutoff)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM customers c WHERE c.id = ? AND "_s + pastWhere(),
                         {customerId, instant(cutoff), day(cutoff), day(cutoff), instant(cutoff), instant(cutoff)});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

namespace {
const QString kLeadsPast = u"customer_id IS NULL AND status NOT IN ('ordered', 'delivered') AND created_at < ? "
                           "AND (mobile <> '' OR note <> '')"_s;
}

Result<qint64> RetentionQueries::countLeadsPast(const QDate &cutoff)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE "_s + kLeadsPast, {instant(cutoff)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> RetentionQueries::eraseLeadsPast(const QDate &cutoff, const QString &anonymousName)
{
    auto q = m_db.exec(u"UPDATE leads SET name = ?, mobile = '', note = '', lost_reason = '' WHERE "_s + kLeadsPast,
                       {anonymousName, instant(cutoff)});
    if (!q)
        return q.error();
    return qint64(q->numRowsAffected());
}

Result<qint64> RetentionQueries::countCallNotesPast(const QDate &cutoff)
{
    auto n = m_db.scalar(u"SELECT COUNT(*) FROM followup_calls WHERE called_at < ? AND notes <> ''"_s, {instant(cutoff)});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<qint64> RetentionQueries::clearCallNotesPast(const QDate &cutoff)
{
    auto q = m_db.exec(u"UPDATE followup_calls SET notes = '' WHERE called_at < ? AND notes <> ''"_s, {instant(cutoff)});
    if (!q)
        return q.error();
    return qint64(q->numRowsAffected());
}

} // namespace crm::data
