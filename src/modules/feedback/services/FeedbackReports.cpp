// FeedbackService: reminders (催办), the attention list, the department report and its export.
#include "feedback/services/FeedbackService.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "services/TableWriter.h"

#include <QFileInfo>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace crm::feedback;

namespace crm::services {

Result<int> FeedbackService::raiseReminders(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleFeedback, tr("chase feedback")));
    const QDateTime nowUtc = m_ctx.clock.nowUtc();
    const QString now = toStoredUtc(nowUtc);
    data::FeedbackRepository repo(m_ctx.db);
    auto due = repo.dueReminders(now);
    if (!due)
        return due.error();
    auto ended = repo.informingEnded();
    if (!ended)
        return ended.error();
    auto deps = departments();
    if (!deps)
        return deps.error();
    QHash<qint64, QString> heads;
    for (const data::Department &d : *deps)
        heads.insert(d.id, d.headName);
    int raised = 0;
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (const data::FeedbackRepository::Due &d : *due) {
        auto fresh = repo.addReminder(d.id, d.deadline, d.kind, now);
        if (!fresh)
            return fresh.error();
        if (!*fresh)
            continue;
        auto row = repo.byId(d.id);
        if (!row)
            return row.error();
        if (!*row)
            continue;
        const data::FeedbackItemRow &r = **row;
        const DeadlineKind k = d.deadline == u"answer"_s ? DeadlineKind::Answer : DeadlineKind::Resolve;
        const QDateTime dueAt = (k == DeadlineKind::Answer ? r.answerDueAt : r.resolveDueAt).toLocalTime();
        // The owner and the department's head are named in the reminder, as complaints do.
        QStringList to;
        if (!r.ownerName.isEmpty())
            to << r.ownerName;
        if (const QString head = heads.value(r.departmentId); !head.isEmpty() && head != r.ownerName)
            to << head;
        const QString whom = to.isEmpty() ? FeedbackText::department(r.departmentCode, r.departmentName) : to.join(u", "_s);
        const QString note = d.kind == u"overdue"_s
                                 ? tr("%1 overdue since %2 — to %3")
                                       .arg(FeedbackText::deadline(k), QLocale().toString(dueAt, QLocale::ShortFormat), whom)
                                 : tr("%1 due %2 (80 % used) — to %3")
                                       .arg(FeedbackText::deadline(k), QLocale().toString(dueAt, QLocale::ShortFormat), whom);
        CRM_TRY(repo.addEvent(d.id, now, who.username, u"remind"_s, note));
        ++raised;
    }
    // The informing call ended without reaching the customer (attempts used up, expired, or the
    // customer opted out since): the item closes as unreachable.
    for (qint64 id : *ended) {
        auto row = repo.byId(id);
        if (!row)
            return row.error();
        if (!*row)
            continue;
        data::FeedbackChange c;
        c.status = statusId(feedback::Status::Unreachable);
        c.closedAt = now;
        CRM_TRY(changed(repo.change(id, (*row)->version, c), id));
        CRM_TRY(repo.addEvent(id, now, who.username, u"unreachable"_s, tr("The call to tell the customer ended unanswered.")));
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"unreachable"_s,
                              u"feedback_items"_s,
                              QString::number(id),
                              {{u"status"_s, (*row)->status}},
                              {{u"status"_s, *c.status}},
                              {}}));
    }
    CRM_TRY(tx.commit());
    if (raised || !ended->isEmpty())
        log::get("feedback")->info("raised {} reminders, {} items closed unreachable", raised, ended->size());
    return raised;
}

Result<QList<FeedbackAttention>> FeedbackService::needsAttention(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see feedback")));
    data::FeedbackFilter f;
    f.state = u"open"_s;
    f.limit = 100000;
    auto open = list(who, f);
    if (!open)
        return open.error();
    using S = calendar::Deadline::State;
    QList<FeedbackAttention> out;
    for (const data::FeedbackItemRow &r : *open) {
        std::optional<ItemDeadline> worst;
        for (const ItemDeadline &d : deadlinesOf(r)) {
            if (d.state != S::Overdue && d.state != S::Warning)
                continue;
            if (!worst || (d.state == S::Overdue && worst->state != S::Overdue) ||
                (d.state == worst->state && d.dueAt < worst->dueAt))
                worst = d;
        }
        if (worst)
            out << FeedbackAttention{r, *worst};
    }
    std::sort(out.begin(), out.end(), [](const FeedbackAttention &a, const FeedbackAttention &b) {
        const bool ao = a.worst.state == S::Overdue, bo = b.worst.state == S::Overdue;
        return ao != bo ? ao : a.worst.dueAt < b.worst.dueAt;
    });
    return out;
}

Result<FeedbackReport> FeedbackService::report(const Session &who, const QDate &from, const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the feedback report")));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last."));
    const QString fromUtc = toStoredUtc(QDateTime(from, QTime(0, 0)).toUTC());
    const QString toUtc = toStoredUtc(QDateTime(to.addDays(1), QTime(0, 0)).toUTC());
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::FeedbackFigures figures(m_ctx.db);
    auto rows = figures.byCategoryAndDepartment(fromUtc, toUtc, now);
    if (!rows)
        return rows.error();
    auto praise = figures.praise(fromUtc, toUtc);
    if (!praise)
        return praise.error();
    auto deps = departments();
    if (!deps)
        return deps.error();
    auto cats = categories();
    if (!cats)
        return cats.error();
    FeedbackReport r;
    r.from = from;
    r.to = to;
    r.praise = *praise;
    r.total.name = tr("All departments");
    // Summed both ways, in the configured order; items recorded before routing (no department)
    // count for their category, never against a department.
    for (const data::Department &d : *deps) {
        data::FeedbackFigureRow sum;
        for (const data::FeedbackFigureRow &x : *rows)
            if (x.departmentId == d.id)
                sum.add(x);
        if (!sum.received)
            continue;
        sum.key = QString::number(d.id);
        sum.code = d.code;
        sum.name = FeedbackText::department(d.code, d.name);
        sum.departmentId = d.id;
        r.departments << sum;
        r.total.add(sum);
    }
    for (const data::FeedbackCategory &c : *cats) {
        data::FeedbackFigureRow sum;
        for (const data::FeedbackFigureRow &x : *rows)
            if (x.key == c.code)
                sum.add(x);
        if (!sum.received)
            continue;
        sum.key = c.code;
        sum.code = c.code;
        sum.name = FeedbackText::category(c.code, c.name);
        r.categories << sum;
    }
    return r;
}

Result<QList<data::FeedbackItemRow>> FeedbackService::itemsBehind(const Session &who, const QDate &from, const QDate &to,
                                                                  qint64 departmentId, const QString &category,
                                                                  const QString &figure, int limit)
{
    data::FeedbackFilter f;
    f.state = figure == u"open"_s || figure == u"overdue"_s ? figure : u"all"_s;
    f.figure = f.state == u"all"_s && figure != u"received"_s ? figure : QString();
    f.departmentId = departmentId;
    f.category = category;
    f.fromUtc = toStoredUtc(QDateTime(from, QTime(0, 0)).toUTC());
    f.toUtc = toStoredUtc(QDateTime(to.addDays(1), QTime(0, 0)).toUTC());
    f.limit = limit;
    return list(who, f);
}

Status FeedbackService::exportReport(const Session &who, const FeedbackReport &r, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export the feedback report")));
    auto writer = TableWriter::open(path);
    if (!writer)
        return writer.error();
    const QStringList headers{tr("Received"), tr("Answered"),         tr("Answered on time"),     tr("Answered on time (%)"),
                              tr("Resolved"), tr("Resolved on time"), tr("Resolved on time (%)"), tr("Average working hours"),
                              tr("Open"),     tr("Overdue")};
    auto cells = [](const data::FeedbackFigureRow &x) {
        return QVariantList{x.received,
                            x.answered,
                            x.answeredOnTime,
                            qRound(FeedbackReport::rate(x.answeredOnTime, x.received) * 1000) / 10.0,
                            x.resolved,
                            x.resolvedOnTime,
                            qRound(FeedbackReport::rate(x.resolvedOnTime, x.received) * 1000) / 10.0,
                            x.timed ? qRound(double(x.workMinutes) / double(x.timed) / 6.0) / 10.0 : 0.0,
                            x.open,
                            x.overdue};
    };
    CRM_TRY((*writer)->sheet(tr("By department"), QStringList{tr("Department")} + headers));
    for (const data::FeedbackFigureRow &d : r.departments)
        CRM_TRY((*writer)->row(QVariantList{d.name} + cells(d)));
    CRM_TRY((*writer)->row(QVariantList{r.total.name} + cells(r.total)));
    CRM_TRY((*writer)->sheet(tr("By category"), QStringList{tr("Category")} + headers));
    for (const data::FeedbackFigureRow &c : r.categories)
        CRM_TRY((*writer)->row(QVariantList{c.name} + cells(c)));
    CRM_TRY((*writer)->sheet(tr("Praise"), {tr("Person praised"), tr("Items")}));
    for (const auto &[person, n] : r.praise)
        CRM_TRY((*writer)->row({person, n}));
    CRM_TRY((*writer)->finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"feedback_items"_s,
                          {},
                          {},
                          {{u"file"_s, QFileInfo(path).fileName()},
                           {u"from"_s, r.from.toString(Qt::ISODate)},
                           {u"to"_s, r.to.toString(Qt::ISODate)}},
                          QFileInfo(path).fileName()}));
    return tx.commit();
}

} // namespace crm::services
