// dealercrm-cli appointments: the day's book for reception and the nightly close of a day.
#include "cli/Cli.h"

#include "frontdesk/core/AppointmentBook.h"
#include "frontdesk/services/AppointmentService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdAppointments(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(u"action"_s, tr("list | close-day"));
    p.addOption({u"date"_s, tr("The day (default: today), YYYY-MM-DD."), tr("YYYY-MM-DD")});
    p.addOption({u"json"_s, tr("list: one JSON object per appointment.")});
    int code = 0;
    if (!parse(p, args, tr("The service appointment book: a day's appointments, or the nightly close of a day."), &code))
        return code;
    const QString usage = tr("appointments: use: appointments list [--date YYYY-MM-DD] [--json] | appointments close-day "
                             "[--date YYYY-MM-DD]");
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || (pos.first() != u"list"_s && pos.first() != u"close-day"_s))
        return fail(usage, 2);
    const QDate date = p.isSet(u"date"_s) ? QDate::fromString(p.value(u"date"_s), Qt::ISODate) : QDate::currentDate();
    if (!date.isValid())
        return fail(tr("appointments: --date must be YYYY-MM-DD."), 2);
    auto db = openDb(p, true);
    if (!db)
        return fail(db.error());
    services::AppointmentService book({**db});
    if (pos.first() == u"close-day"_s) {
        // The day is closed as of its end (or now, for today): what was not arrived by then is a no-show.
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime asOf = date < now.date() ? QDateTime(date, QTime(23, 59)) : now;
        auto r = book.closeDay(actor(), asOf);
        if (!r)
            return fail(r.error());
        out(tr("%1: %2 arrival(s) matched to service visits, %3 no-show(s) with a rebook call, %4 confirmation call(s) "
               "raised, %5 reminder message(s) queued")
                .arg(date.toString(Qt::ISODate))
                .arg(r->arrivals)
                .arg(r->noShows)
                .arg(r->confirmations)
                .arg(r->reminders));
        return 0;
    }
    auto rows = book.between(actor(), date, date);
    if (!rows)
        return fail(rows.error());
    const QHash<QString, QString> jobs = book.titles(u"job_type"_s);
    for (const data::Appointment &a : *rows) {
        if (p.isSet(u"json"_s)) {
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, a.id},
                                                            {u"time"_s, a.scheduledAt.toString(u"HH:mm"_s)},
                                                            {u"customer"_s, a.customerName},
                                                            {u"plate"_s, a.plate},
                                                            {u"job_type"_s, a.jobType},
                                                            {u"job"_s, jobs.value(a.jobType, a.jobType)},
                                                            {u"advisor"_s, a.advisor},
                                                            {u"status"_s, a.status}})
                                      .toJson(QJsonDocument::Compact)));
        } else {
            out(u"%1  %2  %3  %4  %5  %6"_s.arg(a.scheduledAt.toString(u"HH:mm"_s), a.customerName, a.plate,
                                                jobs.value(a.jobType, a.jobType), a.advisor,
                                                frontdesk::FrontdeskText::status(a.status)));
        }
    }
    return 0;
}

} // namespace crm::cli
