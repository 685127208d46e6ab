#include "admin/services/UsageService.h"

#include "core/AuditText.h"
#include "dashboard/core/Dashboard.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "frontdesk/services/AppointmentService.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"
#include "services/UserService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <map>

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {

QString bucketOf(const QDate &day, UsageGrain g)
{
    switch (g) {
    case UsageGrain::Day:
        return day.toString(Qt::ISODate);
    case UsageGrain::Week:
        return dashboard::Period::containing(dashboard::Period::Kind::Week, day).key(); // the board's 2026-W47
    case UsageGrain::Month:
        return dashboard::Period::containing(dashboard::Period::Kind::Month, day).key();
    }
    return {};
}

// "2026-12-04T09" (a UTC hour) → the desk's local day.
QDate localDayOfHour(const QString &hour)
{
    return QDateTime::fromString(hour + u":00:00Z"_s, Qt::ISODate).toLocalTime().date();
}

QDate localDayOf(const QString &storedUtc)
{
    return fromStoredUtc(storedUtc).toLocalTime().date();
}

// The rows an export wrote, as its audit record says.
qint64 exportedRows(const QString &afterJson)
{
    const QJsonObject o = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    for (const QString &key : {u"rows"_s, u"customers"_s, u"lines"_s})
        if (o.contains(key))
            return o.value(key).toVariant().toLongLong();
    return 0;
}

} // namespace

QString UsageService::anomalyTitle(const QString &kind)
{
    if (kind == u"short_calls"_s)
        return tr("Many very short calls");
    if (kind == u"late_log"_s)
        return tr("Call logged long after it was made");
    if (kind == u"out_of_hours"_s)
        return tr("Call made outside opening hours");
    if (kind == u"reveals"_s)
        return tr("Many numbers revealed");
    if (kind == u"exported_rows"_s)
        return tr("Many rows exported");
    if (kind == u"two_desks"_s)
        return tr("Signed in on two desks at once");
    return kind;
}

QString UsageService::grainTitle(UsageGrain g)
{
    switch (g) {
    case UsageGrain::Day:
        return tr("By day");
    case UsageGrain::Week:
        return tr("By week");
    case UsageGrain::Month:
        return tr("By month");
    }
    return {};
}

Result<QList<data::ConnectedDesk>> UsageService::connectedNow(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewUsage, tr("the usage report")));
    return data::ServerAccess(m_ctx.db).connectedDesks();
}

Result<UsageReport> UsageService::report(const Session &who, const QDate &from, const QDate &to, UsageGrain grain)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewUsage, tr("the usage report")));
    if (!from.isValid() || !to.isValid() || to < from)
        return Error::invalid(tr("Period: the first day must not be after the last."));
    if (from.daysTo(to) > 366)
        return Error::invalid(tr("Period: at most a year at a time."));
    const QMap<QString, QString> s = SettingsService(m_ctx).values();
    const int shortSeconds = s.value(settings::kUsageShortCallSeconds).toInt();
    const int shortPerDay = s.value(settings::kUsageShortCallsPerDay).toInt();
    const int lateMinutes = s.value(settings::kUsageLateLogMinutes).toInt();
    const int revealsPerDay = s.value(settings::kUsageRevealsPerDay).toInt();
    const int exportRowsPerDay = s.value(settings::kUsageExportRowsPerDay).toInt();
    const int inactiveDays = s.value(settings::kUsageInactiveDays).toInt();
    const QString start = storedDayStart(from);
    const QString end = storedDayStart(to.addDays(1));

    data::UsageFigures figures(m_ctx.db);
    auto counts = figures.counts(start, end, shortSeconds);
    if (!counts)
        return counts.error();
    auto sessions = figures.sessions(start, end);
    if (!sessions)
        return sessions.error();
    auto calls = figures.calls(start, end);
    if (!calls)
        return calls.error();
    auto exports = figures.personalData(start, end, {}, u"export"_s, 100000);
    if (!exports)
        return exports.error();
    auto users = data::UserRepository(m_ctx.db).list();
    if (!users)
        return users.error();
    QHash<qint64, data::UserRow> byId;
    for (const data::UserRow &u : *users)
        byId.insert(u.id, u);
    auto person = [&](qint64 id) {
        const auto it = byId.constFind(id);
        return it == byId.cend() ? QString::number(id) : (it->displayName.isEmpty() ? it->username : it->displayName);
    };

    UsageReport r;
    r.from = from;
    r.to = to;
    r.grain = grain;
    std::map<std::pair<qint64, QString>, UsageRow> rows;
    auto row = [&](qint64 user, const QDate &day) -> UsageRow & {
        UsageRow &x = rows[{user, bucketOf(day, grain)}];
        x.userId = user;
        x.bucket = bucketOf(day, grain);
        return x;
    };
    // Per person and local day, for the daily limits.
    std::map<std::pair<qint64, QDate>, qint64> shortByDay, revealsByDay, exportedByDay;
    for (const data::UsageCount &c : *counts) {
        const QDate day = localDayOfHour(c.hour);
        if (day < from || day > to)
            continue;
        UsageRow &x = row(c.userId, day);
        if (c.kind == u"login"_s)
            x.signIns += c.n;
        else if (c.kind == u"create"_s)
            x.created += c.n;
        else if (c.kind == u"update"_s || c.kind == u"edit"_s)
            x.edited += c.n;
        else if (c.kind == u"import"_s)
            x.imports += c.n;
        else if (c.kind == u"export"_s || c.kind == u"personal_data_copy"_s)
            x.exports += c.n;
        else if (c.kind == u"reveal"_s) {
            x.reveals += c.n;
            revealsByDay[{c.userId, day}] += c.n;
        } else if (c.kind == u"calls"_s)
            x.calls += c.n;
        else if (c.kind == u"short_calls"_s) {
            x.shortCalls += c.n;
            shortByDay[{c.userId, day}] += c.n;
        } else if (c.kind == u"call_seconds"_s)
            x.callSeconds += c.n;
        else if (c.kind == u"tasks_closed"_s)
            x.tasksClosed += c.n;
    }
    for (const data::PersonalDataEvent &e : *exports) {
        if (!e.userId)
            continue; // a nightly job's file: no person to count it for
        const QDate day = localDayOf(e.at);
        const qint64 n = exportedRows(e.afterJson);
        row(e.userId, day).exportedRows += n;
        exportedByDay[{e.userId, day}] += n;
    }
    for (const data::DeskSessionRow &d : *sessions) {
        const QDate day = std::clamp(localDayOf(d.startedAt), from, to);
        row(d.userId, day).activeSeconds += d.activeSeconds;
    }

    auto flag = [&](const QString &kind, qint64 user, const QDate &day, const QString &detail) {
        r.anomalies << UsageAnomaly{kind, user, person(user), day, detail};
    };
    for (const auto &[key, n] : shortByDay)
        if (n > shortPerDay)
            flag(u"short_calls"_s, key.first, key.second,
                 tr("%1 calls shorter than %2 s (more than %3)").arg(n).arg(shortSeconds).arg(shortPerDay));
    for (const auto &[key, n] : revealsByDay)
        if (n > revealsPerDay)
            flag(u"reveals"_s, key.first, key.second, tr("%1 numbers revealed (more than %2)").arg(n).arg(revealsPerDay));
    for (const auto &[key, n] : exportedByDay)
        if (n > exportRowsPerDay)
            flag(u"exported_rows"_s, key.first, key.second, tr("%1 rows exported (more than %2)").arg(n).arg(exportRowsPerDay));

    // Calls logged late or made while the store was closed: one line per person and day (a habit
    // is what a manager looks at; the calls themselves are on the desk's history).
    struct CallFlags {
        int late = 0, closed = 0;
        qint64 latestMinutes = 0;
        QDateTime firstClosed;
    };
    std::map<std::pair<qint64, QDate>, CallFlags> callFlags;
    const frontdesk::OpeningHours hours = AppointmentService(m_ctx).bookSettings().hours;
    for (const data::CallTiming &c : *calls) {
        const QDateTime started = fromStoredUtc(c.startedAt);
        const qint64 minutesLate = started.addSecs(c.durationSec).secsTo(fromStoredUtc(c.calledAt)) / 60;
        const QDateTime local = started.toLocalTime();
        const bool inHours = hours.isOpenOn(local.date()) && hours.on(local.date()).covers(local.time(), local.time().addSecs(1));
        if (minutesLate <= lateMinutes && inHours)
            continue;
        CallFlags &f = callFlags[{c.userId, local.date()}];
        if (minutesLate > lateMinutes) {
            ++f.late;
            f.latestMinutes = std::max(f.latestMinutes, minutesLate);
        }
        if (!inHours) {
            ++f.closed;
            if (!f.firstClosed.isValid() || local < f.firstClosed)
                f.firstClosed = local;
        }
    }
    for (const auto &[key, f] : callFlags) {
        if (f.late)
            flag(u"late_log"_s, key.first, key.second,
                 tr("%1 call(s) logged long after they were made (up to %2 minutes later)").arg(f.late).arg(f.latestMinutes));
        if (f.closed)
            flag(u"out_of_hours"_s, key.first, key.second,
                 tr("%1 call(s) made while the store was closed (the first at %2)")
                     .arg(f.closed)
                     .arg(f.firstClosed.toString(u"HH:mm"_s)));
    }
    // Two desks at once: a person's windows that overlap on different desks.
    for (int i = 0; i < sessions->size(); ++i) {
        const data::DeskSessionRow &a = sessions->at(i);
        const QString aEnd = a.endedAt.isEmpty() ? a.lastSeenAt : a.endedAt;
        for (int j = i + 1; j < sessions->size() && sessions->at(j).userId == a.userId; ++j) {
            const data::DeskSessionRow &b = sessions->at(j);
            if (b.startedAt < aEnd && b.desk != a.desk) {
                const QDateTime at = fromStoredUtc(b.startedAt).toLocalTime();
                flag(u"two_desks"_s, a.userId, at.date(),
                     tr("%1 and %2 from %3").arg(a.desk, b.desk, at.toString(u"MM-dd HH:mm"_s)));
            }
        }
    }
    std::stable_sort(r.anomalies.begin(), r.anomalies.end(), [](const UsageAnomaly &x, const UsageAnomaly &y) {
        return x.day != y.day ? x.day > y.day : x.person < y.person;
    });

    for (auto &[key, x] : rows) {
        x.person = person(x.userId);
        r.rows << x;
    }
    std::stable_sort(r.rows.begin(), r.rows.end(), [](const UsageRow &x, const UsageRow &y) {
        return x.person != y.person ? x.person < y.person : x.bucket < y.bucket;
    });

    const QDateTime now = m_ctx.clock.nowUtc();
    for (const data::UserRow &u : *users) {
        if (!u.active)
            continue;
        const QDateTime since = u.lastLogin.isValid() ? u.lastLogin : fromStoredUtc(u.createdAt);
        const int days = int(since.daysTo(now));
        if (days >= inactiveDays)
            r.inactive << InactiveAccount{u.id,   u.username,  u.displayName.isEmpty() ? u.username : u.displayName,
                                          u.role, u.lastLogin, days};
    }
    return r;
}

Result<QList<PersonalDataRow>> UsageService::personalData(const Session &who, const QDate &from, const QDate &to,
                                                          const QString &username, const QString &action, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewUsage, tr("who saw whose personal data")));
    data::UsageFigures figures(m_ctx.db);
    auto events = figures.personalData(storedDayStart(from), storedDayStart(to.addDays(1)), username, action, limit);
    if (!events)
        return events.error();
    QList<qint64> customers;
    for (const data::PersonalDataEvent &e : *events)
        if (e.entity == u"customers"_s)
            customers << e.entityId.toLongLong();
    auto names = figures.customerNames(customers);
    if (!names)
        return names.error();
    QList<PersonalDataRow> out;
    for (const data::PersonalDataEvent &e : *events) {
        PersonalDataRow p;
        p.auditId = e.id;
        p.at = fromStoredUtc(e.at);
        p.person = e.person;
        p.action = e.action;
        p.what = AuditText::entity(e.entity);
        if (p.what.isEmpty())
            p.what = e.entity;
        if (e.entity == u"customers"_s && !e.entityId.isEmpty())
            p.whose = names->value(e.entityId.toLongLong(), tr("customer %1").arg(e.entityId));
        p.why = e.detail;
        p.rows = exportedRows(e.afterJson);
        out << p;
    }
    return out;
}

Status UsageService::exportReport(const Session &who, const UsageReport &r, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewUsage, tr("the usage report")));
    auto writer = TableWriter::open(path, true);
    if (!writer)
        return writer.error();
    CRM_TRY((*writer)->sheet(tr("Usage %1 – %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)),
                             {tr("Person"), tr("Period"), tr("Sign-ins"), tr("Active hours"), tr("Calls"), tr("Short calls"),
                              tr("Call minutes"), tr("Tasks closed"), tr("Created"), tr("Edited"), tr("Imports"), tr("Exports"),
                              tr("Rows exported"), tr("Numbers revealed")}));
    for (const UsageRow &x : r.rows)
        CRM_TRY((*writer)->row({x.person, x.bucket, x.signIns, double(x.activeSeconds) / 3600.0, x.calls, x.shortCalls,
                                x.callSeconds / 60, x.tasksClosed, x.created, x.edited, x.imports, x.exports, x.exportedRows,
                                x.reveals}));
    CRM_TRY((*writer)->sheet(tr("Anomalies"), {tr("Day"), tr("Person"), tr("What"), tr("Detail")}));
    for (const UsageAnomaly &a : r.anomalies)
        CRM_TRY((*writer)->row({a.day.toString(Qt::ISODate), a.person, anomalyTitle(a.kind), a.detail}));
    CRM_TRY((*writer)->sheet(tr("Inactive accounts"), {tr("Account"), tr("Person"), tr("Role"), tr("Last sign-in"), tr("Days")}));
    for (const InactiveAccount &i : r.inactive)
        CRM_TRY((*writer)->row({i.username, i.person, RoleText::title(i.role),
                                i.lastLogin.isValid() ? i.lastLogin.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : tr("never"),
                                i.days}));
    CRM_TRY((*writer)->finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"usage_report"_s,
                          {},
                          {},
                          {{u"from"_s, r.from.toString(Qt::ISODate)}, {u"to"_s, r.to.toString(Qt::ISODate)}},
                          path.section(u'/', -1)}));
    return tx.commit();
}

Status UsageService::disableAccount(const Session &who, qint64 userId)
{
    return UserService(m_ctx).setActive(who, userId, false);
}

} // namespace crm::services
