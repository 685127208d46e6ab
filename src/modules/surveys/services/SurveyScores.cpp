// SurveyService: the scores (grouped SQL), the answers behind them, their export and the alerts.
#include "surveys/services/SurveyService.h"

#include "core/Log.h"
#include "data/Transaction.h"
#include "followups/services/FollowupReportService.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<QList<SurveyScore>> SurveyService::scores(const Session &who, const QDate &from, const QDate &to, const QString &groupBy,
                                                 const QString &purpose)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey scores")));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last."));
    if (!data::SurveyResponseRepository::isGrouping(groupBy))
        return Error::invalid(tr("Unknown grouping \"%1\".").arg(groupBy));
    auto rows = m_responses.scores(storedDayStart(from), storedDayStart(to.addDays(1)), groupBy, purpose);
    if (!rows)
        return rows.error();
    QMap<QString, SurveyScore> groups;
    QList<QString> order;
    for (SurveyScore s : *rows) {
        if (groupBy == u"week"_s) {
            const QDate d = fromStoredUtc(s.key + u"T00:00:00Z"_s).date();
            s.key = FollowupReportService::weekKey(d);
            s.label = s.key;
        }
        if (!groups.contains(s.key)) {
            order << s.key;
            groups.insert(s.key, s);
            continue;
        }
        SurveyScore &into = groups[s.key]; // days folded into their week
        into.responses += s.responses;
        into.indexPoints += s.indexPoints;
        into.indexWeight += s.indexWeight;
        into.promoters += s.promoters;
        into.detractors += s.detractors;
        into.npsAnswers += s.npsAnswers;
        into.satisfied += s.satisfied;
        into.scale5Answers += s.scale5Answers;
    }
    QList<SurveyScore> out;
    for (const QString &k : order)
        out << groups.value(k);
    if (groupBy == u"staff"_s || groupBy == u"model"_s || groupBy == u"template"_s || groupBy == u"question"_s ||
        groupBy == u"factor"_s)
        std::sort(out.begin(), out.end(), [](const SurveyScore &a, const SurveyScore &b) { return a.label < b.label; });
    else
        std::sort(out.begin(), out.end(), [](const SurveyScore &a, const SurveyScore &b) { return a.key < b.key; });
    return out;
}

Result<SurveyScore> SurveyService::total(const Session &who, const QDate &from, const QDate &to, const QString &purpose)
{
    auto rows = scores(who, from, to, u"total"_s, purpose);
    if (!rows)
        return rows.error();
    SurveyScore t = rows->isEmpty() ? SurveyScore{} : rows->first();
    t.label = tr("Total");
    return t;
}

Result<QList<SurveyResponseRow>> SurveyService::responses(const Session &who, const QDate &from, const QDate &to,
                                                          const QString &groupBy, const QString &key, const QString &purpose,
                                                          int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey responses")));
    if (!data::SurveyResponseRepository::isGrouping(groupBy))
        return Error::invalid(tr("Unknown grouping \"%1\".").arg(groupBy));
    data::ResponseFilter f;
    f.fromUtc = storedDayStart(from);
    f.toUtc = storedDayStart(to.addDays(1));
    f.purpose = purpose;
    f.groupBy = groupBy;
    f.key = key;
    if (groupBy == u"week"_s) {
        // A week key (2026-W47) stands for its seven days.
        const QStringList parts = key.split(u"-W"_s);
        QDate monday(parts.value(0).toInt(), 1, 4);
        monday = monday.addDays(1 - monday.dayOfWeek()).addDays(7 * (parts.value(1).toInt() - 1));
        f.withinFromUtc = toStoredUtc(QDateTime(monday, QTime(0, 0), QTimeZone::utc()));
        f.withinToUtc = toStoredUtc(QDateTime(monday.addDays(7), QTime(0, 0), QTimeZone::utc()));
    }
    return m_responses.responses(f, limit);
}

Result<QList<QPair<QString, qint64>>> SurveyService::distribution(const Session &who, qint64 questionId, const QDate &from,
                                                                  const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey scores")));
    return m_responses.distribution(questionId, storedDayStart(from), storedDayStart(to.addDays(1)));
}

Result<QList<SurveyResponseRow>> SurveyService::freeText(const Session &who, const QDate &from, const QDate &to, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey responses")));
    return m_responses.freeText(storedDayStart(from), storedDayStart(to.addDays(1)), limit);
}

Status SurveyService::exportScores(const Session &who, const QList<SurveyScore> &rows, const QString &groupTitle,
                                   const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export survey scores")));
    auto writer = TableWriter::open(path);
    if (!writer)
        return writer.error();
    CRM_TRY((*writer)->sheet(tr("Satisfaction"), {groupTitle, tr("Responses"), tr("Index (of 1000)"), tr("NPS"), tr("CSAT (%)"),
                                                  tr("Promoters"), tr("Detractors"), tr("NPS answers")}));
    auto num = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QString()); };
    for (const SurveyScore &r : rows)
        CRM_TRY((*writer)->row(
            {r.label, r.responses, num(r.index()), num(r.nps()), num(r.csat()), r.promoters, r.detractors, r.npsAnswers}));
    CRM_TRY((*writer)->finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s, u"survey_scores"_s, {}, {}, {{u"rows"_s, int(rows.size())}}, path.section(u'/', -1)}));
    return tx.commit();
}

Result<QList<SurveyAlert>> SurveyService::alerts(const Session &who, bool openOnly)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey alerts")));
    return m_responses.alerts(openOnly);
}

Status SurveyService::resolveAlert(const Session &who, qint64 alertId, const QString &comment)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("resolve survey alerts")));
    if (comment.trimmed().isEmpty())
        return Error::invalid(tr("Say how the unhappy answer was handled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto resolved = m_responses.resolveAlert(alertId, who.username, toStoredUtc(m_ctx.clock.nowUtc()), comment.trimmed());
    if (!resolved)
        return resolved.error();
    if (!*resolved)
        return Error::conflict(tr("This alert is already resolved."));
    CRM_TRY(Guard::audit(
        m_ctx, &who, {u"resolve"_s, u"survey_alerts"_s, QString::number(alertId), {}, {{u"comment"_s, comment.trimmed()}}, {}}));
    return tx.commit();
}

} // namespace crm::services
