#include "complaints/ui/ComplaintDialogs.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::ui::complaints {

ComplaintDialog::ComplaintDialog(AppContext &app, const services::ComplaintInput &prefill, const QString &customerName,
                                 QWidget *parent, const data::ComplaintRow *editing)
    : QDialog(parent), m_app(app), m_editing(editing), m_callId(prefill.callId), m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)), m_customerLabel(new QLabel(this)), m_vehicle(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_category(new QComboBox(this)),
      m_quality(new QCheckBox(tr("Quality problem (质量异常)"), this)), m_level(new QComboBox(this)),
      m_ticket(new QLineEdit(this)), m_description(new QPlainTextEdit(this)), m_demand(new QPlainTextEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(u"complaintDialog"_s);
    setWindowTitle(editing ? tr("Complaint %1").arg(editing->number) : tr("Register a complaint"));
    resize(620, 640);
    auto *layout = new QVBoxLayout(this);
    m_search->setObjectName(u"complaintCustomerSearch"_s);
    m_search->setPlaceholderText(tr("Find the customer: name, pinyin initials, mobile, plate"));
    m_results->setObjectName(u"complaintCustomerResults"_s);
    m_results->setMaximumHeight(110);
    m_customerLabel->setObjectName(u"complaintCustomer"_s);
    if (!editing) {
        auto *searchRow = new QHBoxLayout;
        searchRow->addWidget(m_search, 1);
        auto *newCustomer = new QPushButton(tr("New customer…"), this);
        newCustomer->setObjectName(u"complaintNewCustomer"_s);
        newCustomer->setToolTip(tr("Not in the archives yet: enter the customer on the spot"));
        newCustomer->setVisible(m_app.session.can(Permission::EditCustomers));
        connect(newCustomer, &QPushButton::clicked, this, [this] {
            archives::CustomerDialog dlg(m_app.services, m_app.session, nullptr, this);
            if (dlg.exec() != QDialog::Accepted)
                return;
            auto card = services::CustomerService(m_app.services).card(m_app.session, dlg.customerId());
            chooseCustomer(dlg.customerId(), card ? card->customer.name : QString());
        });
        searchRow->addWidget(newCustomer);
        layout->addLayout(searchRow);
        layout->addWidget(m_results);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Customer:"), m_customerLabel);
    m_vehicle->setObjectName(u"complaintVehicle"_s);
    form->addRow(tr("&Vehicle:"), m_vehicle);
    m_channel->setObjectName(u"complaintChannel"_s);
    for (const QString &c : ComplaintText::channels())
        m_channel->addItem(ComplaintText::channel(c), c);
    form->addRow(tr("C&hannel:"), m_channel);
    m_category->setObjectName(u"complaintCategory"_s);
    for (const QString &c : ComplaintText::categories())
        m_category->addItem(ComplaintText::category(c), c);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_quality);
    m_level->setObjectName(u"complaintLevel"_s);
    for (const QString &l : ComplaintText::levels())
        m_level->addItem(ComplaintText::level(l), l);
    m_level->setToolTip(
        tr("Normal: the dealer resolves it. Escalated: repeat complaint or strong emotion, needs the manufacturer. "
           "Major: injury, large loss, media or regulator attention."));
    form->addRow(tr("&Level:"), m_level);
    m_ticket->setObjectName(u"complaintTicket"_s);
    m_ticket->setMaxLength(60);
    m_ticket->setPlaceholderText(tr("Manufacturer's ticket number (escalated and major)"));
    form->addRow(tr("&Ticket:"), m_ticket);
    m_description->setObjectName(u"complaintDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the customer's words"));
    form->addRow(tr("&Description:"), m_description);
    m_demand->setObjectName(u"complaintDemand"_s);
    m_demand->setTabChangesFocus(true);
    m_demand->setMaximumHeight(70);
    m_demand->setPlaceholderText(tr("What the customer asks for"));
    form->addRow(tr("De&mand:"), m_demand);
    layout->addLayout(form, 1);
    m_error->setObjectName(u"complaintError"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Register"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ComplaintDialog::search);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            chooseCustomer(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    });
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_ticket->setEnabled(m_level->currentData() != u"normal"_s); });

    const services::ComplaintInput &in = editing ? services::ComplaintInput{editing->customerId, editing->vehicleId,
                                                                            editing->channel,    editing->category,
                                                                            editing->quality,    editing->level,
                                                                            editing->oemTicket,  editing->description,
                                                                            editing->demand,     0}
                                                 : prefill;
    if (in.customerId)
        chooseCustomer(in.customerId, editing ? editing->customerName : customerName);
    if (in.vehicleId)
        m_vehicle->setCurrentIndex(std::max(0, m_vehicle->findData(in.vehicleId)));
    if (!in.channel.isEmpty())
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(in.channel)));
    if (!in.category.isEmpty())
        m_category->setCurrentIndex(std::max(0, m_category->findData(in.category)));
    m_quality->setChecked(in.quality);
    m_level->setCurrentIndex(std::max(0, m_level->findData(in.level)));
    m_ticket->setText(in.oemTicket);
    m_ticket->setEnabled(m_level->currentData() != u"normal"_s);
    m_description->setPlainText(in.description);
    m_demand->setPlainText(in.demand);
    (in.customerId ? static_cast<QWidget *>(m_category) : m_search)->setFocus();
}

void ComplaintDialog::search()
{
    archives::fillCustomerMatches(m_app, m_results, m_search->text());
}

void ComplaintDialog::chooseCustomer(qint64 id, const QString &name)
{
    m_customer = id;
    m_customerLabel->setText(u"<b>%1</b>"_s.arg(name.toHtmlEscaped()));
    m_vehicle->clear();
    m_vehicle->addItem(tr("(no particular vehicle)"), qint64(0));
    if (auto card = services::CustomerService(m_app.services).card(m_app.session, id))
        for (const data::VehicleRow &v : card->vehicles)
            m_vehicle->addItem(u"%1 %2 %3"_s.arg(v.model, v.plate, v.vin.right(6)).simplified(), v.id);
    if (m_vehicle->count() == 2)
        m_vehicle->setCurrentIndex(1); // the only car: surely that one
}

services::ComplaintInput ComplaintDialog::input() const
{
    services::ComplaintInput in;
    in.customerId = m_customer;
    in.vehicleId = m_vehicle->currentData().toLongLong();
    in.channel = m_channel->currentData().toString();
    in.category = m_category->currentData().toString();
    in.quality = m_quality->isChecked();
    in.level = m_level->currentData().toString();
    in.oemTicket = m_ticket->isEnabled() ? m_ticket->text() : QString();
    in.description = m_description->toPlainText();
    in.demand = m_demand->toPlainText();
    in.callId = m_callId;
    return in;
}

void ComplaintDialog::accept()
{
    services::ComplaintService s(m_app.services);
    if (!m_editing && input().customerId == 0) {
        // The way on depends on the desk: only roles that keep the archives add a customer.
        m_error->setText(m_app.session.can(Permission::EditCustomers)
                             ? tr("Customer: search for who complains, or add them with \"New customer…\".")
                             : tr("Customer: search for who complains. A caller not yet in the archives is added "
                                  "first by an agent or the information supervisor."));
        m_error->show();
        return;
    }
    if (m_editing) {
        if (auto r = s.edit(m_app.session, m_editing->id, m_editing->version, input()); !r) {
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
        m_id = m_editing->id;
        m_number = m_editing->number;
    } else {
        auto r = m_saveUnit.run([&] { return m_registrar ? m_registrar(input()) : s.registerComplaint(m_app.session, input()); });
        if (!r) {
            m_error->setText(r.error().kind == Error::Kind::AlreadyApplied
                                 ? tr("This complaint was registered already: the first try was saved and only its answer "
                                      "was lost with the connection. Close this form; the complaint is in the list.")
                                 : r.error().message);
            m_error->show();
            return;
        }
        m_id = r->id;
        m_number = r->number;
    }
    QDialog::accept();
}

StepDialog::StepDialog(AppContext &app, const data::ComplaintRow &row, Step step, QWidget *parent)
    : QDialog(parent), m_app(app), m_row(row), m_step(step), m_error(new QLabel(this))
{
    setObjectName(u"stepDialog"_s);
    setWindowTitle(u"%1 — %2"_s.arg(row.number, ComplaintText::step(step).remove(u'…')));
    resize(520, 360);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto text = [this](const QString &name, const QString &value) {
        auto *e = new QPlainTextEdit(value, this);
        e->setObjectName(name);
        e->setTabChangesFocus(true);
        return e;
    };
    switch (step) {
    case Step::Investigate:
        m_department = new QLineEdit(row.department, this);
        m_department->setObjectName(u"stepDepartment"_s);
        m_department->setPlaceholderText(tr("e.g. 售后服务部"));
        m_responsible = new QLineEdit(row.responsible, this);
        m_responsible->setObjectName(u"stepResponsible"_s);
        form->addRow(tr("Responsible &department:"), m_department);
        form->addRow(tr("Responsible &person:"), m_responsible);
        break;
    case Step::Propose:
        m_rootCause = text(u"stepRootCause"_s, row.rootCause);
        m_solution = text(u"stepSolution"_s, row.solution);
        m_compensation = new QDoubleSpinBox(this);
        m_compensation->setObjectName(u"stepCompensation"_s);
        m_compensation->setRange(0, 10000000);
        m_compensation->setDecimals(2);
        m_compensation->setPrefix(u"¥ "_s);
        m_compensation->setValue(double(row.compensationFen) / 100.0);
        form->addRow(tr("Root &cause:"), m_rootCause);
        form->addRow(tr("&Solution:"), m_solution);
        form->addRow(tr("Co&mpensation:"), m_compensation);
        break;
    case Step::Inform:
    case Step::Accept:
    case Step::NotAccepted:
        m_reply = text(u"stepReply"_s, step == Step::Inform ? QString() : row.customerReply);
        form->addRow(tr("What the customer &said:"), m_reply);
        if (step == Step::NotAccepted)
            form->addRow(new QLabel(tr("This case closes and a new, escalated complaint linked to it is opened."), this));
        if (step == Step::Accept)
            form->addRow(new QLabel(tr("Closing raises a return visit with the complaint-handling satisfaction survey."), this));
        break;
    case Step::Approve:
    case Step::SendBack: {
        // What is approved or sent back is read here, not remembered from the case panel.
        auto shown = [this](const char *name, const QString &value) {
            auto *l = new QLabel(value.isEmpty() ? tr("(not given)") : value.toHtmlEscaped(), this);
            l->setObjectName(QString::fromLatin1(name));
            l->setWordWrap(true);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
            return l;
        };
        form->addRow(tr("Root cause:"), shown("approveRootCause", row.rootCause));
        form->addRow(tr("Proposed solution:"), shown("approveSolution", row.solution));
        form->addRow(tr("Compensation:"),
                     shown("approveCompensation", QLocale().toCurrencyString(double(row.compensationFen) / 100.0, u"¥"_s)));
        break;
    }
    case Step::Invalidate:
        break;
    }
    m_note = text(u"stepNote"_s, QString());
    m_note->setMaximumHeight(80);
    form->addRow(step == Step::SendBack     ? tr("&Why it goes back:")
                 : step == Step::Invalidate ? tr("&Why it is not established:")
                                            : tr("&Remark:"),
                 m_note);
    layout->addLayout(form, 1);
    m_error->setObjectName(u"stepError"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StepDialog::reject);
}

void StepDialog::accept()
{
    services::StepInput in;
    in.step = m_step;
    if (m_department) {
        in.department = m_department->text();
        in.responsible = m_responsible->text();
    }
    if (m_rootCause) {
        in.rootCause = m_rootCause->toPlainText();
        in.solution = m_solution->toPlainText();
        in.compensationFen = qRound64(m_compensation->value() * 100.0);
    }
    if (m_reply)
        in.customerReply = m_reply->toPlainText();
    in.note = m_note->toPlainText();
    auto r = services::ComplaintService(m_app.services).step(m_app.session, m_row.id, m_row.version, in);
    if (!r) {
        m_conflict = r.error().kind == Error::Kind::Conflict;
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    m_result = *r;
    QDialog::accept();
}

} // namespace crm::ui::complaints
