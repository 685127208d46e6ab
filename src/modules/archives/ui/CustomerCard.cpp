#include "archives/ui/CustomerCard.h"
#include "privacy/ui/RequestsPage.h"

#include "ui/common/EmptyState.h"

#include "campaigns/ui/CustomerActions.h"
#include "club/core/ClubRules.h"
#include "feedback/ui/FeedbackPage.h"
#include "frontdesk/core/AppointmentBook.h"
#include "frontdesk/ui/DeskPhone.h"

#include "archives/services/DocumentService.h"
#include "archives/ui/Dialogs.h"
#include "complaints/core/ComplaintRules.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "privacy/services/PrivacyService.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {
namespace {
QString day(const QDate &d)
{
    return d.isValid() ? d.toString(u"yyyy-MM-dd"_s) : QString();
}

QString money(qint64 fen)
{
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}
} // namespace

CustomerCard::CustomerCard(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_title(new QLabel(this)), m_empty(new QLabel(this)), m_body(new QWidget(this)),
      m_form(new QFormLayout), m_mobile(new QLabel(this)), m_reveal(new QPushButton(tr("Show number"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_addVehicle(new QPushButton(tr("Add &vehicle…"), this)),
      m_vehicles(new QTreeWidget(this)), m_timeline(new QTreeWidget(this)), m_tabs(new QTabWidget(this)),
      m_consentForm(new QFormLayout), m_transfer(new QPushButton(tr("&Transfer to another customer…"), this)),
      m_documents(new QTreeWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    m_empty->setText(tr("Select a customer to see the card."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    outer->addWidget(m_empty);
    outer->addWidget(m_body, 1);

    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_title->setTextFormat(Qt::RichText);
    head->addWidget(m_title, 1);
    m_edit->setShortcut(Keys::sequence(PageKey::CustomerEdit));
    m_edit->setObjectName(u"editCustomer"_s);
    m_addVehicle->setObjectName(u"addVehicle"_s);
    head->addWidget(m_edit);
    head->addWidget(m_addVehicle);
    layout->addLayout(head);
    auto *mobileRow = new QHBoxLayout;
    m_mobile->setObjectName(u"cardMobile"_s);
    m_mobile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reveal->setObjectName(u"revealMobile"_s);
    m_reveal->setToolTip(tr("Shows the whole number. Every reveal is recorded in the audit log."));
    mobileRow->addWidget(m_mobile);
    mobileRow->addWidget(m_reveal);
    mobileRow->addWidget(crm::ui::frontdesk::dialButton(m_app, this, [this] { return m_id; }));
    if (m_app.session.can(Permission::SendMessages)) {
        auto *text = new QPushButton(tr("Message…"), this);
        text->setObjectName(u"sendMessage"_s);
        text->setToolTip(tr("Send this customer a message from an approved template (needs their SMS consent)"));
        connect(text, &QPushButton::clicked, this, [this] {
            if (m_id)
                crm::ui::campaigns::sendMessage(m_app, this, m_id);
        });
        mobileRow->addWidget(text);
    }
    if (m_app.session.can(Permission::RecordFeedback)) {
        auto *said = new QPushButton(tr("Feedback…"), this);
        said->setObjectName(u"recordFeedback"_s);
        said->setToolTip(tr("Record what the customer said: it goes to the department that can act, with a deadline"));
        connect(said, &QPushButton::clicked, this, [this] {
            if (!m_id)
                return;
            // Club staff hear members at the club desk; everyone else at the archive's card.
            const bool club = m_app.session.role == Role::Club;
            crm::ui::feedback::recordFeedback(m_app, this, m_id, club ? u"club"_s : u"card"_s);
            showCustomer(m_id); // the item on the timeline
        });
        mobileRow->addWidget(said);
    }
    mobileRow->addStretch(1);
    m_form->addRow(tr("Mobile:"), mobileRow);
    layout->addLayout(m_form);

    m_vehicles->setObjectName(u"cardVehicles"_s);
    m_vehicles->setRootIsDecorated(false);
    m_vehicles->setHeaderLabels(
        {tr("Plate"), tr("Model"), tr("VIN"), tr("Delivered"), tr("Mileage (km)"), tr("Last paid visit"), tr("Status")});
    m_timeline->setObjectName(u"cardTimeline"_s);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("Date"), tr("What"), tr("Vehicle"), tr("Who"), tr("Mileage (km)"), tr("Amount (¥)")});
    m_tabs->addTab(m_timeline, tr("Timeline"));
    setEmptyHint(m_timeline, tr("Nothing has happened with this customer yet: deliveries, visits, calls and complaints "
                                "appear here."));
    setEmptyHint(m_vehicles, tr("No vehicles yet. Add one with \"Add vehicle…\"."));
    setEmptyHint(m_documents, tr("No documents yet. Attach a scanned contract or ID with \"Attach…\"."));
    auto *vehiclesTab = new QWidget(this);
    auto *vl = new QVBoxLayout(vehiclesTab);
    vl->setContentsMargins(0, 0, 0, 0);
    vl->addWidget(m_vehicles, 1);
    m_transfer->setObjectName(u"transferVehicle"_s);
    m_transfer->setEnabled(false);
    auto *vehicleButtons = new QHBoxLayout;
    auto *editVehicle = new QPushButton(tr("Edit ve&hicle…"), this);
    auto *addVisit = new QPushButton(tr("Add service vis&it…"), this);
    editVehicle->setObjectName(u"editVehicle"_s);
    addVisit->setObjectName(u"addVisit"_s);
    for (QPushButton *b : {editVehicle, addVisit, m_transfer}) {
        b->setEnabled(false);
        b->setVisible(m_app.session.can(Permission::EditCustomers));
        vehicleButtons->addWidget(b);
    }
    vehicleButtons->addStretch(1);
    vl->addLayout(vehicleButtons);
    connect(m_vehicles, &QTreeWidget::currentItemChanged, this, [editVehicle, addVisit](QTreeWidgetItem *item) {
        editVehicle->setEnabled(item);
        addVisit->setEnabled(item);
    });
    connect(m_vehicles, &QTreeWidget::itemDoubleClicked, this, &CustomerCard::editVehicle);
    connect(editVehicle, &QPushButton::clicked, this, &CustomerCard::editVehicle);
    connect(addVisit, &QPushButton::clicked, this, &CustomerCard::addVisit);
    m_tabs->addTab(vehiclesTab, tr("Vehicles"));
    auto *consentTab = new QWidget(this);
    auto *ctl = new QVBoxLayout(consentTab);
    ctl->addLayout(m_consentForm);
    auto *consentNote =
        new QLabel(tr("Consent per purpose, as the customer gave or withdrew it. Generated call and SMS lists honour it "
                      "at once; every change is recorded in the audit log."),
                   this);
    consentNote->setWordWrap(true);
    consentNote->setForegroundRole(QPalette::PlaceholderText);
    ctl->addWidget(consentNote);
    // The customer's rights under PIPL: a copy of their data, and erasure by anonymisation.
    auto *privacy = new QHBoxLayout;
    auto *copy = new QPushButton(tr("Copy of personal data…"), this);
    auto *erase = new QPushButton(tr("Erase personal data…"), this);
    copy->setObjectName(u"personalDataCopy"_s);
    erase->setObjectName(u"erasePersonalData"_s);
    copy->setToolTip(tr("Writes everything held about this customer to a file for them (PIPL). Recorded in the audit log."));
    erase->setToolTip(
        tr("Anonymises this customer at their request: name, phones, address and birthday are removed, every consent "
           "withdrawn; service, complaint and points records are kept without the person. Cannot be undone."));
    copy->setVisible(m_app.session.can(Permission::ExportData));
    erase->setVisible(m_app.session.can(Permission::ExportData) && m_app.session.can(Permission::EditCustomers));
    auto *request = new QPushButton(tr("Register a request…"), this);
    request->setObjectName(u"registerPrivacyRequest"_s);
    request->setToolTip(tr("The customer asks for a copy, a correction or the erasure of their data, or withdraws a consent: "
                           "registered with its legal deadline under Archives → Personal-data requests."));
    request->setVisible(m_app.session.can(Permission::EditCustomers));
    privacy->addWidget(request);
    privacy->addWidget(copy);
    privacy->addWidget(erase);
    privacy->addStretch(1);
    ctl->addLayout(privacy);
    connect(copy, &QPushButton::clicked, this, &CustomerCard::writeDataCopy);
    connect(erase, &QPushButton::clicked, this, &CustomerCard::erasePersonalData);
    connect(request, &QPushButton::clicked, this, [this] {
        if (m_id && m_card)
            ui::privacy::registerRequest(m_app, m_id, m_card->customer.name, this);
    });
    ctl->addStretch(1);
    m_tabs->addTab(consentTab, tr("Consent"));
    auto *docsTab = new QWidget(this);
    auto *dl = new QVBoxLayout(docsTab);
    dl->setContentsMargins(0, 0, 0, 0);
    m_documents->setObjectName(u"cardDocuments"_s);
    m_documents->setRootIsDecorated(false);
    m_documents->setHeaderLabels({tr("Kind"), tr("File"), tr("Paper archive"), tr("Filed")});
    dl->addWidget(m_documents, 1);
    auto *docButtons = new QHBoxLayout;
    auto *attach = new QPushButton(tr("&Attach…"), this);
    auto *open = new QPushButton(tr("&Open"), this);
    auto *remove = new QPushButton(tr("&Remove…"), this);
    attach->setObjectName(u"attachDocument"_s);
    for (QPushButton *b : {attach, remove})
        b->setVisible(m_app.session.can(Permission::EditCustomers));
    docButtons->addWidget(attach);
    docButtons->addWidget(open);
    docButtons->addWidget(remove);
    docButtons->addStretch(1);
    dl->addLayout(docButtons);
    m_tabs->addTab(docsTab, tr("Documents"));
    connect(attach, &QPushButton::clicked, this, &CustomerCard::attachDocument);
    connect(open, &QPushButton::clicked, this, &CustomerCard::openDocument);
    connect(m_documents, &QTreeWidget::itemDoubleClicked, this, &CustomerCard::openDocument);
    connect(remove, &QPushButton::clicked, this, &CustomerCard::removeDocument);
    connect(m_vehicles, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_transfer->setEnabled(item && m_app.session.can(Permission::EditCustomers)); });
    connect(m_transfer, &QPushButton::clicked, this, &CustomerCard::transferVehicle);

    layout->addWidget(m_tabs, 1);

    connect(m_reveal, &QPushButton::clicked, this, &CustomerCard::reveal);
    connect(m_edit, &QPushButton::clicked, this, &CustomerCard::edit);
    connect(m_addVehicle, &QPushButton::clicked, this, &CustomerCard::addVehicle);
    const bool mayEdit = m_app.session.can(Permission::EditCustomers);
    m_edit->setVisible(mayEdit);
    m_addVehicle->setVisible(mayEdit);
    m_reveal->setVisible(m_app.session.can(Permission::RevealMobile));
    showCustomer(0);
}

void CustomerCard::showCustomer(qint64 id)
{
    m_id = id;
    m_card.reset();
    m_empty->setVisible(id == 0);
    m_body->setVisible(id != 0);
    if (id == 0)
        return;
    auto card = services::CustomerService(m_app.services).card(m_app.session, id);
    if (!card) {
        showError(this, tr("Customer archives"), card.error());
        m_empty->show();
        m_body->hide();
        return;
    }
    m_card = *card;
    const data::CustomerRow &c = m_card->customer;
    m_title->setText(
        u"<h2>%1%2</h2>"_s.arg(c.name.toHtmlEscaped(), c.vip ? u" <span style='color:#b26a00'>VIP</span>"_s : QString()));
    m_mobile->setText(c.mobile.isEmpty() ? tr("no mobile") : c.mobile);
    m_reveal->setEnabled(!c.mobile.isEmpty());
    while (m_form->rowCount() > 1)
        m_form->removeRow(1);
    auto row = [this](const QString &label, const QString &value) {
        auto *l = new QLabel(value.isEmpty() ? u"—"_s : value, this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        m_form->addRow(label, l);
    };
    row(tr("Gender:"), c.gender == u"M"_s ? tr("Male") : c.gender == u"F"_s ? tr("Female") : QString());
    row(tr("Other phones:"), c.otherPhones);
    row(tr("Birthday:"), day(c.birthday));
    row(tr("City:"), c.city);
    row(tr("Address:"), c.address);
    row(tr("Source:"), services::CustomerService::sourceTitle(c.source));
    row(tr("Tags:"), c.tags.join(u", "_s));

    m_vehicles->clear();
    for (const data::VehicleRow &v : m_card->vehicles) {
        auto *item = new QTreeWidgetItem(m_vehicles, {v.plate, v.model + u' ' + v.trimLevel, v.vin, day(v.deliveryDate),
                                                      QLocale().toString(v.mileageKm), day(v.lastPaidVisit),
                                                      services::CustomerService::vehicleStatusTitle(v.status)});
        item->setData(0, Qt::UserRole, v.id);
    }
    m_timeline->clear();
    for (const data::TimelineEntry &e : m_card->timeline) {
        QString what;
        if (e.kind == u"visit"_s)
            what = services::CustomerService::visitKindTitle(e.subKind);
        else if (e.kind == u"delivery"_s)
            what = tr("New car delivered");
        else if (e.kind == u"ownership"_s)
            what = tr("Became the owner");
        else if (e.kind == u"ownership_end"_s)
            what = tr("No longer the owner");
        else if (e.kind == u"document"_s)
            what = services::DocumentService::kindTitle(e.subKind);
        else if (e.kind == u"call"_s)
            what = tr("Call: %1").arg(followups::FollowupText::outcome(e.subKind));
        else if (e.kind == u"complaint"_s)
            what = tr("Complaint: %1").arg(complaints::ComplaintText::status(e.subKind));
        else if (e.kind == u"appointment"_s)
            what = tr("Appointment: %1").arg(e.subKind); // the job type's title
        else if (e.kind == u"inbound_call"_s)
            what = tr("Inbound call: %1").arg(e.subKind); // the purpose's title
        else if (e.kind == u"club"_s)
            what = tr("Club: %1").arg(club::ClubText::event(e.subKind));
        else if (e.kind == u"member_service"_s)
            what = club::ClubText::serviceKind(e.subKind);
        else if (e.kind == u"feedback"_s)
            what = tr("Feedback: %1").arg(crm::feedback::FeedbackText::status(e.subKind));
        else
            what = e.kind;
        QString title = e.kind == u"call"_s ? followups::FollowupText::kind(e.title) : e.title;
        if (e.kind == u"appointment"_s) // "09:30 confirmed"
            title = e.title.section(u' ', 0, 0) + u' ' + crm::frontdesk::FrontdeskText::status(e.title.section(u' ', 1));
        if (e.kind == u"member_service"_s) // "09:30 booked"
            title = e.title.section(u' ', 0, 0) + u' ' + club::ClubText::serviceStatus(e.title.section(u' ', 1));
        if (e.kind == u"complaint"_s) // "TS-2611-0007 repair_quality"
            title = e.title.section(u' ', 0, 0) + u' ' + complaints::ComplaintText::category(e.title.section(u' ', 1));
        QString person = e.person;
        if (e.kind == u"feedback"_s) { // "need 希望…", the department as "code|name"
            title = crm::feedback::FeedbackText::category(e.title.section(u' ', 0, 0), {}) + u": "_s + e.title.section(u' ', 1);
            person = crm::feedback::FeedbackText::department(e.person.section(u'|', 0, 0), e.person.section(u'|', 1));
        }
        new QTreeWidgetItem(m_timeline,
                            {day(e.date), what, title, person, e.mileageKm ? QLocale().toString(e.mileageKm) : QString(),
                             e.amountFen ? money(e.amountFen) : QString()});
    }
    for (QTreeWidget *t : {m_vehicles, m_timeline})
        for (int i = 0; i < t->columnCount(); ++i)
            t->resizeColumnToContents(i);

    m_documents->clear();
    if (auto docs = services::DocumentService(m_app.services).list(m_app.session, id)) {
        for (const services::DocumentRow &d : *docs) {
            auto *item =
                new QTreeWidgetItem(m_documents, {services::DocumentService::kindTitle(d.kind), d.fileName, d.archiveLocation,
                                                  fromStoredUtc(d.createdAt).toLocalTime().date().toString(Qt::ISODate)});
            item->setData(0, Qt::UserRole, d.id);
        }
        for (int i = 0; i < m_documents->columnCount(); ++i)
            m_documents->resizeColumnToContents(i);
    }

    while (m_consentForm->rowCount() > 0)
        m_consentForm->removeRow(0);
    for (const QString &purpose : services::CustomerService::consentPurposes()) {
        std::optional<data::ConsentRow> row;
        for (const data::ConsentRow &r : m_card->consents)
            if (r.purpose == purpose)
                row = r;
        const QString state =
            !row ? tr("not recorded")
                 : (row->granted ? tr("granted") : tr("withdrawn")) +
                       u" (%1, %2)"_s.arg(fromStoredUtc(row->recordedAt).toLocalTime().date().toString(Qt::ISODate),
                                          services::CustomerService::consentWayTitle(row->how));
        auto *line = new QHBoxLayout;
        auto *label = new QLabel(state, this);
        label->setObjectName(u"consent_"_s + purpose);
        line->addWidget(label, 1);
        if (m_app.session.can(Permission::EditCustomers)) {
            auto *button = new QPushButton(row && row->granted ? tr("Withdraw…") : tr("Grant…"), this);
            button->setObjectName(u"consentButton_"_s + purpose);
            connect(button, &QPushButton::clicked, this, [this, purpose] { toggleConsent(purpose); });
            line->addWidget(button);
        }
        m_consentForm->addRow(services::CustomerService::consentTitle(purpose) + u':', line);
    }
    // Opt-outs: what the customer does not want to be called about, and why.
    QStringList optOuts;
    if (auto rows = services::FollowupService(m_app.services).optOuts(m_id))
        for (const services::FollowupService::OptOut &o : *rows)
            optOuts << tr("%1 — %2 (%3, %4)")
                           .arg(services::FollowupService::contactTypeTitle(o.contactType), o.reason,
                                fromStoredUtc(o.createdAt).toLocalTime().date().toString(Qt::ISODate), o.createdBy);
    auto *line = new QHBoxLayout;
    auto *label = new QLabel(optOuts.isEmpty() ? tr("none") : optOuts.join(u'\n'), this);
    label->setObjectName(u"optOuts"_s);
    label->setWordWrap(true);
    line->addWidget(label, 1);
    if (m_app.session.can(Permission::EditCustomers)) {
        auto *button = new QPushButton(tr("Record opt-out…"), this);
        button->setObjectName(u"optOutButton"_s);
        connect(button, &QPushButton::clicked, this, [this] {
            OptOutDialog dlg(m_app, m_id, m_card ? m_card->customer.name : QString(), this);
            if (dlg.exec() == QDialog::Accepted)
                showCustomer(m_id);
        });
        line->addWidget(button);
    }
    m_consentForm->addRow(tr("Opt-outs:"), line);
}

} // namespace crm::ui::archives
