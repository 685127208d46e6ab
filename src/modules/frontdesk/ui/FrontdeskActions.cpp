// FrontdeskPage, continued: the steps of an appointment, its history, booking and moving from
// the day, and the day sheet.
#include "frontdesk/core/AppointmentBook.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/ui/BookingDialog.h"
#include "frontdesk/ui/FrontdeskPage.h"
#include "services/PdfDocument.h"
#include "services/SettingsService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

#include <QDateEdit>
#include <QInputDialog>
#include <QMessageBox>
#include <QTableWidget>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {

void FrontdeskPage::step(const QString &action)
{
    const data::Appointment *a = current();
    if (!a)
        return;
    const qint64 id = a->id;
    services::AppointmentService book(m_app.services);
    Status done;
    if (action == u"confirm"_s) {
        done = book.confirm(m_app.session, id);
    } else if (action == u"arrive"_s) {
        done = book.arrive(m_app.session, id);
    } else if (action == u"complete"_s) {
        done = book.complete(m_app.session, id);
    } else if (action == u"no_show"_s) {
        if (!confirm(this, tr("No-show"),
                     tr("%1 did not come: mark the appointment as a no-show and raise a rebook call?").arg(a->customerName),
                     tr("Mark no-show")))
            return;
        done = book.markNoShow(m_app.session, id);
    } else if (action == u"cancel"_s) {
        bool ok = false;
        const QString why =
            QInputDialog::getText(this, tr("Cancel the appointment"),
                                  tr("Why is %1's appointment cancelled?").arg(a->customerName), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        done = book.cancel(m_app.session, id, why);
    }
    if (!done)
        showError(this, tr("Appointment"), done.error());
    reload();
}

void FrontdeskPage::showHistory()
{
    const data::Appointment *a = current();
    if (!a)
        return;
    auto events = services::AppointmentService(m_app.services).history(m_app.session, a->id);
    if (!events) {
        showError(this, tr("Appointment"), events.error());
        return;
    }
    QStringList lines;
    for (const data::AppointmentEvent &e : *events)
        lines << tr("%1  %2: %3 for %4%5")
                     .arg(when(e.at), e.by, crm::frontdesk::FrontdeskText::status(e.status), local(e.scheduledAt),
                          e.note.isEmpty() ? QString() : u" — "_s + e.note);
    if (a->rescheduledTo)
        lines << tr("Moved to appointment %1.").arg(a->rescheduledTo);
    QMessageBox box(QMessageBox::Information, tr("History of %1's appointment").arg(a->customerName), lines.join(u'\n'),
                    QMessageBox::Close, this);
    box.setObjectName(u"appointmentHistory"_s);
    box.exec();
}

void FrontdeskPage::newAppointment()
{
    const qint64 id = BookingDialog::run(m_app, this, {0, {}, 0, u"walk_in"_s, m_date->date(), 0});
    if (id)
        openAppointment(id);
}

void FrontdeskPage::moveAppointment()
{
    const data::Appointment *a = current();
    if (!a)
        return;
    const qint64 id = BookingDialog::run(m_app, this, {0, {}, 0, {}, a->scheduledAt.date(), a->id});
    if (id)
        openAppointment(id);
    else
        reload();
}

void FrontdeskPage::openAppointment(qint64 id)
{
    auto a = services::AppointmentService(m_app.services).appointment(m_app.session, id);
    if (!a || !*a)
        return;
    showDay((*a)->scheduledAt.date());
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            m_book->selectRow(row);
}

QString FrontdeskPage::daySheetHtml() const
{
    services::Context ctx = m_app.services;
    services::AppointmentService book(ctx);
    const QString dealer = services::SettingsService(ctx).value(services::settings::kDealerName);
    QString html = u"<h2>%1 %2</h2><p>%3</p>"_s.arg(
        tr("Workshop day sheet"), QLocale().toString(m_date->date(), QLocale::LongFormat), dealer.toHtmlEscaped());
    html += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
    for (const QString &h :
         {tr("Time"), tr("Customer"), tr("Vehicle"), tr("Job"), tr("Labour (h)"), tr("Advisor"), tr("Status"), tr("Note")})
        html += u"<th>"_s + h + u"</th>"_s;
    html += u"</tr>"_s;
    const QHash<QString, QString> jobs = book.titles(u"job_type"_s);
    for (const data::Appointment &a : m_rows) {
        const auto s = crm::frontdesk::statusFromId(a.status);
        if (!s || !crm::frontdesk::isLive(*s))
            continue; // the workshop plans for who comes
        html +=
            u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align='right'>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>"_s
                .arg(a.scheduledAt.toString(u"HH:mm"_s), a.customerName.toHtmlEscaped(), a.vehicle.toHtmlEscaped(),
                     jobs.value(a.jobType, a.jobType).toHtmlEscaped(), QLocale().toString(a.labourMinutes / 60.0, 'f', 1),
                     a.advisor.toHtmlEscaped(), crm::frontdesk::FrontdeskText::status(a.status), a.notes.toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

Status FrontdeskPage::saveDaySheet(const QString &path) const
{
    QTextDocument doc;
    doc.setHtml(daySheetHtml());
    return services::writePdf(doc, path, tr("Workshop day sheet"), QPageLayout::Landscape);
}

void FrontdeskPage::printDaySheet()
{
    const QString path = askSavePath(this, tr("Save the day sheet"),
                                     tr("day-sheet-%1.pdf").arg(m_date->date().toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = saveDaySheet(path); !s)
        showError(this, tr("Day sheet"), s.error());
}

} // namespace crm::ui::frontdesk
