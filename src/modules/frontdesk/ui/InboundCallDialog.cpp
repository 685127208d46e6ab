#include "frontdesk/ui/InboundCallDialog.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "complaints/core/ComplaintRules.h"
#include "complaints/services/ComplaintService.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/CallDeskService.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/InboundCallService.h"
#include "frontdesk/ui/BookingDialog.h"
#include "frontdesk/ui/DeskPhone.h"
#include "leads/services/LeadService.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {

InboundCallDialog::InboundCallDialog(AppContext &app, const QString &number, QWidget *parent)
    : QDialog(parent), m_app(app), m_number(new QLineEdit(number, this)), m_matches(new QListWidget(this)),
      m_details(new QLabel(this)), m_purpose(new QComboBox(this)), m_task(new QComboBox(this)), m_outcome(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_feedbackCategory(new QComboBox(this)), m_feedbackText(new QLineEdit(this)),
      m_newCustomer(button(this, tr("&New customer…"), "inboundNewCustomer")),
      m_book(button(this, tr("&Book appointment…"), "inboundBook")),
      m_complaint(button(this, tr("Register &complaint…"), "inboundComplaint")),
      m_lead(button(this, tr("Sales &lead…"), "inboundLead")), m_callBack(new QCheckBox(tr("Call &back at"), this)),
      m_callBackAt(new QDateTimeEdit(this)), m_error(new QLabel(this))
{
    setObjectName(u"inboundCallDialog"_s);
    setWindowTitle(tr("Inbound call"));
    m_number->setObjectName(u"inboundNumber"_s);
    m_number->setPlaceholderText(tr("Caller's number, its last 4 digits or a plate — Enter"));
    m_matches->setObjectName(u"inboundMatches"_s);
    m_matches->setMaximumHeight(110);
    m_details->setObjectName(u"inboundDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setMinimumHeight(140);
    m_purpose->setObjectName(u"inboundPurpose"_s);
    if (auto purposes = services::AppointmentService(app.services).items(u"purpose"_s))
        for (const data::DeskListItem &p : *purposes)
            m_purpose->addItem(p.title, p.code);
    m_task->setObjectName(u"inboundTask"_s);
    m_outcome->setObjectName(u"inboundOutcome"_s);
    m_outcome->setMaxLength(500);
    m_notes->setObjectName(u"inboundNotes"_s);
    m_notes->setPlaceholderText(tr("What the caller wants, what was agreed"));
    m_notes->setMaximumHeight(90);
    m_error->setObjectName(u"inboundError"_s);
    m_error->setStyleSheet(u"color:#c62828"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *find = button(this, tr("&Find"), "inboundFind");
    auto *top = new QHBoxLayout;
    top->addWidget(m_number, 1);
    top->addWidget(find);
    auto *steps = new QHBoxLayout;
    steps->addWidget(m_newCustomer);
    steps->addWidget(m_book);
    steps->addWidget(m_complaint);
    steps->addWidget(m_lead);
    steps->addWidget(dialButton(app, this, [this] { return m_customer; }));
    steps->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Answers &follow-up:"), m_task);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Outcome:"), m_outcome);
    // What a department must answer (a need, a question nobody here could answer): routed after the call.
    m_feedbackCategory->setObjectName(u"inboundFeedbackCategory"_s);
    if (auto cats = services::FeedbackService(app.services).categories(true))
        for (const data::FeedbackCategory &c : *cats)
            m_feedbackCategory->addItem(crm::feedback::FeedbackText::category(c.code, c.name), c.code);
    m_feedbackText->setObjectName(u"inboundFeedback"_s);
    m_feedbackText->setPlaceholderText(tr("For a department to answer (optional)"));
    auto *feedbackRow = new QHBoxLayout;
    feedbackRow->addWidget(m_feedbackCategory);
    feedbackRow->addWidget(m_feedbackText, 1);
    form->addRow(tr("&Feedback:"), feedbackRow);
    m_callBack->setObjectName(u"inboundCallBack"_s);
    m_callBackAt->setObjectName(u"inboundCallBackAt"_s);
    m_callBackAt->setCalendarPopup(true);
    m_callBackAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_callBackAt->setDateTime(app.services.clock.nowUtc().toLocalTime().addSecs(3600));
    m_callBackAt->setEnabled(false);
    connect(m_callBack, &QCheckBox::toggled, m_callBackAt, &QWidget::setEnabled);
    form->addRow(m_callBack, m_callBackAt);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"inboundSave"_s);
    buttons->button(QDialogButtonBox::Save)->setShortcut(Keys::sequence(PageKey::InboundSave));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_matches);
    layout->addWidget(m_details);
    layout->addLayout(steps);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 620);

    // Enter in the number looks the caller up; it never saves the call.
    FormDialog::searchOnEnterOf(m_number, [this] { lookUp(); });
    connect(find, &QPushButton::clicked, this, &InboundCallDialog::lookUp);
    connect(m_matches, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            choose(m_matches->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_newCustomer, &QPushButton::clicked, this, &InboundCallDialog::newCustomer);
    connect(m_book, &QPushButton::clicked, this, &InboundCallDialog::book);
    connect(m_complaint, &QPushButton::clicked, this, &InboundCallDialog::complaint);
    connect(m_lead, &QPushButton::clicked, this, &InboundCallDialog::lead);
    connect(buttons, &QDialogButtonBox::accepted, this, &InboundCallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_book->setEnabled(false);
    m_complaint->setEnabled(false);
    m_task->addItem(tr("(none)"), qint64(0));
    m_details->setText(tr("Type the caller's number and press Enter."));
    if (!number.isEmpty())
        lookUp();
}

void InboundCallDialog::lookUp()
{
    m_matches->clear();
    auto found = services::InboundCallService(m_app.services).lookup(m_app.session, m_number->text());
    if (!found) {
        m_details->setText(found.error().message);
        return;
    }
    for (const data::CustomerListRow &r : *found) {
        auto *item = new QListWidgetItem(u"%1   %2   %3"_s.arg(r.name, r.mobile, r.plates), m_matches);
        item->setData(Qt::UserRole, r.id);
    }
    if (found->isEmpty()) {
        choose(0);
        m_details->setText(tr("No customer has this number. <b>New customer…</b> adds the caller with the number filled in."));
        m_newCustomer->setDefault(true);
        return;
    }
    m_matches->setCurrentRow(0); // one caller is the usual case: shown at once
}

void InboundCallDialog::choose(qint64 customerId)
{
    m_customer = customerId;
    m_book->setEnabled(customerId != 0);
    m_complaint->setEnabled(customerId != 0 && m_app.session.can(Permission::HandleComplaints));
    m_task->clear();
    m_task->addItem(tr("(none)"), qint64(0));
    if (!customerId)
        return;
    auto card = services::CustomerService(m_app.services).card(m_app.session, customerId);
    if (!card) {
        m_details->setText(card.error().message);
        return;
    }
    const QDate today = localToday(m_app.services.clock);
    QStringList lines;
    lines << u"<b>%1</b>  %2  %3"_s.arg(card->customer.name.toHtmlEscaped(), card->customer.mobile.toHtmlEscaped(),
                                        card->customer.city.toHtmlEscaped());
    QStringList cars;
    for (const data::VehicleRow &v : card->vehicles)
        if (v.status == u"active"_s)
            cars << tr("%1 %2, last paid visit %3")
                        .arg(v.model, v.plate,
                             v.lastPaidVisit.isValid() ? QLocale().toString(v.lastPaidVisit, QLocale::ShortFormat) : tr("none"))
                        .toHtmlEscaped();
    lines << tr("Vehicles: %1").arg(cars.isEmpty() ? tr("none") : cars.join(u"; "_s));
    if (auto tasks = services::CallDeskService(m_app.services).openTasksOf(m_app.session, customerId)) {
        QStringList open;
        for (const data::TaskRow &t : *tasks) {
            open << tr("%1 (due %2)").arg(followups::FollowupText::kind(t.kind), QLocale().toString(t.due, QLocale::ShortFormat));
            m_task->addItem(open.last(), t.id);
        }
        lines << tr("Open follow-ups: %1").arg(open.isEmpty() ? tr("none") : open.join(u"; "_s).toHtmlEscaped());
    }
    services::AppointmentService book(m_app.services);
    if (auto appts = book.ofCustomer(m_app.session, customerId)) {
        const QHash<QString, QString> jobs = book.titles(u"job_type"_s);
        QStringList coming;
        for (const data::Appointment &a : *appts)
            if (a.scheduledAt.date() >= today && (a.status == u"booked"_s || a.status == u"confirmed"_s))
                coming << u"%1 %2 %3"_s.arg(local(a.scheduledAt), jobs.value(a.jobType, a.jobType),
                                            crm::frontdesk::FrontdeskText::status(a.status));
        lines << tr("Appointments: %1").arg(coming.isEmpty() ? tr("none") : coming.join(u"; "_s).toHtmlEscaped());
    }
    data::ComplaintFilter f;
    f.customerId = customerId;
    f.state = u"open"_s;
    if (auto open = services::ComplaintService(m_app.services).list(m_app.session, f, 5)) {
        QStringList cases;
        for (const data::ComplaintRow &c : *open)
            cases << u"%1 %2"_s.arg(c.number, crm::complaints::ComplaintText::status(c.status));
        lines << tr("Open complaints: %1").arg(cases.isEmpty() ? tr("none") : cases.join(u"; "_s).toHtmlEscaped());
    }
    services::ClubService club(m_app.services);
    if (auto member = club.memberOfCustomer(customerId); member && *member) {
        if (auto m = club.member(m_app.session, **member))
            lines << tr("Club: %1, %2 points").arg(crm::club::ClubText::tier(m->tier)).arg(m->available);
    }
    m_details->setText(lines.join(u"<br>"_s));
}

void InboundCallDialog::newCustomer()
{
    archives::CustomerDialog d(m_app.services, m_app.session, nullptr, this);
    if (auto *mobile = d.findChild<QLineEdit *>(u"mobile"_s))
        mobile->setText(m_number->text().trimmed());
    if (d.exec() != QDialog::Accepted || !d.customerId())
        return;
    m_matches->clear();
    auto *item = new QListWidgetItem(tr("New customer"), m_matches);
    item->setData(Qt::UserRole, d.customerId());
    m_matches->setCurrentRow(0);
}

void InboundCallDialog::book()
{
    if (!m_customer)
        return;
    const qint64 id = BookingDialog::run(m_app, this, {m_customer, {}, 0, u"inbound_call"_s, {}, 0});
    if (!id)
        return;
    m_appointment = id;
    const int appointment = m_purpose->findData(u"appointment"_s);
    if (appointment >= 0)
        m_purpose->setCurrentIndex(appointment);
    choose(m_customer); // the new appointment in the summary
}

void InboundCallDialog::complaint()
{
    if (!m_customer)
        return;
    services::ComplaintInput c;
    c.customerId = m_customer;
    c.channel = u"phone"_s;
    c.description = m_notes->toPlainText().trimmed();
    complaints::ComplaintDialog dlg(m_app, c, {}, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const int purpose = m_purpose->findData(u"complaint"_s);
    if (purpose >= 0)
        m_purpose->setCurrentIndex(purpose);
    choose(m_customer);
}

void InboundCallDialog::lead()
{
    // A sales enquiry: the caller (known or not) as a lead for the showroom, from the phone.
    FormDialog d(this, tr("Sales lead from this call"));
    auto *name = new QLineEdit(&d.dialog);
    auto *mobile = new QLineEdit(m_number->text().trimmed(), &d.dialog);
    auto *model = new QLineEdit(&d.dialog);
    model->setPlaceholderText(tr("e.g. 探岳 380TSI"));
    auto *note = new QLineEdit(m_notes->toPlainText().trimmed(), &d.dialog);
    if (m_customer)
        if (auto card = services::CustomerService(m_app.services).card(m_app.session, m_customer)) {
            name->setText(card->customer.name);
            if (mobile->text().isEmpty())
                mobile->setText(card->customer.mobile);
        }
    d.form->addRow(tr("&Name:"), name);
    d.form->addRow(tr("&Mobile:"), mobile);
    d.form->addRow(tr("Interested in &model:"), model);
    d.form->addRow(tr("N&ote:"), note);
    if (!d.exec([&]() -> Status {
            data::LeadInput in;
            in.name = name->text();
            in.mobile = mobile->text();
            in.source = u"phone"_s;
            in.model = model->text();
            in.note = note->text();
            auto id = services::LeadService(m_app.services).create(m_app.session, in);
            return id ? Status{} : Status(id.error());
        }))
        return;
    const int purpose = m_purpose->findData(u"sales_enquiry"_s);
    if (purpose >= 0)
        m_purpose->setCurrentIndex(purpose);
}

void InboundCallDialog::accept()
{
    services::InboundCallInput in;
    in.customerId = m_customer;
    in.number = m_number->text();
    in.purpose = m_purpose->currentData().toString();
    in.outcome = m_outcome->text();
    in.notes = m_notes->toPlainText();
    in.taskId = m_task->currentData().toLongLong();
    if (!m_feedbackText->text().trimmed().isEmpty())
        in.feedback << services::FeedbackInput{
            0, 0, m_feedbackCategory->currentData().toString(), m_feedbackText->text(), {}, 0, 0, 0, 0, {}};
    in.appointmentId = m_appointment;
    if (m_callBack->isChecked())
        in.callBackAt = m_callBackAt->dateTime();
    auto id = services::InboundCallService(m_app.services).record(m_app.session, in);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_callId = *id;
    QDialog::accept();
}

void openInboundCall(AppContext &app, QWidget *parent, const QString &number)
{
    InboundCallDialog d(app, number, parent);
    d.exec();
}

QPushButton *inboundCallButton(AppContext &app, QWidget *parent, std::function<void()> after)
{
    auto *b = button(parent, InboundCallDialog::tr("Inbound call… (F2)"), "inboundCallButton");
    b->setToolTip(InboundCallDialog::tr("A customer is calling in: look them up, book, record the call"));
    b->setVisible(app.session.can(Permission::BookAppointments));
    QObject::connect(b, &QPushButton::clicked, parent, [&app, parent, after] {
        openInboundCall(app, parent);
        if (after)
            after();
    });
    return b;
}

} // namespace crm::ui::frontdesk
