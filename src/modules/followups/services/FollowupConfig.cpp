// FollowupService: what managers set — the rules, the maintenance limits, the call scripts — and the call policy from the
// settings.
#include "followups/services/FollowupService.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "followups/data/FollowupRepository.h"
#include "followups/data/GenerationQueries.h"
#include "services/SettingsService.h"

#include <QElapsedTimer>
#include <QSet>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace crm::followups;

namespace crm::services {

Result<QList<RuleSetting>> FollowupService::rules()
{
    return data::FollowupConfigRepository(m_ctx.db).rules();
}

Status FollowupService::saveRules(const Session &who, const QList<RuleSetting> &list)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("change the follow-up rules")));
    for (const RuleSetting &r : list) {
        const QString name = FollowupText::kind(kindId(r.kind));
        if (r.offsetDays < 0 || r.offsetDays > 366 || r.dueDays < 0 || r.dueDays > 366 || r.expireDays < 0 || r.expireDays > 366)
            return Error::invalid(tr("%1: days must be from 0 to 366.").arg(name));
        if (r.expireDays < r.dueDays)
            return Error::invalid(tr("%1: a task cannot expire before it is due.").arg(name));
        if (r.priority < 1 || r.priority > 3)
            return Error::invalid(tr("%1: priority is 1 (high), 2 or 3 (low).").arg(name));
    }
    auto before = rules();
    if (!before)
        return before.error();
    data::FollowupConfigRepository repo(m_ctx.db);
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto map = [](const RuleSetting &r) {
        return QVariantMap{{u"enabled"_s, r.enabled},
                           {u"offset_days"_s, r.offsetDays},
                           {u"due_days"_s, r.dueDays},
                           {u"expire_days"_s, r.expireDays},
                           {u"priority"_s, r.priority}};
    };
    for (const RuleSetting &r : list) {
        const auto old = std::find_if(before->cbegin(), before->cend(), [&](const RuleSetting &o) { return o.kind == r.kind; });
        if (old != before->cend() && map(*old) == map(r))
            continue;
        CRM_TRY(repo.saveRule(r, who.username, now));
        CRM_TRY(Guard::audit(
            m_ctx, &who,
            {u"update"_s, u"followup_rules"_s, kindId(r.kind), old != before->cend() ? map(*old) : QVariantMap(), map(r), {}}));
    }
    return tx.commit();
}

Result<QList<data::ModelLimits>> FollowupService::limits()
{
    return data::FollowupConfigRepository(m_ctx.db).limits();
}

Status FollowupService::saveLimits(const Session &who, const QList<data::ModelLimits> &list)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("change the maintenance limits")));
    QSet<QString> seen;
    bool hasDefault = false;
    for (const data::ModelLimits &l : list) {
        const QString name = l.model.isEmpty() ? tr("Every other model") : l.model;
        if (seen.contains(l.model.trimmed()))
            return Error::invalid(tr("%1 is listed twice.").arg(name));
        seen.insert(l.model.trimmed());
        hasDefault = hasDefault || l.model.trimmed().isEmpty();
        for (const MaintenanceLimit &m : {l.first, l.routine}) {
            if (m.months < 1 || m.months > 60)
                return Error::invalid(tr("%1: months must be from 1 to 60.").arg(name));
            if (m.km < 500 || m.km > 100000)
                return Error::invalid(tr("%1: kilometres must be from 500 to 100,000.").arg(name));
        }
    }
    if (!hasDefault)
        return Error::invalid(tr("Keep the row for every other model: it applies to the models without their own limits."));
    auto before = limits();
    if (!before)
        return before.error();
    auto asMap = [](const QList<data::ModelLimits> &ls) {
        QVariantMap m;
        for (const data::ModelLimits &l : ls)
            m.insert(l.model, u"%1/%2 %3/%4"_s.arg(l.first.months).arg(l.first.km).arg(l.routine.months).arg(l.routine.km));
        return m;
    };
    QList<data::ModelLimits> cleaned = list;
    for (data::ModelLimits &l : cleaned)
        l.model = l.model.trimmed();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::FollowupConfigRepository(m_ctx.db).replaceLimits(cleaned));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"update"_s, u"maintenance_limits"_s, {}, asMap(*before), asMap(cleaned), {}}));
    return tx.commit();
}

Result<data::CallScript> FollowupService::script(const QString &kind)
{
    return data::FollowupConfigRepository(m_ctx.db).script(kind);
}

Status FollowupService::saveScript(const Session &who, const data::CallScript &s)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("edit call scripts")));
    if (!kindFromId(s.kind))
        return Error::invalid(tr("\"%1\" is not a kind of follow-up.").arg(s.kind));
    if (s.opening.trimmed().isEmpty() && s.questions.trimmed().isEmpty() && s.closing.trimmed().isEmpty())
        return Error::invalid(tr("A script needs at least an opening, questions or a closing."));
    for (const QString &part : {s.opening, s.questions, s.closing})
        if (part.size() > 4000)
            return Error::invalid(tr("Each part of a script is at most 4,000 characters."));
    auto before = script(s.kind);
    if (!before)
        return before.error();
    data::CallScript saved = s;
    saved.updatedBy = who.username;
    saved.updatedAt = toStoredUtc(m_ctx.clock.nowUtc());
    auto map = [](const data::CallScript &c) {
        return QVariantMap{{u"opening"_s, c.opening}, {u"questions"_s, c.questions}, {u"closing"_s, c.closing}};
    };
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(data::FollowupConfigRepository(m_ctx.db).saveScript(saved));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"update"_s, u"followup_scripts"_s, s.kind, map(*before), map(saved), {}}));
    return tx.commit();
}

QuietHours FollowupService::quietHours()
{
    return QuietHours::parse(SettingsService(m_ctx).value(settings::kQuietHours)).value_or(QuietHours::defaults());
}

RetryPolicy FollowupService::retryPolicy()
{
    SettingsService s(m_ctx);
    return {s.intValue(settings::kMaxAttempts), s.intValue(settings::kNoAnswerDelayMinutes),
            s.intValue(settings::kBusyDelayMinutes)};
}

} // namespace crm::services
