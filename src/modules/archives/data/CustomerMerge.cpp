// CustomerRepository: what a merge moves, copies and undoes.
#include "archives/data/CustomerRepository.h"

#include "archives/data/CustomerData.h"
#include "archives/data/CustomerRows.h"

using namespace Qt::StringLiterals;

namespace crm::data {

using namespace detail;

namespace {
// Rows that belong to a customer and move with a merge. (customer_tags and customer_consents are
// keyed by customer and copied instead; customer_search_keys are rebuilt.)
} // namespace

Result<QMap<QString, QList<qint64>>> CustomerRepository::moveOwnedRows(qint64 from, qint64 to)
{
    QMap<QString, QList<qint64>> moved;
    for (const QString &table : tablesMovedOnMerge()) {
        // Table names come from the modules' declared parts (CustomerData.h), never from input.
        auto ids = m_db.exec(u"SELECT id FROM "_s + table + u" WHERE customer_id = ? ORDER BY id"_s, {from});
        if (!ids)
            return ids.error();
        QList<qint64> list;
        while (ids->next())
            list << ids->value(0).toLongLong();
        if (list.isEmpty())
            continue;
        CRM_TRY(m_db.exec(u"UPDATE "_s + table + u" SET customer_id = ? WHERE customer_id = ?"_s, {to, from}));
        moved.insert(table, list);
    }
    return moved;
}

Status CustomerRepository::moveRowsTo(const QMap<QString, QList<qint64>> &rows, qint64 to)
{
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!tablesMovedOnMerge().contains(it.key()))
            return Error::invalid(u"unknown table %1"_s.arg(it.key()));
        for (qint64 id : it.value())
            CRM_TRY(m_db.exec(u"UPDATE "_s + it.key() + u" SET customer_id = ? WHERE id = ?"_s, {to, id}));
    }
    return {};
}

Result<QStringList> CustomerRepository::copyMissingTags(qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT tag FROM customer_tags t WHERE customer_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM customer_tags s WHERE s.customer_id = ? AND s.tag = t.tag) ORDER BY tag"_s,
                       {from, to});
    if (!q)
        return q.error();
    QStringList tags;
    while (q->next())
        tags << q->value(0).toString();
    for (const QString &t : tags)
        CRM_TRY(m_db.exec(u"INSERT INTO customer_tags(customer_id, tag) VALUES (?, ?)"_s, {to, t}));
    return tags;
}

Status CustomerRepository::removeTags(qint64 customerId, const QStringList &tags)
{
    for (const QString &t : tags)
        CRM_TRY(m_db.exec(u"DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?"_s, {customerId, t}));
    return {};
}

Result<QStringList> CustomerRepository::copyMissingConsents(qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT purpose FROM customer_consents d WHERE customer_id = ? AND NOT EXISTS "
                       "(SELECT 1 FROM customer_consents s WHERE s.customer_id = ? AND s.purpose = d.purpose) ORDER BY purpose"_s,
                       {from, to});
    if (!q)
        return q.error();
    QStringList purposes;
    while (q->next())
        purposes << q->value(0).toString();
    for (const QString &p : purposes)
        CRM_TRY(m_db.exec(
            u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
            "SELECT ?, purpose, granted, recorded_at, how FROM customer_consents WHERE customer_id = ? AND purpose = ?"_s,
            {to, from, p}));
    return purposes;
}

Result<QList<ConsentRow>> CustomerRepository::applyWithdrawals(qint64 from, qint64 to)
{
    auto q = m_db.exec(u"SELECT s.purpose, s.granted, s.recorded_at, s.how, d.recorded_at, d.how FROM customer_consents s "
                       "JOIN customer_consents d ON d.purpose = s.purpose AND d.customer_id = ? "
                       "WHERE s.customer_id = ? AND s.granted = 1 AND d.granted = 0"_s,
                       {from, to});
    if (!q)
        return q.error();
    QList<ConsentRow> previous;
    QList<QPair<QString, QString>> withdrawal; // recorded_at, how
    while (q->next()) {
        previous << ConsentRow{q->value(0).toString(), true, q->value(2).toString(), q->value(3).toString()};
        withdrawal << qMakePair(q->value(4).toString(), q->value(5).toString());
    }
    for (int i = 0; i < previous.size(); ++i)
        CRM_TRY(setConsent(to, {previous[i].purpose, false, withdrawal[i].first, withdrawal[i].second}));
    return previous;
}

Result<QStringList> CustomerRepository::copyMissingOptouts(qint64 from, qint64 to)
{
    auto q = m_db.exec(
        u"SELECT contact_type FROM customer_optouts d WHERE customer_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM customer_optouts s WHERE s.customer_id = ? AND s.contact_type = d.contact_type) ORDER BY contact_type"_s,
        {from, to});
    if (!q)
        return q.error();
    QStringList types;
    while (q->next())
        types << q->value(0).toString();
    for (const QString &t : types)
        CRM_TRY(m_db.exec(
            u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) "
            "SELECT ?, contact_type, reason, created_at, created_by FROM customer_optouts WHERE customer_id = ? AND contact_type = ?"_s,
            {to, from, t}));
    return types;
}

Status CustomerRepository::removeConsents(qint64 customerId, const QStringList &purposes)
{
    for (const QString &p : purposes)
        CRM_TRY(m_db.exec(u"DELETE FROM customer_consents WHERE customer_id = ? AND purpose = ?"_s, {customerId, p}));
    return {};
}

Status CustomerRepository::removeOptouts(qint64 customerId, const QStringList &types)
{
    for (const QString &t : types)
        CRM_TRY(m_db.exec(u"DELETE FROM customer_optouts WHERE customer_id = ? AND contact_type = ?"_s, {customerId, t}));
    return {};
}

Status CustomerRepository::setMergedInto(qint64 customerId, std::optional<qint64> survivor, const QString &at)
{
    if (survivor) {
        CRM_TRY(m_db.exec(u"UPDATE customers SET merged_into = ?, deleted_at = ?, updated_at = ? WHERE id = ?"_s,
                          {*survivor, at, at, customerId}));
        CRM_TRY(m_db.exec(u"DELETE FROM customer_search_keys WHERE customer_id = ?"_s, {customerId}));
    } else {
        CRM_TRY(m_db.exec(u"UPDATE customers SET merged_into = NULL, deleted_at = NULL, updated_at = ? WHERE id = ?"_s,
                          {at, customerId}));
    }
    return {};
}

Result<std::optional<qint64>> CustomerRepository::mergedInto(qint64 customerId)
{
    auto v = m_db.scalar(u"SELECT merged_into FROM customers WHERE id = ?"_s, {customerId});
    if (!v)
        return v.error();
    return v->isNull() ? std::optional<qint64>() : std::optional<qint64>(v->toLongLong());
}

Result<QList<qint64>> CustomerRepository::mergedFrom(qint64 customerId)
{
    QList<qint64> out, next{customerId};
    while (!next.isEmpty()) {
        auto q = m_db.exec(u"SELECT id FROM customers WHERE merged_into = ? ORDER BY id"_s, {next.takeFirst()});
        if (!q)
            return q.error();
        while (q->next())
            if (const qint64 id = q->value(0).toLongLong(); !out.contains(id) && id != customerId) {
                out << id;
                next << id;
            }
    }
    return out;
}

} // namespace crm::data
