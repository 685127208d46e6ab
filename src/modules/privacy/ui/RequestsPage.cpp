#include "privacy/ui/RequestsPage.h"

#include "core/Clock.h"
#include "privacy/core/PrivacyRequests.h"
#include "privacy/services/RequestService.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::privacy {

bool registerRequest(AppContext &app, qint64 customerId, const QString &customerName, QWidget *parent)
{
    FormDialog d(parent, RequestsPage::tr("Register a request about personal data"));
    auto *kind = new QComboBox(&d.dialog);
    kind->setObjectName(u"requestKind"_s);
    for (const QString &k : crm::privacy::RequestText::kinds())
        kind->addItem(crm::privacy::RequestText::kind(k), k);
    auto *requester = new QLineEdit(&d.dialog);
    requester->setObjectName(u"requestRequester"_s);
    requester->setPlaceholderText(customerId ? RequestsPage::tr("Only when someone asks on the customer's behalf")
                                             : RequestsPage::tr("The person's name (not in the archives)"));
    auto *contact = new QLineEdit(&d.dialog);
    contact->setObjectName(u"requestContact"_s);
    contact->setPlaceholderText(RequestsPage::tr("Phone, address or e-mail for the answer"));
    auto *details = new QPlainTextEdit(&d.dialog);
    details->setObjectName(u"requestDetails"_s);
    details->setTabChangesFocus(true);
    details->setPlaceholderText(RequestsPage::tr("What the person asks for, in their words"));
    auto *received = new QDateEdit(app.services.clock.nowUtc().toLocalTime().date(), &d.dialog);
    received->setObjectName(u"requestReceived"_s);
    received->setCalendarPopup(true);
    if (customerId)
        d.form->addRow(RequestsPage::tr("Customer:"), new QLabel(customerName, &d.dialog));
    d.form->addRow(RequestsPage::tr("&Kind:"), kind);
    d.form->addRow(RequestsPage::tr("&Asked by:"), requester);
    d.form->addRow(RequestsPage::tr("C&ontact:"), contact);
    d.form->addRow(RequestsPage::tr("&Details:"), details);
    d.form->addRow(RequestsPage::tr("&Received on:"), received);
    d.form->addRow(new QLabel(RequestsPage::tr("The answer is due %1 working days after the day it came in (national calendar).")
                                  .arg(crm::privacy::kAnswerWorkingDays),
                              &d.dialog));
    return d.exec([&]() -> Status {
        services::PrivacyRequestInput in;
        in.customerId = customerId;
        in.kind = kind->currentData().toString();
        in.requester = requester->text();
        in.contact = contact->text();
        in.details = details->toPlainText();
        in.receivedOn = received->date();
        return statusOf(services::RequestService(app.services).registerRequest(app.session, in));
    });
}

RequestsPage::RequestsPage(AppContext &app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(u"privacyRequestsPage"_s);
    m_table = table(this, u"privacyRequests"_s,
                    {tr("No."), tr("Customer or person"), tr("Kind"), tr("Received"), tr("Due"), tr("Status"), tr("Answer"),
                     tr("Answered on, by")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setEmptyHint(m_table, tr("No request about personal data is registered. Register one when a person asks for a copy, a "
                             "correction or the erasure of their data, or withdraws a consent."));
    m_openOnly = new QCheckBox(tr("&Open only"), this);
    m_openOnly->setObjectName(u"requestsOpenOnly"_s);
    auto *add = button(this, tr("&Register a request…"), "registerRequest");
    m_answer = button(this, tr("A&nswer…"), "answerRequest");
    m_answer->setEnabled(false);
    const bool canWrite = m_app.session.can(Permission::EditCustomers);
    add->setVisible(canWrite);
    m_answer->setVisible(canWrite);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Requests of data subjects (PIPL): each is due %1 working days after it came in.")
                                  .arg(crm::privacy::kAnswerWorkingDays),
                              this),
                   1);
    top->addWidget(m_openOnly);
    top->addWidget(add);
    top->addWidget(m_answer);
    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_table, 1);
    connect(m_openOnly, &QCheckBox::toggled, this, &RequestsPage::reload);
    connect(add, &QPushButton::clicked, this, [this] {
        if (registerRequest(m_app, 0, {}, this))
            reload();
    });
    connect(m_answer, &QPushButton::clicked, this, &RequestsPage::answerChosen);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_answer->setEnabled(row >= 0 && m_table->item(row, 5)->data(Qt::UserRole).toString() == u"open"_s);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RequestsPage::answerChosen);
    new QShortcut(Keys::sequence(PageKey::Refresh), this, this, &RequestsPage::reload, Qt::WidgetWithChildrenShortcut);
}

void RequestsPage::reload()
{
    auto rows = services::RequestService(m_app.services).requests(m_app.session, m_openOnly->isChecked());
    if (!rows) {
        showError(this, tr("Requests about personal data"), rows.error());
        return;
    }
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    m_table->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const data::PrivacyRequestRow &r = rows->at(i);
        const QString who = r.customerName.isEmpty() ? r.requester
                            : r.requester.isEmpty()  ? r.customerName
                                                     : tr("%1 (asked by %2)").arg(r.customerName, r.requester);
        const QString answered =
            r.answeredAt.isEmpty() ? QString() : u"%1 %2"_s.arg(when(fromStoredUtc(r.answeredAt)), r.answeredBy);
        put(m_table, i,
            {QString::number(r.id), who, crm::privacy::RequestText::kind(r.kind), r.receivedOn.toString(Qt::ISODate),
             r.dueOn.toString(Qt::ISODate), crm::privacy::RequestText::status(r.status), r.answer, answered},
            r.id);
        m_table->item(i, 5)->setData(Qt::UserRole, r.status);
        if (r.status == u"open"_s && r.dueOn < today) {
            m_table->item(i, 4)->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_table->item(i, 4)->setToolTip(tr("Overdue: the legal deadline has passed."));
        }
    }
}

void RequestsPage::answerChosen()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->item(row, 5)->data(Qt::UserRole).toString() != u"open"_s)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    FormDialog d(this, tr("Answer request %1").arg(id));
    auto *status = new QComboBox(&d.dialog);
    status->setObjectName(u"answerStatus"_s);
    for (const QString &s : {u"answered"_s, u"refused"_s})
        status->addItem(crm::privacy::RequestText::status(s), s);
    auto *text = new QPlainTextEdit(&d.dialog);
    text->setObjectName(u"answerText"_s);
    text->setTabChangesFocus(true);
    text->setPlaceholderText(tr("What was done, when and how the person was told — or why the request is refused"));
    d.form->addRow(tr("&Outcome:"), status);
    d.form->addRow(tr("&Answer:"), text);
    const bool done = d.exec([&]() -> Status {
        return services::RequestService(m_app.services)
            .answer(m_app.session, id, status->currentData().toString(), text->toPlainText());
    });
    if (done)
        reload();
}

} // namespace crm::ui::privacy
