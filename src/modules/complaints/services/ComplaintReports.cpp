// ComplaintService: reminders, the attention list, the statistics and the monthly register.
#include "complaints/services/ComplaintService.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "archives/services/DocumentService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::services {

Result<int> ComplaintService::raiseReminders(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("chase complaints")));
    data::ComplaintFilter f;
    f.state = u"open"_s;
    data::ComplaintRepository repo(m_ctx.db);
    auto open = repo.list(f, 100000);
    if (!open)
        return open.error();
    const QDateTime now = m_ctx.clock.nowUtc();
    int raised = 0;
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (const data::ComplaintRow &row : *open) {
        auto ds = deadlines(row);
        if (!ds)
            return ds.error();
        for (const Deadline &d : *ds) {
            QString kind;
            if (d.state == Deadline::State::Overdue)
                kind = u"overdue"_s;
            else if (d.state == Deadline::State::Warning)
                kind = u"warning"_s;
            else
                continue;
            auto fresh = repo.addReminder(row.id, deadlineId(d.kind), kind, now);
            if (!fresh)
                return fresh.error();
            if (!*fresh)
                continue;
            ++raised;
            const QString note =
                kind == u"overdue"_s
                    ? tr("%1 overdue since %2 — to %3 and the manager")
                          .arg(ComplaintText::deadline(d.kind), QLocale().toString(d.dueAt, QLocale::ShortFormat),
                               row.assignedName.isEmpty() ? row.responsible : row.assignedName)
                    : tr("%1 due %2 (80 % used) — to %3 and the manager")
                          .arg(ComplaintText::deadline(d.kind), QLocale().toString(d.dueAt, QLocale::ShortFormat),
                               row.assignedName.isEmpty() ? row.responsible : row.assignedName);
            CRM_TRY(repo.addEvent(row.id, {now, who.username, u"remind"_s, {}, {}, note}));
        }
    }
    CRM_TRY(tx.commit());
    if (raised)
        log::get("complaints")->info("raised {} reminders", raised);
    return raised;
}

Result<QList<AttentionRow>> ComplaintService::needsAttention(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see complaints")));
    data::ComplaintFilter f;
    f.state = u"open"_s;
    auto open = data::ComplaintRepository(m_ctx.db).list(f, 100000);
    if (!open)
        return open.error();
    QList<AttentionRow> out;
    for (const data::ComplaintRow &row : *open) {
        auto ds = deadlines(row);
        if (!ds)
            return ds.error();
        std::optional<Deadline> worst;
        for (const Deadline &d : *ds) {
            if (d.state != Deadline::State::Overdue && d.state != Deadline::State::Warning)
                continue;
            if (!worst || (d.state == Deadline::State::Overdue && worst->state != Deadline::State::Overdue) ||
                (d.state == worst->state && d.dueAt < worst->dueAt))
                worst = d;
        }
        if (worst)
            out << AttentionRow{row, *worst};
    }
    std::sort(out.begin(), out.end(), [](const AttentionRow &a, const AttentionRow &b) {
        const bool ao = a.worst.state == Deadline::State::Overdue, bo = b.worst.state == Deadline::State::Overdue;
        return ao != bo ? ao : a.worst.dueAt < b.worst.dueAt;
    });
    return out;
}

Result<ComplaintStats> ComplaintService::statistics(const Session &who, const QDate &from, const QDate &to,
                                                    const QString &groupBy)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see complaints")));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last."));
    data::ComplaintFilter f;
    f.from = from;
    f.to = to;
    auto rows = data::ComplaintRepository(m_ctx.db).list(f, 1000000);
    if (!rows)
        return rows.error();
    auto cal = calendar();
    if (!cal)
        return cal.error();
    QList<qint64> closed;
    for (const data::ComplaintRow &r : *rows)
        if (r.closedAt.isValid())
            closed << r.id;
    auto pausesOf = data::ComplaintRepository(m_ctx.db).pausesOf(closed);
    if (!pausesOf)
        return pausesOf.error();
    QMap<QString, ComplaintStats::Row> groups;
    ComplaintStats stats;
    for (const data::ComplaintRow &r : *rows) {
        QString key, label;
        if (groupBy == u"level"_s) {
            key = r.level;
            label = ComplaintText::level(key);
        } else if (groupBy == u"department"_s) {
            key = r.department;
            label = key.isEmpty() ? tr("(not yet assigned)") : key;
        } else if (groupBy == u"channel"_s) {
            key = r.channel;
            label = ComplaintText::channel(key);
        } else if (groupBy == u"month"_s) {
            key = r.registeredAt.toLocalTime().toString(u"yyyy-MM"_s);
            label = key;
        } else {
            key = r.category;
            label = ComplaintText::category(key);
        }
        ComplaintStats::Row &g = groups[key];
        g.key = key;
        g.label = label;
        ComplaintStats::Row one;
        one.count = 1;
        if (r.closedAt.isValid()) {
            one.closed = 1;
            const QList<calendar::Interval> pauses = pausesOf->value(r.id);
            auto ds = deadlines(r, pauses);
            if (!ds)
                return ds.error();
            one.closedOnTime = ds->at(2).state == Deadline::State::MetOnTime ? 1 : 0;
            one.handlingMinutes =
                cal->workingMinutesBetween(r.registeredAt.toLocalTime(), r.closedAt.toLocalTime(), calendar::toLocal(pauses));
        } else {
            one.open = 1;
        }
        for (ComplaintStats::Row *into : {&g, &stats.total}) {
            into->count += one.count;
            into->open += one.open;
            into->closed += one.closed;
            into->closedOnTime += one.closedOnTime;
            into->handlingMinutes += one.handlingMinutes;
        }
    }
    stats.rows = groups.values();
    if (groupBy != u"month"_s)
        std::sort(stats.rows.begin(), stats.rows.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    stats.total.label = tr("Total");
    return stats;
}

Status ComplaintService::exportRegister(const Session &who, const data::ComplaintFilter &f, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export the complaint register")));
    auto rows = data::ComplaintRepository(m_ctx.db).list(f, 1000000);
    if (!rows)
        return rows.error();
    auto writer = TableWriter::open(path);
    if (!writer)
        return writer.error();
    auto when = [](const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString(); };
    CRM_TRY((*writer)->sheet(tr("Complaint register"), {tr("Number"),
                                                        tr("Registered"),
                                                        tr("Customer"),
                                                        tr("Vehicle"),
                                                        tr("Channel"),
                                                        tr("Category"),
                                                        tr("Quality"),
                                                        tr("Level"),
                                                        tr("Manufacturer ticket"),
                                                        tr("Status"),
                                                        tr("Department"),
                                                        tr("Responsible"),
                                                        tr("First response"),
                                                        tr("Report"),
                                                        tr("Closed"),
                                                        tr("Closure on time"),
                                                        tr("Compensation (¥)"),
                                                        tr("Linked to"),
                                                        tr("Description"),
                                                        tr("Demand"),
                                                        tr("Solution"),
                                                        tr("Customer's reply")}));
    for (const data::ComplaintRow &r : *rows) {
        auto ds = deadlines(r);
        if (!ds)
            return ds.error();
        const QString onTime = !r.closedAt.isValid()                           ? QString()
                               : ds->at(2).state == Deadline::State::MetOnTime ? tr("yes")
                                                                               : tr("no, %1 h late").arg(ds->at(2).lateMin / 60);
        CRM_TRY((*writer)->row({r.number,
                                when(r.registeredAt),
                                r.customerName,
                                r.vehicle,
                                ComplaintText::channel(r.channel),
                                ComplaintText::category(r.category),
                                r.quality ? tr("quality") : tr("non-quality"),
                                ComplaintText::level(r.level),
                                r.oemTicket,
                                ComplaintText::status(r.status),
                                r.department,
                                r.responsible,
                                when(r.respondedAt),
                                when(r.reportedAt),
                                when(r.closedAt),
                                onTime,
                                double(r.compensationFen) / 100.0,
                                r.parentNumber,
                                r.description,
                                r.demand,
                                r.solution,
                                r.customerReply}));
    }
    CRM_TRY((*writer)->finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"complaints"_s,
                          {},
                          {},
                          {{u"file"_s, QFileInfo(path).fileName()}, {u"rows"_s, int(rows->size())}},
                          QFileInfo(path).fileName()}));
    return tx.commit();
}

} // namespace crm::services
