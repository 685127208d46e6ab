#include "followups/data/FollowupConfigRepository.h"

using namespace Qt::StringLiterals;
using namespace crm::followups;

namespace crm::data {

Result<QList<RuleSetting>> FollowupConfigRepository::rules()
{
    auto q = m_db.exec(u"SELECT kind, enabled, offset_days, due_days, expire_days, priority FROM followup_rules"_s);
    if (!q)
        return q.error();
    QMap<QString, RuleSetting> stored;
    while (q->next()) {
        const auto kind = kindFromId(q->value(0).toString());
        if (!kind)
            continue; // a kind this version does not know (written by a newer desk)
        stored.insert(q->value(0).toString(), {*kind, q->value(1).toInt() != 0, q->value(2).toInt(), q->value(3).toInt(),
                                               q->value(4).toInt(), q->value(5).toInt()});
    }
    QList<RuleSetting> out;
    for (TaskKind k : allKinds())
        out << stored.value(kindId(k), defaultRule(k));
    return out;
}

Status FollowupConfigRepository::saveRule(const RuleSetting &r, const QString &by, const QString &at)
{
    auto q = m_db.exec(
        u"INSERT INTO followup_rules(kind, enabled, offset_days, due_days, expire_days, priority, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind) DO UPDATE SET enabled = excluded.enabled, "
        "offset_days = excluded.offset_days, due_days = excluded.due_days, expire_days = excluded.expire_days, "
        "priority = excluded.priority, updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
        {kindId(r.kind), r.enabled ? 1 : 0, r.offsetDays, r.dueDays, r.expireDays, r.priority, at, by});
    if (!q)
        return q.error();
    return {};
}

Result<QList<ModelLimits>> FollowupConfigRepository::limits()
{
    auto q =
        m_db.exec(u"SELECT model, first_months, first_km, routine_months, routine_km FROM maintenance_limits ORDER BY model"_s);
    if (!q)
        return q.error();
    QList<ModelLimits> out;
    while (q->next())
        out << ModelLimits{
            q->value(0).toString(), {q->value(1).toInt(), q->value(2).toInt()}, {q->value(3).toInt(), q->value(4).toInt()}};
    return out;
}

Status FollowupConfigRepository::replaceLimits(const QList<ModelLimits> &limits)
{
    auto del = m_db.exec(u"DELETE FROM maintenance_limits"_s);
    if (!del)
        return del.error();
    for (const ModelLimits &l : limits) {
        auto q = m_db.exec(
            u"INSERT INTO maintenance_limits(model, first_months, first_km, routine_months, routine_km) VALUES (?, ?, ?, ?, ?)"_s,
            {Database::text(l.model), l.first.months, l.first.km, l.routine.months, l.routine.km});
        if (!q)
            return q.error();
    }
    return {};
}

Result<CallScript> FollowupConfigRepository::script(const QString &kind)
{
    auto q = m_db.exec(u"SELECT kind, opening, questions, closing, updated_by, updated_at FROM followup_scripts WHERE kind = ?"_s,
                       {kind});
    if (!q)
        return q.error();
    if (!q->next())
        return CallScript{kind, {}, {}, {}, {}, {}};
    return CallScript{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toString()};
}

Status FollowupConfigRepository::saveScript(const CallScript &s)
{
    auto q = m_db.exec(
        u"INSERT INTO followup_scripts(kind, opening, questions, closing, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(kind) DO UPDATE SET opening = excluded.opening, questions = excluded.questions, "
        "closing = excluded.closing, updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
        {s.kind, Database::text(s.opening), Database::text(s.questions), Database::text(s.closing), s.updatedAt, s.updatedBy});
    if (!q)
        return q.error();
    return {};
}

const ModelLimits &LimitTable::forModel(const QString &model) const
{
    auto it = byModel.find(model);
    if (it != byModel.end())
        return *it;
    it = byModel.find(QString());
    return it != byModel.end() ? *it : fallback;
}

} // namespace crm::data
