// CustomerRepository: the customer list (a window over the whole result), counts, the timeline.
#include "archives/data/CustomerRepository.h"

#include "archives/data/CustomerRows.h"
#include "data/Rows.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::data {

using namespace detail;

namespace {
// The list's condition without a filter: every live customer.
const QString kEveryLiveCustomer = u" WHERE c.deleted_at IS NULL"_s;
} // namespace

QString CustomerRepository::keySubquery(const QString &text, QVariantList &binds, int keyLimit, qint64 keyBelow) const
{
    const QString tail = SearchKeys::vinTailKey(text);
    const QString prefix = m_db.dialect().prefixCondition(u"k.key"_s);
    // A possible VIN tail also looks up the reversed VINs: two index ranges, never a scan.
    // The window is of keys, not customers: SELECT DISTINCT made PostgreSQL hash every match of
    // a two-letter pinyin prefix (16,000 keys: 2.7 → 14.5 ms) where a top-N sort reads them once.
    QString sql = u"SELECT k.customer_id FROM customer_search_keys k WHERE ("_s + prefix +
                  (tail.isEmpty() ? QString() : u" OR "_s + prefix) + u')';
    binds << m_db.dialect().prefixPattern(text);
    if (!tail.isEmpty())
        binds << m_db.dialect().prefixPattern(tail);
    if (keyLimit > 0 && keyBelow > 0) {
        sql += u" AND k.customer_id < ?"_s;
        binds << keyBelow;
    }
    if (keyLimit > 0) {
        sql += u" ORDER BY k.customer_id DESC LIMIT ?"_s;
        binds << keyLimit;
    }
    return sql;
}

QString CustomerRepository::whereClause(const CustomerQuery &q, QVariantList &binds, int keyLimit, qint64 keyBelow) const
{
    // Built from fixed fragments only; every value is bound. Absent filters add nothing,
    // so each combination gets a plan that uses its index.
    QString w = kEveryLiveCustomer;
    if (!q.search.isEmpty()) {
        const QString text = SearchKeys::normaliseQuery(q.search);
        w += u" AND c.id IN ("_s + keySubquery(text, binds, keyLimit, keyBelow) + u')';
    }
    if (!q.city.isEmpty()) {
        w += u" AND c.city = ?"_s;
        binds << q.city;
    }
    if (!q.source.isEmpty()) {
        w += u" AND c.source = ?"_s;
        binds << q.source;
    }
    if (q.vip >= 0) {
        w += u" AND c.vip = ?"_s;
        binds << q.vip;
    }
    if (!q.tag.isEmpty()) {
        w += u" AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag = ?)"_s;
        binds << q.tag;
    }
    if (!q.model.isEmpty()) {
        w += u" AND EXISTS (SELECT 1 FROM vehicles mv WHERE mv.customer_id = c.id AND mv.model = ? AND mv.deleted_at IS NULL)"_s;
        binds << q.model;
    }
    const QString risk = q.atRiskBefore.toString(Qt::ISODate), lost = q.lostBefore.toString(Qt::ISODate);
    switch (q.churn) {
    case ChurnState::Any:
        break;
    case ChurnState::Active:
        w += u" AND "_s + kLastContact + u" >= ?"_s;
        binds << risk;
        break;
    case ChurnState::AtRisk:
        w += u" AND "_s + kLastContact + u" < ? AND "_s + kLastContact + u" >= ?"_s;
        binds << risk << lost;
        break;
    case ChurnState::Lost:
        w += u" AND "_s + kLastContact + u" < ?"_s;
        binds << lost;
        break;
    }
    return w;
}

ListCursor CustomerRepository::cursorOf(const CustomerQuery &q, const CustomerListRow &last)
{
    switch (q.sort) {
    case CustomerQuery::Sort::Name:
        return {last.name, last.id};
    case CustomerQuery::Sort::City:
        return {last.city, last.id};
    case CustomerQuery::Sort::Newest:
        break;
    }
    return {{}, last.id};
}

namespace {
// The list's sort column ("" = newest first, by id) and its ORDER BY, forwards or from the end.
QString sortColumn(CustomerQuery::Sort s)
{
    switch (s) {
    case CustomerQuery::Sort::Name:
        return u"c.name"_s;
    case CustomerQuery::Sort::City:
        return u"c.city"_s;
    case CustomerQuery::Sort::Newest:
        break;
    }
    return {};
}

QString orderBy(CustomerQuery::Sort s, bool fromEnd)
{
    const QString column = sortColumn(s);
    if (column.isEmpty())
        return fromEnd ? u" ORDER BY c.id"_s : u" ORDER BY c.id DESC"_s;
    return fromEnd ? u" ORDER BY "_s + column + u" DESC, c.id DESC"_s : u" ORDER BY "_s + column + u", c.id"_s;
}
} // namespace

Result<std::optional<ListCursor>> CustomerRepository::cursorAt(const CustomerQuery &q, qint64 position, qint64 total)
{
    // OFFSET walks the sort's partial index (migration 0017), so its cost is the distance:
    // counted from whichever end of the list is nearer, the last row costs what the first does.
    const bool fromEnd = total > 0 && position >= total / 2;
    const qint64 offset = fromEnd ? total - 1 - position : position;
    if (position < 0 || offset < 0)
        return std::optional<ListCursor>();
    QVariantList binds;
    const QString column = sortColumn(q.sort);
    QString sql = u"SELECT "_s + (column.isEmpty() ? u"''"_s : column) + u", c.id FROM customers c"_s + whereClause(q, binds) +
                  orderBy(q.sort, fromEnd) + u" LIMIT 1 OFFSET ?"_s;
    binds << offset;
    auto row = m_db.exec(sql, binds);
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<ListCursor>();
    return std::optional<ListCursor>(ListCursor{row->value(0).toString(), row->value(1).toLongLong()});
}

Result<QList<CustomerListRow>> CustomerRepository::page(const CustomerQuery &q, const std::optional<ListCursor> &after, int limit)
{
    // A search shown newest first: a common key (two pinyin initials, a mobile's last four)
    // matches thousands of customers, and joining every match to its customer to sort them
    // was most of the search's time; with few matches PostgreSQL walked the customers backwards
    // probing each (a merge semi join: 0.9 s at a million). So the key subquery takes only a
    // window of the newest matches below the cursor — their ids come sorted off the key index —
    // and the page is exact when it fills (every match left out is older than all of those) or
    // when the window held every match. Otherwise (deleted or filtered-out matches) the window
    // grows and the page is read again.
    if (q.search.isEmpty() || q.sort != CustomerQuery::Sort::Newest || limit <= 0)
        return pageRows(q, after, limit, 0);
    const QString text = SearchKeys::normaliseQuery(q.search);
    // The window ends once it outgrows the matches, long before an int could overflow.
    for (int window = limit + 10;;) {
        auto rows = pageRows(q, after, limit, window);
        if (!rows || rows->size() >= limit)
            return rows;
        QVariantList binds;
        auto inWindow =
            m_db.scalar(u"SELECT COUNT(*) FROM ("_s + keySubquery(text, binds, window, after ? after->id : 0) + u") w"_s, binds);
        if (!inWindow)
            return inWindow.error();
        if (inWindow->toLongLong() < window)
            return rows;
        // A short page from a full window. Most often a customer had several keys in it ("0680"
        // is a mobile's last four and the start of a VIN's last six): half a page short needs a
        // window twice as wide, not eight times (480 customers fetched for 50). An empty page
        // (everything deleted or filtered out) still widens eightfold.
        const int have = std::max(int(rows->size()), 1);
        window *= std::clamp((limit + have - 1) / have, 2, 8);
    }
}

Result<QList<CustomerListRow>> CustomerRepository::pageRows(const CustomerQuery &q, const std::optional<ListCursor> &after,
                                                            int limit, int keyLimit)
{
    QVariantList binds;
    QString sql = u"SELECT c.id, c.name, c.gender, c.mobile, c.city, c.source, c.vip FROM customers c"_s +
                  whereClause(q, binds, keyLimit, after ? after->id : 0);
    const QString column = sortColumn(q.sort);
    if (after && column.isEmpty()) {
        sql += u" AND c.id < ?"_s;
        binds << after->id;
    } else if (after) {
        // A row value, not "a > ? OR (a = ? AND id > ?)": with bound values SQLite's plan for
        // the OR read the sort index from its start (91 ms for the last page of a million).
        sql += u" AND ("_s + column + u", c.id) > (?, ?)"_s;
        binds << after->sortValue << after->id;
    }
    sql += orderBy(q.sort, false);
    sql += u" LIMIT ?"_s;
    binds << limit;
    auto rows = m_db.exec(sql, binds);
    if (!rows)
        return rows.error();
    QList<CustomerListRow> out;
    QHash<qint64, qsizetype> index;
    while (rows->next()) {
        CustomerListRow r;
        r.id = rows->value(0).toLongLong();
        r.name = rows->value(1).toString();
        r.gender = rows->value(2).toString();
        r.mobile = rows->value(3).toString();
        r.city = rows->value(4).toString();
        r.source = rows->value(5).toString();
        r.vip = rows->value(6).toInt() != 0;
        index.insert(r.id, out.size());
        out << r;
    }
    if (out.isEmpty())
        return out;
    // The vehicles of this page in one query.
    QStringList marks;
    QVariantList ids;
    for (const CustomerListRow &r : out) {
        marks << u"?"_s;
        ids << r.id;
    }
    auto v = m_db.exec(u"SELECT customer_id, model, plate, status, COALESCE(last_paid_visit, delivery_date) FROM vehicles "
                       "WHERE deleted_at IS NULL AND customer_id IN ("_s +
                           marks.join(u',') + u") ORDER BY id"_s,
                       ids);
    if (!v)
        return v.error();
    while (v->next()) {
        CustomerListRow &r = out[index.value(v->value(0).toLongLong())];
        const QString model = v->value(1).toString();
        if (!r.models.split(u", "_s).contains(model))
            r.models = r.models.isEmpty() ? model : r.models + u", "_s + model;
        r.plates = r.plates.isEmpty() ? v->value(2).toString() : r.plates + u", "_s + v->value(2).toString();
        const QDate last = dateFrom(v->value(4));
        if (v->value(3).toString() == u"active"_s && last.isValid() && (!r.lastContact.isValid() || last > r.lastContact))
            r.lastContact = last;
    }
    return out;
}

Result<qint64> CustomerRepository::count(const CustomerQuery &q)
{
    QVariantList binds;
    const QString where = whereClause(q, binds);
    // Every live customer (the list as it opens), without reading a million rows or index
    // entries (30-70 ms at a million; migration 0043): PostgreSQL sums the count its triggers
    // keep, SQLite takes the table's row count (read off its smallest index) less the deleted.
    QString sql = u"SELECT COUNT(*) FROM customers c"_s + where;
    if (binds.isEmpty() && where == kEveryLiveCustomer)
        sql = m_db.engine() == Engine::Postgres
                  ? u"SELECT COALESCE(SUM(n), 0)::bigint FROM customer_count_parts"_s
                  : u"SELECT (SELECT COUNT(*) FROM customers) - (SELECT COUNT(*) FROM customers WHERE deleted_at IS NOT NULL)"_s;
    auto v = m_db.scalar(sql, binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<TimelineEntry>> CustomerRepository::timeline(qint64 customerId)
{
    // One list of everything that happened to this customer; modules add their UNION parts.
    auto q = m_db.exec(
        u"SELECT s.visit_date AS d, 'visit' AS kind, s.kind AS sub, v.model || ' ' || v.plate AS title, s.advisor AS person, "
        "s.mileage_km AS km, s.amount_fen AS amount FROM service_visits s JOIN vehicles v ON v.id = s.vehicle_id "
        "WHERE s.customer_id = ? AND s.deleted_at IS NULL "
        "UNION ALL SELECT delivery_date, 'delivery', '', model || ' ' || plate, sales_consultant, 0, 0 FROM vehicles "
        "WHERE customer_id = ? AND delivery_date IS NOT NULL AND deleted_at IS NULL "
        "UNION ALL SELECT o.from_date, 'ownership', '', v.model || ' ' || v.plate, o.note, 0, 0 FROM vehicle_ownership o "
        "JOIN vehicles v ON v.id = o.vehicle_id WHERE o.customer_id = ? AND o.from_date <> COALESCE(v.delivery_date, '') "
        "UNION ALL SELECT substr(created_at, 1, 10), 'document', kind, file_name, archive_location, 0, 0 FROM documents "
        "WHERE customer_id = ? AND deleted_at IS NULL "
        "UNION ALL SELECT o.to_date, 'ownership_end', '', v.model || ' ' || v.plate, o.note, 0, 0 FROM vehicle_ownership o "
        "JOIN vehicles v ON v.id = o.vehicle_id WHERE o.customer_id = ? AND o.to_date IS NOT NULL "
        "UNION ALL SELECT substr(c.called_at, 1, 10), 'call', c.outcome, t.kind, u.display_name, 0, 0 FROM followup_calls c "
        "JOIN followup_tasks t ON t.id = c.task_id LEFT JOIN users u ON u.id = c.agent_id WHERE c.customer_id = ? "
        "UNION ALL SELECT substr(scheduled_at, 1, 10), 'appointment', COALESCE((SELECT j.title FROM frontdesk_lists j "
        "WHERE j.list = 'job_type' AND j.code = appointments.service_kind), service_kind), "
        "substr(scheduled_at, 12, 5) || ' ' || status, %1, 0, 0 FROM appointments WHERE customer_id = ? "
        "UNION ALL SELECT substr(i.called_at, 1, 10), 'inbound_call', COALESCE(p.title, i.purpose), i.notes, "
        "COALESCE(u.display_name, ''), 0, 0 FROM inbound_calls i LEFT JOIN frontdesk_lists p ON p.list = 'purpose' "
        "AND p.code = i.purpose LEFT JOIN users u ON u.id = i.agent_id WHERE i.customer_id = ? "
        "UNION ALL SELECT substr(registered_at, 1, 10), 'complaint', status, number || ' ' || category, %2, 0, "
        "compensation_fen "
        "FROM complaints WHERE customer_id = ? "
        "UNION ALL SELECT substr(at, 1, 10), 'club', kind, detail, %3, 0, 0 FROM club_events WHERE customer_id = ? "
        "UNION ALL SELECT substr(starts_at, 1, 10), 'member_service', kind, substr(starts_at, 12, 5) || ' ' || status, "
        "%4, 0, 0 "
        "FROM member_services WHERE customer_id = ? "
        "UNION ALL SELECT substr(f.received_at, 1, 10), 'feedback', f.status, f.category || ' ' || f.text, "
        "COALESCE(fd.code || '|' || fd.name, ''), 0, 0 FROM feedback_items f LEFT JOIN departments fd "
        "ON fd.id = f.department_id WHERE f.customer_id = ? "
        "ORDER BY d DESC, kind"_s.arg(personOf(u"appointments.created_by"_s), personOf(u"complaints.created_by"_s),
                                      personOf(u"club_events.created_by"_s), personOf(u"member_services.created_by"_s)),
        {customerId, customerId, customerId, customerId, customerId, customerId, customerId, customerId, customerId, customerId,
         customerId, customerId});
    if (!q)
        return q.error();
    QList<TimelineEntry> out;
    while (q->next()) {
        TimelineEntry e;
        e.date = dateFrom(q->value(0));
        e.kind = q->value(1).toString();
        e.subKind = q->value(2).toString();
        e.title = q->value(3).toString();
        e.person = q->value(4).toString();
        e.mileageKm = q->value(5).toInt();
        e.amountFen = q->value(6).toLongLong();
        out << e;
    }
    return out;
}

Result<QStringList> CustomerRepository::topCities(int limit)
{
    return strings(m_db.exec(u"SELECT city FROM customers WHERE deleted_at IS NULL AND city <> '' "
                             "GROUP BY city ORDER BY COUNT(*) DESC, city LIMIT ?"_s,
                             {limit}));
}

Result<QStringList> CustomerRepository::topModels(int limit)
{
    return strings(m_db.exec(u"SELECT model FROM vehicles WHERE deleted_at IS NULL AND model <> '' "
                             "GROUP BY model ORDER BY COUNT(*) DESC, model LIMIT ?"_s,
                             {limit}));
}

} // namespace crm::data
