// FeedbackPage: the item's steps as dialogs — route, first answer, result, hand over to the
// complaint desk or to sales — and "Record feedback…" from the customer card and the club desk.
#include "feedback/ui/FeedbackPage.h"

#include "archives/services/CustomerService.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "leads/data/LeadRepository.h"
#include "leads/services/LeadService.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using crm::feedback::FeedbackText;

namespace crm::ui::feedback {

namespace {
QComboBox *departmentBox(AppContext &app, QWidget *parent, qint64 current)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(u"department"_s);
    if (auto deps = services::FeedbackService(app.services).departments())
        for (const data::Department &d : *deps)
            if (d.active || d.id == current)
                box->addItem(FeedbackText::department(d.code, d.name), d.id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QComboBox *personBox(AppContext &app, QWidget *parent, qint64 current, const QString &nobody)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(u"person"_s);
    box->addItem(nobody, qint64(0));
    if (auto people = services::FeedbackService(app.services).people())
        for (const auto &[id, name] : *people)
            box->addItem(name, id);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QPlainTextEdit *textBox(QWidget *parent, const char *name, const QString &hint)
{
    auto *t = new QPlainTextEdit(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setPlaceholderText(hint);
    t->setTabChangesFocus(true);
    t->setMinimumHeight(80);
    return t;
}
} // namespace

void FeedbackPage::route()
{
    if (!m_current)
        return;
    const data::FeedbackItemRow r = m_current->row;
    FormDialog f(this, tr("Route feedback"));
    f.dialog.setObjectName(u"routeDialog"_s);
    auto *department = departmentBox(m_app, &f.dialog, r.departmentId);
    auto *owner = personBox(m_app, &f.dialog, r.ownerId, tr("(the department)"));
    auto *note = new QLineEdit(&f.dialog);
    note->setObjectName(u"note"_s);
    f.form->addRow(tr("&Department:"), department);
    f.form->addRow(tr("&Owner:"), owner);
    f.form->addRow(tr("&Note:"), note);
    if (f.exec([&]() -> Status {
            return services::FeedbackService(m_app.services)
                .route(m_app.session, r.id, r.version, department->currentData().toLongLong(), owner->currentData().toLongLong(),
                       note->text());
        }))
        loadItems(false);
}

void FeedbackPage::answer()
{
    if (!m_current)
        return;
    const data::FeedbackItemRow r = m_current->row;
    FormDialog f(this, tr("First answer"));
    f.dialog.setObjectName(u"answerDialog"_s);
    f.form->addRow(new QLabel(tr("“%1”").arg(r.text), &f.dialog));
    auto *text = textBox(&f.dialog, "answerText", tr("What the department will do, and by when"));
    f.form->addRow(tr("&Answer:"), text);
    if (f.exec([&]() -> Status {
            return services::FeedbackService(m_app.services).answer(m_app.session, r.id, r.version, text->toPlainText());
        }))
        loadItems(false);
}

void FeedbackPage::resolve()
{
    if (!m_current)
        return;
    const data::FeedbackItemRow r = m_current->row;
    FormDialog f(this, tr("Record the result"));
    f.dialog.setObjectName(u"resolveDialog"_s);
    auto *said = new QLabel(tr("“%1”").arg(r.text), &f.dialog);
    said->setWordWrap(true);
    f.form->addRow(said);
    auto *text = textBox(&f.dialog, "resultText", tr("What was done — the agent reads this to the customer"));
    f.form->addRow(tr("&Result:"), text);
    auto *praised = new QLineEdit(r.praised, &f.dialog);
    praised->setObjectName(u"praised"_s);
    if (r.category == crm::feedback::kPraise)
        f.form->addRow(tr("&Praised:"), praised); // passed on to that person and counted for them
    else
        f.form->addRow(new QLabel(r.takenByName.isEmpty()
                                      ? tr("A call to tell the customer goes to the call desk's queue.")
                                      : tr("A call to tell the customer goes to %1, who took it.").arg(r.takenByName),
                                  &f.dialog));
    if (f.exec([&]() -> Status {
            return services::FeedbackService(m_app.services)
                .resolve(m_app.session, r.id, r.version, text->toPlainText(), praised->text());
        }))
        loadItems(false);
}

void FeedbackPage::toComplaint()
{
    if (!m_current)
        return;
    const data::FeedbackItemRow r = m_current->row;
    services::ComplaintInput c;
    c.customerId = r.customerId;
    c.vehicleId = r.vehicleId;
    c.channel = r.source == u"survey"_s ? u"survey"_s : r.source == u"outbound_call"_s ? u"followup_call"_s : u"phone"_s;
    c.category = u"service_attitude"_s;
    c.description = r.text;
    c.callId = r.callId;
    complaints::ComplaintDialog dlg(m_app, c, r.customerName, this);
    dlg.setRegistrar([this, r](const services::ComplaintInput &in) {
        return services::FeedbackService(m_app.services).toComplaint(m_app.session, r.id, r.version, in);
    });
    if (dlg.exec() == QDialog::Accepted)
        loadItems(false);
}

void FeedbackPage::toLead()
{
    if (!m_current)
        return;
    const data::FeedbackItemRow r = m_current->row;
    FormDialog f(this, tr("Give to sales as a lead"));
    f.dialog.setObjectName(u"leadDialog"_s);
    f.form->addRow(new QLabel(tr("%1: “%2”").arg(r.customerName, r.text), &f.dialog));
    auto *model = new QLineEdit(&f.dialog);
    model->setObjectName(u"leadModel"_s);
    auto *consultant = new QComboBox(&f.dialog);
    consultant->setObjectName(u"leadConsultant"_s);
    consultant->setEditable(true);
    if (auto names = services::LeadService(m_app.services).consultants())
        consultant->addItems(*names);
    consultant->setCurrentText(QString());
    f.form->addRow(tr("&Model of interest:"), model);
    f.form->addRow(tr("Sales &consultant:"), consultant);
    qint64 lead = 0;
    if (f.exec([&]() -> Status {
            data::LeadInput in;
            in.model = model->text().trimmed();
            in.consultant = consultant->currentText().trimmed();
            in.note = r.text;
            auto id = services::FeedbackService(m_app.services).toLead(m_app.session, r.id, r.version, in);
            if (!id)
                return id.error();
            lead = *id;
            return {};
        })) {
        QMessageBox::information(this, tr("Give to sales as a lead"),
                                 tr("Lead %1 is with sales; the item is handed over.").arg(lead));
        loadItems(false);
    }
}

void recordFeedback(AppContext &app, QWidget *parent, qint64 customerId, const QString &source)
{
    auto card = services::CustomerService(app.services).card(app.session, customerId);
    if (!card) {
        showError(parent, FeedbackPage::tr("Record feedback"), card.error());
        return;
    }
    services::FeedbackService s(app.services);
    auto cats = s.categories(true);
    if (!cats) {
        showError(parent, FeedbackPage::tr("Record feedback"), cats.error());
        return;
    }
    FormDialog f(parent, FeedbackPage::tr("Record feedback from %1").arg(card->customer.name));
    f.dialog.setObjectName(u"recordFeedbackDialog"_s);
    auto *category = new QComboBox(&f.dialog);
    category->setObjectName(u"category"_s);
    for (const data::FeedbackCategory &c : *cats)
        category->addItem(FeedbackText::category(c.code, c.name), c.code);
    auto *text = textBox(&f.dialog, "text", FeedbackPage::tr("What the customer said, in their words"));
    auto *vehicle = new QComboBox(&f.dialog);
    vehicle->setObjectName(u"vehicle"_s);
    vehicle->addItem(FeedbackPage::tr("(no vehicle)"), qint64(0));
    for (const data::VehicleRow &v : card->vehicles)
        vehicle->addItem(u"%1 %2"_s.arg(v.plate, v.model), v.id);
    if (card->vehicles.size() == 1)
        vehicle->setCurrentIndex(1);
    auto *department = departmentBox(app, &f.dialog, 0);
    auto *praised = new QLineEdit(&f.dialog);
    praised->setObjectName(u"praised"_s);
    praised->setPlaceholderText(FeedbackPage::tr("Praise: the person praised"));
    // The category's routing rule proposes the department; the desk may choose another.
    auto propose = [&] {
        for (const data::FeedbackCategory &c : *cats)
            if (c.code == category->currentData().toString())
                department->setCurrentIndex(std::max(0, department->findData(c.departmentId)));
        praised->setEnabled(category->currentData().toString() == crm::feedback::kPraise);
    };
    QObject::connect(category, &QComboBox::currentIndexChanged, &f.dialog, propose);
    propose();
    f.form->addRow(FeedbackPage::tr("&Category:"), category);
    f.form->addRow(FeedbackPage::tr("&What was said:"), text);
    f.form->addRow(FeedbackPage::tr("&Vehicle:"), vehicle);
    f.form->addRow(FeedbackPage::tr("&Department:"), department);
    f.form->addRow(FeedbackPage::tr("&Praised:"), praised);
    qint64 id = 0;
    if (f.exec([&]() -> Status {
            services::FeedbackInput in;
            in.customerId = customerId;
            in.vehicleId = vehicle->currentData().toLongLong();
            in.category = category->currentData().toString();
            in.text = text->toPlainText();
            in.source = source;
            in.departmentId = department->currentData().toLongLong();
            in.praised = praised->isEnabled() ? praised->text() : QString();
            auto made = s.record(app.session, in);
            if (!made)
                return made.error();
            id = *made;
            return {};
        }))
        QMessageBox::information(parent, FeedbackPage::tr("Record feedback"),
                                 FeedbackPage::tr("Feedback %1 is with %2.").arg(id).arg(department->currentText()));
}

} // namespace crm::ui::feedback
