// dealercrm-cli feedback: the nightly chase of feedback items (reminders raised once, informing
// calls that ended closed as unreachable) and the department report of a month.
#include "cli/Cli.h"

#include "feedback/services/FeedbackService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {

namespace {
QJsonObject figures(const data::FeedbackFigureRow &r)
{
    return {{u"name"_s, r.name},
            {u"received"_s, r.received},
            {u"answered"_s, r.answered},
            {u"answered_on_time"_s, r.answeredOnTime},
            {u"resolved"_s, r.resolved},
            {u"resolved_on_time"_s, r.resolvedOnTime},
            {u"average_hours"_s, r.timed ? double(r.workMinutes) / double(r.timed) / 60.0 : 0.0},
            {u"open"_s, r.open},
            {u"overdue"_s, r.overdue}};
}
} // namespace

int Cli::cmdFeedback(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("overdue | report"));
    p.addOption({u"month"_s, tr("report: the month the items were received, YYYY-MM."), tr("YYYY-MM")});
    p.addOption({u"json"_s, tr("overdue: one JSON object per line; report: one JSON object.")});
    int code = 0;
    if (!parse(p, args, tr("Feedback to departments: the overdue chase for a nightly job, and the month's report."), &code))
        return code;
    const QString usage = tr("feedback: use: feedback overdue [--json] | feedback report --month YYYY-MM [--json]");
    const QStringList pos = p.positionalArguments();
    const bool json = p.isSet(u"json"_s);
    if (pos == QStringList{u"overdue"_s}) {
        auto db = openDb(p, true);
        if (!db)
            return fail(db.error());
        services::FeedbackService s({**db});
        auto raised = s.raiseReminders(actor());
        if (!raised)
            return fail(raised.error());
        auto rows = s.needsAttention(actor());
        if (!rows)
            return fail(rows.error());
        for (const services::FeedbackAttention &a : *rows) {
            const bool overdue = a.worst.state == calendar::Deadline::State::Overdue;
            const QString department = feedback::FeedbackText::department(a.row.departmentCode, a.row.departmentName);
            if (json) {
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, a.row.id},
                                                                {u"customer"_s, a.row.customerName},
                                                                {u"category"_s, a.row.category},
                                                                {u"department"_s, department},
                                                                {u"owner"_s, a.row.ownerName},
                                                                {u"status"_s, a.row.status},
                                                                {u"deadline"_s, feedback::deadlineId(a.worst.kind)},
                                                                {u"state"_s, overdue ? u"overdue"_s : u"warning"_s},
                                                                {u"due"_s, a.worst.dueAt.toString(Qt::ISODate)}})
                                          .toJson(QJsonDocument::Compact)));
            } else {
                out(u"#%1  %2  %3  %4  %5 %6 %7"_s.arg(
                    QString::number(a.row.id), a.row.customerName, department, feedback::FeedbackText::status(a.row.status),
                    feedback::FeedbackText::deadline(a.worst.kind), feedback::FeedbackText::state(a.worst.state),
                    a.worst.dueAt.toString(u"yyyy-MM-dd HH:mm"_s)));
            }
        }
        if (!json)
            out(tr("%n item(s) need attention; %1 new reminder(s) raised.", nullptr, int(rows->size())).arg(*raised));
        return 0;
    }
    if (pos == QStringList{u"report"_s}) {
        const QDate month = QDate::fromString(p.value(u"month"_s) + u"-01"_s, u"yyyy-MM-dd"_s);
        if (!month.isValid())
            return fail(usage, 2);
        auto db = openDb(p, false);
        if (!db)
            return fail(db.error());
        auto r = services::FeedbackService({**db}).report(actor(), month, month.addMonths(1).addDays(-1));
        if (!r)
            return fail(r.error());
        if (json) {
            QJsonArray departments, categories, praise;
            for (const data::FeedbackFigureRow &d : r->departments)
                departments << figures(d);
            for (const data::FeedbackFigureRow &c : r->categories) {
                QJsonObject o = figures(c);
                o.insert(u"code"_s, c.code);
                categories << o;
            }
            for (const auto &[person, n] : r->praise)
                praise << QJsonObject{{u"person"_s, person}, {u"items"_s, n}};
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"month"_s, month.toString(u"yyyy-MM"_s)},
                                                            {u"departments"_s, departments},
                                                            {u"categories"_s, categories},
                                                            {u"praise"_s, praise},
                                                            {u"total"_s, figures(r->total)}})
                                      .toJson(QJsonDocument::Compact)));
            return 0;
        }
        out(tr("%1  received  answered on time  resolved on time  average h  open  overdue").arg(month.toString(u"yyyy-MM"_s)));
        for (const data::FeedbackFigureRow &d : r->departments + QList<data::FeedbackFigureRow>{r->total})
            out(u"%1  %2  %3  %4  %5  %6  %7"_s.arg(d.name)
                    .arg(d.received)
                    .arg(d.answeredOnTime)
                    .arg(d.resolvedOnTime)
                    .arg(d.timed ? double(d.workMinutes) / double(d.timed) / 60.0 : 0.0, 0, 'f', 1)
                    .arg(d.open)
                    .arg(d.overdue));
        return 0;
    }
    return fail(usage, 2);
}

} // namespace crm::cli
