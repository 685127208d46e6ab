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

QString settings::complaintLimitKey(const QString &level, DeadlineKind k)
{
    return u"complaints.%1.%2_hours"_s.arg(level, deadlineId(k));
}

QString settings::complaintClockKey(const QString &level, DeadlineKind k)
{
    return u"complaints.%1.%2_clock"_s.arg(level, deadlineId(k));
}

Result<data::ComplaintRow> ComplaintService::load(qint64 id)
{
    auto row = data::ComplaintRepository(m_ctx.db).byId(id);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::notFound(tr("Complaint %1 does not exist.").arg(id));
    return **row;
}

Status ComplaintService::conflict(qint64 id)
{
    // Say who saved in between, when and what they did: the second editor reloads knowingly.
    auto events = data::ComplaintRepository(m_ctx.db).events(id);
    if (events && !events->isEmpty()) {
        const data::ComplaintEvent &last = events->last();
        QString what = last.action;
        if (auto s = stepFromId(last.action))
            what = ComplaintText::step(*s).remove(u'…');
        if (!last.note.isEmpty())
            what += u": "_s + last.note;
        return Error::conflict(
            tr("%1 changed this complaint at %2 (%3). Nothing of yours was saved; reload the case and try again.")
                .arg(last.username, QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat), what));
    }
    return Error::conflict(tr("Someone else changed this complaint. Nothing of yours was saved; reload the case and try again."));
}

static Status validate(const ComplaintInput &in)
{
    if (!in.customerId)
        return Error::invalid(ComplaintService::tr("Customer: choose who complains."));
    if (!ComplaintText::channels().contains(in.channel))
        return Error::invalid(ComplaintService::tr("Channel: choose how the complaint came in."));
    if (!ComplaintText::categories().contains(in.category))
        return Error::invalid(ComplaintService::tr("Category: choose what the complaint is about."));
    if (!levelFromId(in.level))
        return Error::invalid(ComplaintService::tr("Level: normal, escalated or major."));
    if (in.level != u"normal"_s && in.oemTicket.trimmed().isEmpty())
        return Error::invalid(
            ComplaintService::tr("Manufacturer ticket: an escalated or major complaint is handled with the manufacturer; "
                                 "enter its ticket number."));
    if (in.description.trimmed().isEmpty())
        return Error::invalid(ComplaintService::tr("Description: say what happened, in the customer's words."));
    if (in.description.size() > 4000 || in.demand.size() > 2000 || in.oemTicket.size() > 60)
        return Error::invalid(ComplaintService::tr("Description at most 4,000 characters, demand 2,000, ticket 60."));
    return {};
}

Result<QPair<qint64, data::ComplaintRow>> ComplaintService::insertCase(const Session &who, const ComplaintInput &in,
                                                                       qint64 parentId, const QString &note)
{
    // TS-YYMM-NNNN: year and month of registration (local), the serial restarting each month.
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    data::ComplaintRepository repo(m_ctx.db);
    auto serial = repo.nextSerial(today.toString(u"yyyy-MM"_s));
    if (!serial)
        return serial.error();
    data::ComplaintRow row;
    row.number = u"TS-%1-%2"_s.arg(today.toString(u"yyMM"_s)).arg(*serial, 4, 10, QLatin1Char('0'));
    row.customerId = in.customerId;
    row.vehicleId = in.vehicleId;
    row.channel = in.channel;
    row.category = in.category;
    row.quality = in.quality;
    row.level = in.level;
    row.oemTicket = in.oemTicket.trimmed();
    row.description = in.description.trimmed();
    row.demand = in.demand.trimmed();
    row.callId = in.callId;
    row.parentId = parentId;
    row.registeredAt = now;
    row.updatedAt = now;
    row.createdBy = who.username;
    auto id = repo.insert(row);
    if (!id)
        return id.error();
    CRM_TRY(repo.addEvent(*id, {now, who.username, u"register"_s, {}, u"registered"_s, note}));
    return qMakePair(*id, row);
}

Result<data::ComplaintRow> ComplaintService::registerComplaint(const Session &who, const ComplaintInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("register complaints")));
    CRM_TRY(validate(in));
    data::CustomerRepository customers(m_ctx.db);
    auto exists = customers.isLive(in.customerId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(tr("Customer %1 does not exist (merged or deleted?).").arg(in.customerId));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (in.vehicleId) {
        auto owns = customers.ownsVehicle(in.customerId, in.vehicleId);
        if (!owns)
            return owns.error();
        if (!*owns)
            return Error::invalid(tr("Vehicle: choose one of this customer's vehicles."));
    }
    // The channel id, not its words, goes in the record: it is read in the reader's language.
    auto created = insertCase(who, in, 0, in.channel);
    if (!created)
        return created.error();
    const auto &[id, row] = *created;
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"complaints"_s,
                          QString::number(id),
                          {},
                          {{u"number"_s, row.number}, {u"level"_s, row.level}, {u"category"_s, row.category}},
                          row.number}));
    CRM_TRY(tx.commit());
    log::get("complaints")->info("registered {}", row.number.toStdString());
    return load(id);
}

Result<ComplaintCase> ComplaintService::view(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see complaints")));
    auto row = load(id);
    if (!row)
        return row.error();
    ComplaintCase c;
    c.row = *row;
    auto d = deadlines(*row);
    if (!d)
        return d.error();
    c.deadlines = *d;
    const auto status = statusFromId(row->status).value_or(CaseStatus::Registered);
    if (who.can(Permission::HandleComplaints))
        for (Step s : allowedSteps(status))
            if (!managerOnly(s) || who.can(Permission::ApproveComplaints))
                c.allowed << s;
    auto events = data::ComplaintRepository(m_ctx.db).events(id);
    if (!events)
        return events.error();
    c.events = *events;
    auto linked = data::ComplaintRepository(m_ctx.db).linkedIds(id);
    if (!linked)
        return linked.error();
    for (qint64 linkedId : *linked)
        if (auto l = load(linkedId))
            c.linked << *l;
    c.paused = row->pausedSince.isValid();
    return c;
}

Result<QList<data::ComplaintRow>> ComplaintService::list(const Session &who, const data::ComplaintFilter &f, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see complaints")));
    return data::ComplaintRepository(m_ctx.db).list(f, limit);
}

Result<StepResult> ComplaintService::step(const Session &who, qint64 id, int expectedVersion, const StepInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, managerOnly(in.step) ? Permission::ApproveComplaints : Permission::HandleComplaints,
                           tr("work complaints")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::ComplaintRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    data::ComplaintRow row = *loaded;
    if (row.version != expectedVersion)
        return conflict(id).error();
    const CaseStatus from = statusFromId(row.status).value_or(CaseStatus::Registered);
    if (!allowedSteps(from).contains(in.step))
        return Error::invalid(tr("A complaint that is \"%1\" cannot go on with \"%2\".")
                                  .arg(ComplaintText::status(row.status), ComplaintText::step(in.step).remove(u'…')));
    StepResult result;
    QString note = in.note.trimmed();
    switch (in.step) {
    case Step::Investigate:
        if (in.department.trimmed().isEmpty() || in.responsible.trimmed().isEmpty())
            return Error::invalid(tr("Say which department and which person are responsible."));
        row.department = in.department.trimmed();
        row.responsible = in.responsible.trimmed();
        row.assignedTo = in.assignedTo ? in.assignedTo : who.userId;
        if (!row.respondedAt.isValid())
            row.respondedAt = now;
        if (note.isEmpty())
            note = row.department + u" / "_s + row.responsible;
        break;
    case Step::Propose:
        if (in.rootCause.trimmed().isEmpty() || in.solution.trimmed().isEmpty())
            return Error::invalid(tr("The investigation report needs the root cause and the proposed solution."));
        if (in.compensationFen < 0)
            return Error::invalid(tr("Compensation cannot be negative."));
        row.rootCause = in.rootCause.trimmed();
        row.solution = in.solution.trimmed();
        row.compensationFen = in.compensationFen;
        if (!row.reportedAt.isValid())
            row.reportedAt = now;
        if (note.isEmpty())
            note = row.solution.left(80);
        break;
    case Step::SendBack:
        if (note.isEmpty())
            return Error::invalid(tr("Say why the solution goes back."));
        break;
    case Step::Approve:
        break;
    case Step::Inform:
    case Step::Accept:
    case Step::NotAccepted:
        if (in.customerReply.trimmed().isEmpty() && in.step != Step::Inform)
            return Error::invalid(tr("Record what the customer said."));
        if (!in.customerReply.trimmed().isEmpty())
            row.customerReply = in.customerReply.trimmed();
        if (in.step != Step::Inform) {
            row.accepted = in.step == Step::Accept;
            row.closedAt = now;
        }
        if (note.isEmpty())
            note = row.customerReply.left(80);
        break;
    case Step::Invalidate:
        if (note.isEmpty())
            return Error::invalid(tr("Say why the complaint is not established."));
        row.invalidReason = note;
        row.closedAt = now;
        break;
    }
    if (row.closedAt.isValid() && row.pausedSince.isValid()) {
        CRM_TRY(repo.closePause(id, now));
        row.pausedSince = QDateTime();
    }
    row.status = statusId(targetOf(in.step));
    row.updatedAt = now;
    auto saved = repo.update(row, expectedVersion);
    if (!saved)
        return saved.error();
    if (!*saved)
        return conflict(id).error();
    CRM_TRY(repo.addEvent(id, {now, who.username, stepId(in.step), statusId(from), row.status, note}));

    if (in.step == Step::NotAccepted) {
        // The customer does not accept: a new complaint, linked to this one, carries it on —
        // a repeat complaint is at least escalated.
        ComplaintInput again;
        again.customerId = row.customerId;
        again.vehicleId = row.vehicleId;
        again.channel = row.channel;
        again.category = row.category;
        again.quality = row.quality;
        again.level = row.level == u"normal"_s ? u"escalated"_s : row.level;
        again.oemTicket = row.oemTicket.isEmpty() ? row.number : row.oemTicket;
        again.description =
            tr("Result of %1 not accepted: %2\n\nOriginal complaint: %3").arg(row.number, row.customerReply, row.description);
        again.demand = row.demand;
        auto reopened = insertCase(who, again, id, tr("reopened from %1").arg(row.number));
        if (!reopened)
            return reopened.error();
        result.reopenedId = reopened->first;
        CRM_TRY(repo.addEvent(id, {now, who.username, u"reopen"_s, {}, {}, reopened->second.number}));
    }
    if (in.step == Step::Accept) {
        // The return visit measures complaint-handling satisfaction (KPI: every closed case).
        auto raised =
            FollowupService(m_ctx).raiseTask(followups::TaskKind::ComplaintReturn, u"complaint:"_s + QString::number(id),
                                             row.customerId, row.vehicleId, now.toLocalTime().date());
        if (!raised)
            return raised.error();
        result.returnVisitRaised = *raised;
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {stepId(in.step),
                          u"complaints"_s,
                          QString::number(id),
                          {{u"status"_s, statusId(from)}},
                          {{u"status"_s, row.status}, {u"note"_s, note}},
                          row.number}));
    CRM_TRY(tx.commit());
    auto fresh = load(id);
    if (!fresh)
        return fresh.error();
    result.row = *fresh;
    return result;
}

Status ComplaintService::apply(const Session &who, qint64 id, int expectedVersion,
                               const std::function<Result<Change>(data::ComplaintRow &)> &fn)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    data::ComplaintRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto loaded = load(id);
    if (!loaded)
        return loaded.error();
    data::ComplaintRow row = *loaded;
    if (row.version != expectedVersion)
        return conflict(id);
    auto change = fn(row);
    if (!change)
        return change.error();
    if (change->nothing)
        return {};
    row.updatedAt = now;
    auto saved = repo.update(row, expectedVersion);
    if (!saved)
        return saved.error();
    if (!*saved)
        return conflict(id);
    data::ComplaintEvent e = change->event;
    e.at = now;
    e.username = who.username;
    CRM_TRY(repo.addEvent(id, e));
    AuditRecord audit = change->audit;
    audit.entity = u"complaints"_s;
    audit.entityId = QString::number(id);
    if (audit.detail.isEmpty())
        audit.detail = row.number;
    CRM_TRY(Guard::audit(m_ctx, &who, audit));
    return tx.commit();
}

Status ComplaintService::edit(const Session &who, qint64 id, int expectedVersion, const ComplaintInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("edit complaints")));
    CRM_TRY(validate(in));
    return apply(who, id, expectedVersion, [&](data::ComplaintRow &row) -> Result<Change> {
        if (!isOpen(statusFromId(row.status).value_or(CaseStatus::Closed)))
            return Error::invalid(tr("A closed complaint is not changed; if the customer comes back, open a new one."));
        if (in.customerId != row.customerId)
            return Error::invalid(tr("The customer of a complaint does not change; register a new one for the right customer."));
        QStringList changed;
        auto track = [&](QString &field, const QString &value, const QString &name) {
            if (field != value) {
                field = value;
                changed << name;
            }
        };
        track(row.channel, in.channel, tr("channel"));
        track(row.category, in.category, tr("category"));
        track(row.level, in.level, tr("level"));
        track(row.oemTicket, in.oemTicket.trimmed(), tr("manufacturer ticket"));
        track(row.description, in.description.trimmed(), tr("description"));
        track(row.demand, in.demand.trimmed(), tr("demand"));
        if (row.quality != in.quality) {
            row.quality = in.quality;
            changed << tr("quality");
        }
        if (row.vehicleId != in.vehicleId) {
            row.vehicleId = in.vehicleId;
            changed << tr("vehicle");
        }
        Change c;
        c.nothing = changed.isEmpty();
        c.event = {{}, {}, u"edit"_s, {}, {}, changed.join(u", "_s)};
        c.audit = {u"update"_s, {}, {}, {}, {{u"changed"_s, changed.join(u", "_s)}}, {}};
        return c;
    });
}

Status ComplaintService::pause(const Session &who, qint64 id, int expectedVersion, const QString &note)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("work complaints")));
    if (note.trimmed().isEmpty())
        return Error::invalid(tr("Say what you are waiting for from the customer."));
    return apply(who, id, expectedVersion, [&](data::ComplaintRow &row) -> Result<Change> {
        if (!isOpen(statusFromId(row.status).value_or(CaseStatus::Closed)))
            return Error::invalid(tr("This complaint is closed."));
        if (row.pausedSince.isValid())
            return Error::invalid(tr("The deadlines are already paused."));
        row.pausedSince = m_ctx.clock.nowUtc();
        CRM_TRY(data::ComplaintRepository(m_ctx.db).openPause(id, row.pausedSince));
        return Change{
            {{}, {}, u"pause"_s, {}, {}, note.trimmed()}, {u"pause"_s, {}, {}, {}, {{u"note"_s, note.trimmed()}}, {}}, false};
    });
}

Status ComplaintService::resume(const Session &who, qint64 id, int expectedVersion)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("work complaints")));
    return apply(who, id, expectedVersion, [&](data::ComplaintRow &row) -> Result<Change> {
        if (!row.pausedSince.isValid())
            return Error::invalid(tr("The deadlines are not paused."));
        row.pausedSince = QDateTime();
        CRM_TRY(data::ComplaintRepository(m_ctx.db).closePause(id, m_ctx.clock.nowUtc()));
        return Change{{{}, {}, u"resume"_s, {}, {}, {}}, {u"resume"_s, {}, {}, {}, {}, {}}, false};
    });
}

Status ComplaintService::extend(const Session &who, qint64 id, int expectedVersion, DeadlineKind k, int hours,
                                const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ApproveComplaints, tr("extend complaint deadlines")));
    if (hours <= 0 || hours > 24 * 60)
        return Error::invalid(tr("Extend by 1 to 1,440 working hours."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the deadline is extended."));
    return apply(who, id, expectedVersion, [&](data::ComplaintRow &row) -> Result<Change> {
        qint64 &field = k == DeadlineKind::Response ? row.extendResponseMin
                        : k == DeadlineKind::Report ? row.extendReportMin
                                                    : row.extendCloseMin;
        const qint64 before = field;
        field += qint64(hours) * 60;
        const QString note = tr("%1 +%2 h: %3").arg(ComplaintText::deadline(k)).arg(hours).arg(reason.trimmed());
        return Change{{{}, {}, u"extend"_s, {}, {}, note},
                      {u"extend"_s, {}, {}, {{deadlineId(k), before}}, {{deadlineId(k), field}}, reason.trimmed()},
                      false};
    });
}

Result<qint64> ComplaintService::attachDocument(const Session &who, qint64 id, const QString &file)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("attach evidence to complaints")));
    auto row = load(id);
    if (!row)
        return row.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto doc = DocumentService(m_ctx).attach(who, row->customerId, row->vehicleId, u"other"_s, file, row->number,
                                             Permission::HandleComplaints);
    if (!doc)
        return doc.error();
    CRM_TRY(data::ComplaintRepository(m_ctx.db).linkDocument(id, *doc));
    CRM_TRY(data::ComplaintRepository(m_ctx.db).addEvent(
        id, {m_ctx.clock.nowUtc(), who.username, u"attach"_s, {}, {}, QFileInfo(file).fileName()}));
    CRM_TRY(tx.commit());
    return *doc;
}

Result<QList<ComplaintService::Attachment>> ComplaintService::attachments(qint64 id)
{
    auto docs = data::ComplaintRepository(m_ctx.db).documents(id);
    if (!docs)
        return docs.error();
    QList<Attachment> out;
    for (const auto &[documentId, fileName, createdAt] : *docs)
        out << Attachment{documentId, fileName, createdAt};
    return out;
}

} // namespace crm::services
