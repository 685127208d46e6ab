// CustomerRepository: the data-quality figures (duplicates, completeness) and archive counts.
#include "archives/data/CustomerRepository.h"

#include "archives/data/CustomerRows.h"

using namespace Qt::StringLiterals;

namespace crm::data {

using namespace detail;

Result<QList<DuplicateGroup>> CustomerRepository::duplicateMobiles(int limit)
{
    auto q = m_db.exec(u"SELECT c.mobile, c.id, c.name FROM customers c JOIN (SELECT mobile FROM customers "
                       "WHERE deleted_at IS NULL AND mobile IS NOT NULL GROUP BY mobile HAVING COUNT(*) > 1 "
                       "ORDER BY COUNT(*) DESC, mobile LIMIT ?) d ON d.mobile = c.mobile WHERE c.deleted_at IS NULL "
                       "ORDER BY c.mobile, c.id"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<DuplicateGroup> out;
    while (q->next()) {
        const QString mobile = q->value(0).toString();
        if (out.isEmpty() || out.last().mobile != mobile)
            out << DuplicateGroup{mobile, {}, {}};
        out.last().customerIds << q->value(1).toLongLong();
        out.last().names << q->value(2).toString();
    }
    return out;
}

Result<QList<qint64>> CustomerRepository::completenessHistogram()
{
    auto q =
        m_db.exec(u"SELECT completeness / 10, COUNT(*) FROM customers WHERE deleted_at IS NULL GROUP BY completeness / 10"_s);
    if (!q)
        return q.error();
    QList<qint64> bands(11, 0);
    while (q->next())
        bands[qBound(0, q->value(0).toInt(), 10)] += q->value(1).toLongLong();
    return bands;
}

Result<QList<QPair<qint64, int>>> CustomerRepository::leastComplete(int limit)
{
    auto q = m_db.exec(u"SELECT id, completeness FROM customers WHERE deleted_at IS NULL ORDER BY completeness, id LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<QPair<qint64, int>> out;
    while (q->next())
        out << qMakePair(q->value(0).toLongLong(), q->value(1).toInt());
    return out;
}

Result<QStringList> CustomerRepository::topTags(int limit)
{
    return strings(m_db.exec(u"SELECT tag FROM customer_tags GROUP BY tag ORDER BY COUNT(*) DESC, tag LIMIT ?"_s, {limit}));
}

Result<qint64> CustomerRepository::countCustomers()
{
    return countLive(u"customers"_s);
}

Result<qint64> CustomerRepository::countVehicles()
{
    return countLive(u"vehicles"_s);
}

Result<qint64> CustomerRepository::countVisits()
{
    return countLive(u"service_visits"_s);
}

Result<qint64> CustomerRepository::countLive(const QString &table)
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM "_s + table + u" WHERE deleted_at IS NULL"_s); // fixed table names only
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace crm::data
