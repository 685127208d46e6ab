#include "privacy/services/RetentionService.h"
#include "data/SettingsRepository.h"

#include "core/Clock.h"
#include "data/Transaction.h"
#include "privacy/services/PrivacyService.h"
#include "services/SettingsService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

RetentionPolicy RetentionService::policy()
{
    const QMap<QString, QString> s = SettingsService(m_ctx).values();
    RetentionPolicy p;
    p.customerYears = s.value(settings::kRetentionCustomerYears).toInt();
    p.leadMonths = s.value(settings::kRetentionLeadMonths).toInt();
    p.callNoteYears = s.value(settings::kRetentionCallNoteYears).toInt();
    p.automatic = s.value(settings::kRetentionAutomatic).toInt() == 1;
    return p;
}

Status RetentionService::allowed(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("review and erase data past its retention")));
    return Guard::require(m_ctx, who, Permission::ExportData, tr("review and erase data past its retention"));
}

Result<RetentionReview> RetentionService::review(const Session &who, int limit)
{
    CRM_TRY(allowed(who));
    RetentionReview r;
    r.policy = policy();
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    data::RetentionQueries q(m_ctx.db);
    if (r.policy.customerYears > 0) {
        r.customerCutoff = today.addYears(-r.policy.customerYears);
        auto list = q.customersPast(r.customerCutoff, limit);
        if (!list)
            return list.error();
        r.customers = *list;
        auto total = q.countCustomersPast(r.customerCutoff);
        if (!total)
            return total.error();
        r.customersTotal = *total;
    }
    if (r.policy.leadMonths > 0) {
        r.leadCutoff = today.addMonths(-r.policy.leadMonths);
        auto n = q.countLeadsPast(r.leadCutoff);
        if (!n)
            return n.error();
        r.leads = *n;
    }
    if (r.policy.callNoteYears > 0) {
        r.callNoteCutoff = today.addYears(-r.policy.callNoteYears);
        auto n = q.countCallNotesPast(r.callNoteCutoff);
        if (!n)
            return n.error();
        r.callNotes = *n;
    }
    return r;
}

Result<qint64> RetentionService::eraseCustomers(const Session &who, const QList<qint64> &ids, const QString &reason,
                                                const std::function<void(qint64, qint64)> &progress,
                                                const std::atomic_bool *cancel)
{
    CRM_TRY(allowed(who));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why these customers are erased (e.g. the retention review of a date)."));
    const RetentionPolicy p = policy();
    if (p.customerYears <= 0)
        return Error::invalid(tr("The retention policy for customers is off (Settings → Privacy)."));
    const QDate cutoff = m_ctx.clock.nowUtc().toLocalTime().date().addYears(-p.customerYears);
    data::RetentionQueries q(m_ctx.db);
    PrivacyService privacy(m_ctx);
    qint64 erased = 0, done = 0;
    for (qint64 id : ids) {
        if (cancel && cancel->load())
            break;
        // Still past it? A customer who came back since the list was read keeps their data.
        auto still = q.isPast(id, cutoff);
        if (!still)
            return still.error();
        if (*still) {
            CRM_TRY(privacy.anonymise(who, id, tr("Retention: %1").arg(reason.trimmed())));
            ++erased;
        }
        if (progress)
            progress(++done, ids.size());
    }
    return erased;
}

Result<qint64> RetentionService::eraseLeads(const Session &who, const QString &reason)
{
    CRM_TRY(allowed(who));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why these leads are erased."));
    const RetentionPolicy p = policy();
    if (p.leadMonths <= 0)
        return qint64(0);
    const QDate cutoff = m_ctx.clock.nowUtc().toLocalTime().date().addMonths(-p.leadMonths);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto n = data::RetentionQueries(m_ctx.db).eraseLeadsPast(cutoff, tr("(erased lead)"));
    if (!n)
        return n.error();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"retention"_s,
                          u"leads"_s,
                          QString(),
                          {},
                          {{u"erased"_s, *n}, {u"created_before"_s, cutoff.toString(Qt::ISODate)}},
                          reason.trimmed()}));
    CRM_TRY(tx.commit());
    return *n;
}

Result<qint64> RetentionService::clearCallNotes(const Session &who, const QString &reason)
{
    CRM_TRY(allowed(who));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why these call notes are cleared."));
    const RetentionPolicy p = policy();
    if (p.callNoteYears <= 0)
        return qint64(0);
    const QDate cutoff = m_ctx.clock.nowUtc().toLocalTime().date().addYears(-p.callNoteYears);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto n = data::RetentionQueries(m_ctx.db).clearCallNotesPast(cutoff);
    if (!n)
        return n.error();
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"retention"_s,
                          u"followup_calls"_s,
                          QString(),
                          {},
                          {{u"notes_cleared"_s, *n}, {u"called_before"_s, cutoff.toString(Qt::ISODate)}},
                          reason.trimmed()}));
    CRM_TRY(tx.commit());
    return *n;
}

Result<RetentionRun> RetentionService::runScheduled(const Session &who)
{
    CRM_TRY(allowed(who));
    const RetentionPolicy p = policy();
    if (!p.automatic)
        return Error::invalid(tr("The retention policy is reviewed by hand (Settings → Privacy: erase by itself is off)."));
    const QString reason = tr("the retention policy's nightly run");
    RetentionRun run;
    auto leads = eraseLeads(who, reason);
    if (!leads)
        return leads.error();
    run.leads = *leads;
    auto notes = clearCallNotes(who, reason);
    if (!notes)
        return notes.error();
    run.callNotes = *notes;
    if (p.customerYears > 0) {
        const QDate cutoff = m_ctx.clock.nowUtc().toLocalTime().date().addYears(-p.customerYears);
        data::RetentionQueries q(m_ctx.db);
        for (qint64 after = 0;;) {
            auto page = q.customersPast(cutoff, 500, after);
            if (!page)
                return page.error();
            if (page->isEmpty())
                break;
            QList<qint64> ids;
            for (const data::RetentionCustomer &c : *page)
                ids << c.id;
            auto n = eraseCustomers(who, ids, reason);
            if (!n)
                return n.error();
            run.customers += *n;
            after = ids.last();
        }
    }
    return run;
}

Result<std::optional<RetentionRun>> RetentionService::runIfDue(const Session &who)
{
    if (!policy().automatic || !who.can(Permission::EditCustomers) || !who.can(Permission::ExportData))
        return std::optional<RetentionRun>();
    const QString today = m_ctx.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate);
    data::SettingsRepository settings(m_ctx.db);
    auto last = settings.get(settings::kRetentionLastRun);
    if (!last)
        return last.error();
    if (last->has_value() && **last == today)
        return std::optional<RetentionRun>();
    auto run = runScheduled(who);
    if (!run)
        return run.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(settings.set(settings::kRetentionLastRun, today, toStoredUtc(m_ctx.clock.nowUtc()), who.auditUserId()));
    CRM_TRY(tx.commit());
    return std::optional<RetentionRun>(*run);
}

} // namespace crm::services
