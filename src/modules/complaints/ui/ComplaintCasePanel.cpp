// ComplaintsPage: the open case — its deadlines, history and attachments, and every step taken on it.
#include "complaints/ui/ComplaintsPage.h"

#include "complaints/ui/CaseLook.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Widgets.h"

#include "archives/services/DocumentService.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "services/PdfDocument.h"
#include "services/SettingsService.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::ui::complaints {

QString ComplaintsPage::countdown(const Deadline &d)
{
    const QDateTime now = m_app.services.clock.nowUtc().toLocalTime();
    switch (d.state) {
    case Deadline::State::Pending:
    case Deadline::State::Warning: {
        if (!m_clocks.contains(int(d.clock))) { // read once per reload, not once per deadline shown
            if (auto cal = services::ComplaintService(m_app.services).clock(d.clock))
                m_clocks.insert(int(d.clock), *cal);
        }
        const auto cal = m_clocks.constFind(int(d.clock));
        const qint64 left = cal != m_clocks.constEnd() ? cal->workingMinutesBetween(now, d.dueAt) : now.secsTo(d.dueAt) / 60;
        return tr("%1 left").arg(hours(left)) + (d.state == Deadline::State::Warning ? tr(" — warning") : QString());
    }
    case Deadline::State::Overdue:
        return tr("overdue by %1").arg(hours(d.lateMin));
    case Deadline::State::Paused:
        return tr("paused (waiting on the customer)");
    case Deadline::State::MetOnTime:
        return tr("met on time, %1").arg(when(d.metAt.toUTC()));
    case Deadline::State::MetLate:
        return tr("met %1 late, %2").arg(hours(d.lateMin), when(d.metAt.toUTC()));
    }
    return {};
}

void ComplaintsPage::showCase(qint64 id)
{
    auto view = services::ComplaintService(m_app.services).view(m_app.session, id);
    if (!view) {
        showError(this, tr("Complaints"), view.error());
        return;
    }
    m_view = *view;
    m_current = id;
    const data::ComplaintRow &r = view->row;
    m_empty->hide();
    m_case->show();
    QString header = u"<span style='font-size:14pt;font-weight:600'>%1</span>&nbsp;&nbsp;%2 · %3 · <b>%4</b>"_s.arg(
        r.number, r.customerName.toHtmlEscaped(), ComplaintText::level(r.level).toHtmlEscaped(),
        ComplaintText::status(r.status).toHtmlEscaped());
    if (!r.parentNumber.isEmpty())
        header += u"<br>"_s + tr("Reopened from %1").arg(r.parentNumber);
    for (const data::ComplaintRow &l : view->linked)
        header += u"<br>"_s + tr("Carried on in %1 (%2)").arg(l.number, ComplaintText::status(l.status));
    if (view->paused)
        header += u"<br><span style='color:#7a5a00'>"_s +
                  tr("Deadlines paused since %1: waiting on the customer").arg(when(r.pausedSince)) + u"</span>"_s;
    m_header->setText(header);

    m_deadlines->clear();
    const crm::complaints::Limits limits = services::ComplaintService(m_app.services).limits(r.level);
    for (const Deadline &d : view->deadlines) {
        QString how = tr("%1 from registration (%2)").arg(hours(d.limitMin), ComplaintText::level(r.level));
        if (d.extendMin)
            how += tr(", extended by %1").arg(hours(d.extendMin));
        if (d.pausedMin)
            how += tr(", %1 paused").arg(hours(d.pausedMin));
        how += tr("; counted on %1; warning at %2 %").arg(calendar::WorkCalendar::clockName(d.clock)).arg(limits.warnPercent);
        auto *item = new QTreeWidgetItem(m_deadlines,
                                         {ComplaintText::deadline(d.kind),
                                          d.dueAt.isValid() ? QLocale().toString(d.dueAt, QLocale::ShortFormat) : tr("(paused)"),
                                          countdown(d), how});
        if (const QColor c = stateColor(d.state); c.isValid())
            item->setForeground(2, c);
        item->setToolTip(3, how);
    }
    for (int i = 0; i < 3; ++i)
        m_deadlines->resizeColumnToContents(i);

    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : u"<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
                                     label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    m_details->setText(
        u"<table>"_s + row(tr("Registered"), when(r.registeredAt) + u" · "_s + r.createdBy) + row(tr("Vehicle"), r.vehicle) +
        row(tr("Channel"), ComplaintText::channel(r.channel)) +
        row(tr("Category"),
            ComplaintText::category(r.category) + u" · "_s + (r.quality ? tr("quality problem") : tr("not a quality problem"))) +
        row(tr("Manufacturer ticket"), r.oemTicket) + row(tr("Manufacturer's reply deadline"), when(r.oemReplyDue)) +
        row(tr("Manufacturer's closing deadline"), when(r.oemCloseDue)) + row(tr("Description"), r.description) +
        row(tr("Demand"), r.demand) + row(tr("Department"), r.department) + row(tr("Responsible"), r.responsible) +
        row(tr("Root cause"), r.rootCause) + row(tr("Solution"), r.solution) +
        row(tr("Compensation"),
            r.compensationFen ? u"¥ "_s + QLocale().toString(double(r.compensationFen) / 100.0, 'f', 2) : QString()) +
        row(tr("Customer's reply"), r.customerReply) + row(tr("Not established because"), r.invalidReason) + u"</table>"_s);

    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (Step s : view->allowed) {
        auto *b = new QPushButton(ComplaintText::step(s), m_case);
        b->setObjectName(u"step_"_s + stepId(s));
        connect(b, &QPushButton::clicked, this, [this, s] { takeStep(s); });
        m_actions->addWidget(b);
    }
    const bool open = isOpen(statusFromId(r.status).value_or(CaseStatus::Closed));
    if (open && m_app.session.can(Permission::HandleComplaints)) {
        auto *pause = new QPushButton(view->paused ? tr("Resume deadlines") : tr("Wait on customer…"), m_case);
        pause->setObjectName(u"pauseButton"_s);
        connect(pause, &QPushButton::clicked, this, &ComplaintsPage::pauseOrResume);
        m_actions->addWidget(pause);
        auto *edit = new QPushButton(tr("Edit…"), m_case);
        connect(edit, &QPushButton::clicked, this, &ComplaintsPage::editCase);
        m_actions->addWidget(edit);
        auto *attach = new QPushButton(tr("Attach file…"), m_case);
        attach->setObjectName(u"attachButton"_s);
        connect(attach, &QPushButton::clicked, this, &ComplaintsPage::attachFile);
        m_actions->addWidget(attach);
    }
    if (open && m_app.session.can(Permission::ApproveComplaints)) {
        auto *extend = new QPushButton(tr("Extend a deadline…"), m_case);
        extend->setObjectName(u"extendButton"_s);
        connect(extend, &QPushButton::clicked, this, &ComplaintsPage::extendDeadline);
        m_actions->addWidget(extend);
    }
    m_actions->addStretch();

    m_events->clear();
    for (const data::ComplaintEvent &e : view->events) {
        QString what = e.action;
        if (auto s = stepFromId(e.action))
            what = ComplaintText::step(*s).remove(u'…');
        else if (e.action == u"register"_s)
            what = tr("Registered");
        else if (e.action == u"remind"_s)
            what = tr("Reminder (催办)");
        else if (e.action == u"pause"_s)
            what = tr("Waiting on customer");
        else if (e.action == u"resume"_s)
            what = tr("Deadlines resumed");
        else if (e.action == u"extend"_s)
            what = tr("Deadline extended");
        else if (e.action == u"edit"_s)
            what = tr("Edited");
        else if (e.action == u"reopen"_s)
            what = tr("Reopened as");
        else if (e.action == u"attach"_s)
            what = tr("File attached");
        const QString note =
            e.action == u"register"_s && ComplaintText::channels().contains(e.note) ? ComplaintText::channel(e.note) : e.note;
        auto *item = new QTreeWidgetItem(m_events, {when(e.at), e.username, what, note});
        if (e.action == u"remind"_s)
            item->setForeground(2, QColor(0xc6, 0x28, 0x28));
    }
    for (int i = 0; i < 3; ++i)
        m_events->resizeColumnToContents(i);
    m_files->clear();
    if (auto files = services::ComplaintService(m_app.services).attachments(id)) {
        for (const auto &f : *files) {
            auto *item = new QListWidgetItem(u"📎 "_s + f.fileName, m_files);
            item->setData(Qt::UserRole, f.documentId);
        }
        if (files->isEmpty())
            new QListWidgetItem(tr("No files attached"), m_files);
    }
}

void ComplaintsPage::attachFile()
{
    const QString path = askOpenPath(this, tr("Attach evidence"), {}, tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = services::ComplaintService(m_app.services).attachDocument(m_app.session, m_current, path); !r)
        showError(this, tr("Complaints"), r.error());
    showCase(m_current);
}

void ComplaintsPage::openComplaint(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    m_state->setCurrentIndex(m_state->findData(QString()));
    m_current = id;
    loadList();
    showCase(id);
}

void ComplaintsPage::registerNew(const services::ComplaintInput &prefill, const QString &customerName)
{
    services::ComplaintInput in = prefill;
    if (in.channel.isEmpty())
        in.channel = u"phone"_s;
    ComplaintDialog dlg(m_app, in, customerName, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    openComplaint(dlg.complaintId());
}

void ComplaintsPage::takeStep(Step step)
{
    if (!m_view)
        return;
    StepDialog dlg(m_app, m_view->row, step, this);
    const int result = dlg.exec();
    if (result == QDialog::Accepted && dlg.result().reopenedId)
        QMessageBox::information(
            this, tr("Complaints"),
            tr("The customer did not accept. Complaint %1 is opened, linked to %2, and escalated.")
                .arg(services::ComplaintService(m_app.services).view(m_app.session, dlg.result().reopenedId)->row.number,
                     m_view->row.number));
    showCase(m_current); // also after a conflict: the case as it is now
    loadList();
}

void ComplaintsPage::pauseOrResume()
{
    if (!m_view)
        return;
    services::ComplaintService s(m_app.services);
    Status r;
    if (m_view->paused) {
        r = s.resume(m_app.session, m_current, m_view->row.version);
    } else {
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Wait on customer"), tr("What are you waiting for from the customer?"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        r = s.pause(m_app.session, m_current, m_view->row.version, note);
    }
    if (!r)
        showError(this, tr("Complaints"), r.error());
    showCase(m_current);
}

void ComplaintsPage::extendDeadline()
{
    if (!m_view)
        return;
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Extend a deadline — %1").arg(m_view->row.number));
    auto *form = new QFormLayout(&dlg);
    auto *which = new QComboBox(&dlg);
    for (DeadlineKind k : kDeadlines)
        which->addItem(ComplaintText::deadline(k), int(k));
    which->setCurrentIndex(2);
    auto *amount = new QSpinBox(&dlg);
    amount->setRange(1, 24 * 60);
    amount->setValue(24);
    amount->setSuffix(tr(" working h"));
    auto *reason = new QLineEdit(&dlg);
    form->addRow(tr("Deadline:"), which);
    form->addRow(tr("Extend by:"), amount);
    form->addRow(tr("Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (auto r = services::ComplaintService(m_app.services)
                     .extend(m_app.session, m_current, m_view->row.version, DeadlineKind(which->currentData().toInt()),
                             amount->value(), reason->text());
        !r)
        showError(this, tr("Complaints"), r.error());
    showCase(m_current);
}

void ComplaintsPage::editCase()
{
    if (!m_view)
        return;
    const data::ComplaintRow row = m_view->row;
    ComplaintDialog dlg(m_app, {}, row.customerName, this, &row);
    dlg.exec();
    showCase(m_current);
    loadList();
}

} // namespace crm::ui::complaints
