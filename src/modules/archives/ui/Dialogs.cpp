#include "archives/ui/Dialogs.h"

#include "followups/services/FollowupService.h"

#include "ui_CustomerDialog.h"
#include "ui_VehicleDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {
namespace {
const QDate kNotGiven(1900, 1, 1);
}

void setupOptionalDate(QDateEdit *edit, const QDate &value)
{
    edit->setMinimumDate(kNotGiven);
    edit->setSpecialValueText(QDialog::tr("not given"));
    edit->setDate(value.isValid() ? value : kNotGiven);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kNotGiven ? QDate() : edit->date();
}

CustomerDialog::CustomerDialog(services::Context ctx, services::Session who, const data::CustomerRow *existing, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CustomerDialog>()), m_ctx(ctx), m_who(std::move(who))
{
    m_ui->setupUi(this);
    m_ui->error->hide();
    m_ui->gender->addItem(tr("not given"), QString());
    m_ui->gender->addItem(tr("Male"), u"M"_s);
    m_ui->gender->addItem(tr("Female"), u"F"_s);
    m_ui->source->addItem(tr("not given"), QString());
    for (const QString &s : services::CustomerService::sources())
        m_ui->source->addItem(services::CustomerService::sourceTitle(s), s);
    setupOptionalDate(m_ui->birthday, existing ? existing->birthday : QDate());
    if (existing) {
        m_id = existing->id;
        setWindowTitle(tr("Edit customer %1").arg(existing->name));
        m_ui->name->setText(existing->name);
        m_ui->gender->setCurrentIndex(qMax(0, m_ui->gender->findData(existing->gender)));
        m_ui->mobile->setText(existing->mobile); // masked: left unchanged, the number is kept
        m_ui->otherPhones->setText(existing->otherPhones);
        m_ui->city->setText(existing->city);
        m_ui->address->setText(existing->address);
        m_ui->source->setCurrentIndex(qMax(0, m_ui->source->findData(existing->source)));
        m_ui->tags->setText(existing->tags.join(u", "_s));
        m_ui->vip->setChecked(existing->vip);
    } else {
        setWindowTitle(tr("New customer"));
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::accept()
{
    services::CustomerInput in;
    in.name = m_ui->name->text();
    in.gender = m_ui->gender->currentData().toString();
    in.mobile = m_ui->mobile->text();
    in.otherPhones = m_ui->otherPhones->text();
    in.birthday = optionalDate(m_ui->birthday);
    in.city = m_ui->city->text();
    in.address = m_ui->address->text();
    in.source = m_ui->source->currentData().toString();
    for (const QString &t : m_ui->tags->text().split(QRegularExpression(u"[,，;；]"_s), Qt::SkipEmptyParts))
        in.tags << t.trimmed();
    in.vip = m_ui->vip->isChecked();
    services::CustomerService s(m_ctx);
    Status st;
    if (m_id == 0) {
        auto id = s.create(m_who, in);
        if (id)
            m_id = *id;
        else
            st = id.error();
    } else {
        st = s.update(m_who, m_id, in);
    }
    if (!st) {
        m_ui->error->setText(st.error().message);
        m_ui->error->show();
        return;
    }
    QDialog::accept();
}

VehicleDialog::VehicleDialog(services::Context ctx, services::Session who, qint64 customerId, QWidget *parent,
                             const data::VehicleRow *existing)
    : QDialog(parent), m_ui(std::make_unique<Ui::VehicleDialog>()), m_ctx(ctx), m_who(std::move(who)), m_customerId(customerId),
      m_editing(existing != nullptr)
{
    m_ui->setupUi(this);
    m_ui->error->hide();
    for (const QString &st : {u"active"_s, u"sold"_s, u"scrapped"_s, u"moved"_s})
        m_ui->status->addItem(services::CustomerService::vehicleStatusTitle(st), st);
    if (existing) {
        m_id = existing->id;
        setWindowTitle(tr("Edit vehicle %1").arg(existing->plate.isEmpty() ? existing->vin : existing->plate));
        m_ui->vin->setText(existing->vin);
        m_ui->vin->setReadOnly(true);
        m_ui->plate->setText(existing->plate);
        m_ui->brand->setText(existing->brand);
        m_ui->model->setText(existing->model);
        m_ui->trimLevel->setText(existing->trimLevel);
        m_ui->colour->setText(existing->colour);
        m_ui->salesConsultant->setText(existing->salesConsultant);
        m_ui->mileageKm->setValue(existing->mileageKm);
        m_ui->status->setCurrentIndex(qMax(0, m_ui->status->findData(existing->status)));
        m_ui->statusReason->setText(existing->statusReason);
        setupOptionalDate(m_ui->purchaseDate, existing->purchaseDate);
        setupOptionalDate(m_ui->deliveryDate, existing->deliveryDate);
        setupOptionalDate(m_ui->insuranceExpiry, existing->insuranceExpiry);
    } else {
        setWindowTitle(tr("Add a vehicle"));
        m_ui->brand->setText(u"一汽-大众"_s);
        setupOptionalDate(m_ui->purchaseDate, {});
        // Not today by default: a delivery date counts as the car's last contact, and a guessed
        // "today" made an old customer look visited today (and never at risk).
        setupOptionalDate(m_ui->deliveryDate, {});
        setupOptionalDate(m_ui->insuranceExpiry, {});
        for (QWidget *w : {static_cast<QWidget *>(m_ui->status), static_cast<QWidget *>(m_ui->statusLabel),
                           static_cast<QWidget *>(m_ui->statusReason), static_cast<QWidget *>(m_ui->statusReasonLabel)})
            w->hide();
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &VehicleDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &VehicleDialog::reject);
}

VehicleDialog::~VehicleDialog() = default;

void VehicleDialog::accept()
{
    services::VehicleInput in;
    in.vin = m_ui->vin->text();
    in.plate = m_ui->plate->text();
    in.brand = m_ui->brand->text();
    in.model = m_ui->model->text();
    in.trimLevel = m_ui->trimLevel->text();
    in.colour = m_ui->colour->text();
    in.purchaseDate = optionalDate(m_ui->purchaseDate);
    in.deliveryDate = optionalDate(m_ui->deliveryDate);
    in.salesConsultant = m_ui->salesConsultant->text();
    in.mileageKm = m_ui->mileageKm->value();
    in.insuranceExpiry = optionalDate(m_ui->insuranceExpiry);
    in.status = m_ui->status->currentData().toString();
    in.statusReason = m_ui->statusReason->text();
    Status st;
    if (m_editing) {
        st = services::CustomerService(m_ctx).updateVehicle(m_who, m_id, in);
    } else {
        auto id = services::CustomerService(m_ctx).addVehicle(m_who, m_customerId, in);
        if (id)
            m_id = *id;
        else
            st = id.error();
    }
    if (!st) {
        m_ui->error->setText(st.error().message);
        m_ui->error->show();
        return;
    }
    QDialog::accept();
}

} // namespace crm::ui::archives

namespace crm::ui::archives {

TransferDialog::TransferDialog(AppContext &app, const QString &vehicle, QWidget *parent)
    : QDialog(parent), m_app(app), m_search(new QLineEdit(this)), m_results(new QListWidget(this)), m_date(new QDateEdit(this)),
      m_note(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Transfer %1").arg(vehicle));
    resize(460, 420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Find the new owner (name, pinyin initials, mobile, plate):"), this));
    m_search->setObjectName(u"ownerSearch"_s);
    layout->addWidget(m_search);
    m_results->setObjectName(u"ownerResults"_s);
    layout->addWidget(m_results, 1);
    auto *form = new QFormLayout;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Date of the transfer:"), m_date);
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("e.g. sold privately, family transfer"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TransferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &TransferDialog::search);
}

void fillCustomerMatches(AppContext &app, QListWidget *list, const QString &text)
{
    list->clear();
    auto rows = services::CustomerService(app.services).search(app.session, text, 20);
    if (!rows)
        return;
    for (const data::CustomerListRow &r : *rows) {
        auto *item = new QListWidgetItem(u"%1  %2  %3"_s.arg(r.name, r.mobile, r.plates), list);
        item->setData(Qt::UserRole, r.id);
        item->setData(Qt::UserRole + 1, r.name);
    }
}

void TransferDialog::search()
{
    fillCustomerMatches(m_app, m_results, m_search->text());
}

qint64 TransferDialog::customerId() const
{
    return m_results->currentItem() ? m_results->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

QDate TransferDialog::date() const
{
    return m_date->date();
}

QString TransferDialog::note() const
{
    return m_note->text();
}

void TransferDialog::accept()
{
    if (!customerId()) {
        m_error->setText(tr("Choose the new owner in the list."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace crm::ui::archives

namespace crm::ui::archives {

VisitDialog::VisitDialog(services::Context ctx, services::Session who, qint64 vehicleId, const QString &vehicle, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_who(std::move(who)), m_vehicleId(vehicleId), m_date(new QDateEdit(this)),
      m_kind(new QComboBox(this)), m_mileage(new QSpinBox(this)), m_advisor(new QLineEdit(this)),
      m_amount(new QDoubleSpinBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Service visit — %1").arg(vehicle));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(QDate::currentDate());
    form->addRow(tr("&Date:"), m_date);
    for (const QString &k : {u"maintenance"_s, u"repair"_s, u"warranty"_s, u"accident"_s})
        m_kind->addItem(services::CustomerService::visitKindTitle(k), k);
    form->addRow(tr("&Kind:"), m_kind);
    m_mileage->setRange(0, 3000000);
    m_mileage->setSingleStep(1000);
    m_mileage->setSuffix(tr(" km"));
    form->addRow(tr("&Mileage:"), m_mileage);
    m_advisor->setMaxLength(40);
    form->addRow(tr("Service &advisor:"), m_advisor);
    m_amount->setRange(0, 10000000);
    m_amount->setDecimals(2);
    m_amount->setPrefix(u"¥ "_s);
    form->addRow(tr("A&mount:"), m_amount);
    layout->addLayout(form);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
}

void VisitDialog::accept()
{
    data::ServiceVisitRow v;
    v.visitDate = m_date->date();
    v.kind = m_kind->currentData().toString();
    v.mileageKm = m_mileage->value();
    v.advisor = m_advisor->text();
    v.amountFen = qRound64(m_amount->value() * 100);
    auto id = services::CustomerService(m_ctx).addVisit(m_who, m_vehicleId, v);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

OptOutDialog::OptOutDialog(AppContext &app, qint64 customerId, const QString &customerName, QWidget *parent)
    : QDialog(parent), m_app(app), m_customer(customerId), m_type(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Opt-out: %1").arg(customerName));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_type->setObjectName(u"optOutType"_s);
    for (const QString &t : services::FollowupService::contactTypes())
        m_type->addItem(services::FollowupService::contactTypeTitle(t), t);
    form->addRow(tr("&Customer wants:"), m_type);
    m_reason->setObjectName(u"optOutReason"_s);
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("In the customer's words, e.g. too many calls"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Open tasks of this type are cancelled, and no new ones are generated."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OptOutDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OptOutDialog::reject);
}

void OptOutDialog::accept()
{
    auto r = services::FollowupService(m_app.services)
                 .optOut(m_app.session, m_customer, m_type->currentData().toString(), m_reason->text());
    if (!r) {
        m_error->setText(r.error().message); // the dialog stays open with what was typed
        m_error->show();
        return;
    }
    m_cancelled = *r;
    QDialog::accept();
}

} // namespace crm::ui::archives
