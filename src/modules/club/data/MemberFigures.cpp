#include "club/data/MemberFigures.h"

#include "archives/data/CustomerRepository.h"
#include "core/Clock.h"
#include "core/Log.h"

using namespace Qt::StringLiterals;

namespace crm::data {

namespace {
struct Sql {
    QString live; // binds: start, end
    QString raw;  // binds: start, end
};
Sql sqlFor(MemberFigure f)
{
    if (f == MemberFigure::Coverage)
        return {u"SELECT COUNT(*), SUM(CASE WHEN last_reached_at >= ? AND last_reached_at < ? THEN 1 ELSE 0 END) "
                "FROM customers WHERE is_member = 1 AND deleted_at IS NULL"_s,
                u"SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM followup_calls f WHERE f.customer_id = c.id "
                "AND f.outcome = 'reached' AND f.called_at >= ? AND f.called_at < ?) THEN 1 ELSE 0 END) "
                "FROM customers c WHERE c.deleted_at IS NULL AND "_s +
                    CustomerRepository::isMemberSql()};
    return {u"SELECT 0, COUNT(*) FROM club_members WHERE last_points_at >= ? AND last_points_at < ?"_s,
            u"SELECT 0, COUNT(DISTINCT member_id) FROM points_ledger WHERE kind IN ('earn', 'spend') AND at >= ? AND at < ?"_s};
}
} // namespace

Result<MemberCount> memberCount(Database &db, const Clock &clock, MemberFigure figure, const QDate &from, const QDate &to)
{
    const QString start = storedDayStart(from), end = storedDayStart(to.addDays(1));
    const QString name = figure == MemberFigure::Coverage ? u"coverage"_s : u"active"_s;
    const int days = int(from.daysTo(to)) + 1;
    const Sql sql = sqlFor(figure);
    const bool open = periodIsOpen(to, clock);
    if (!open) {
        auto hit = db.exec(u"SELECT total, counted FROM member_figures WHERE figure = ? AND window_end = ? AND days = ?"_s,
                           {name, end, days});
        if (!hit)
            return hit.error();
        if (hit->next())
            return MemberCount{hit->value(0).toLongLong(), hit->value(1).toLongLong()};
    }
    auto q = db.exec(open ? sql.live : sql.raw, {start, end});
    if (!q)
        return q.error();
    MemberCount out;
    if (q->next())
        out = {q->value(0).toLongLong(), q->value(1).toLongLong()};
    q->finish();
    if (!open) {
        // Derived data, not a business record: no audit; a failed write only costs the next reader time.
        auto put = db.exec(u"INSERT INTO member_figures (figure, window_end, days, total, counted, computed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (figure, window_end, days) DO NOTHING"_s,
                           {name, end, days, out.total, out.counted, toStoredUtc(clock.nowUtc())});
        if (!put)
            log::get("dashboard")
                ->warn("member figure {} to {} not stored: {}", name.toStdString(), end.toStdString(),
                       put.error().message.toStdString());
    }
    return out;
}

} // namespace crm::data
