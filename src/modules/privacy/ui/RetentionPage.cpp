#include "privacy/ui/RetentionPage.h"

#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::privacy {

RetentionPage::RetentionPage(AppContext &app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(u"retentionPage"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"retentionSummary"_s);
    m_summary->setWordWrap(true);
    m_table = table(this, u"retentionCustomers"_s,
                    {tr("No."), tr("Customer"), tr("Last purchase, visit, call or consent"), tr("In the archives since")});
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setEmptyHint(m_table, tr("No customer is past the retention period."));
    auto *refresh = button(this, tr("Re&fresh"), "retentionRefresh");
    m_erase = button(this, tr("&Erase the chosen customers…"), "retentionErase");
    m_leads = button(this, tr("Erase old &leads…"), "retentionLeads");
    m_notes = button(this, tr("Clear old call &notes…"), "retentionNotes");
    m_erase->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_leads);
    buttons->addWidget(m_notes);
    buttons->addWidget(m_erase);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_summary);
    box->addWidget(m_table, 1);
    box->addLayout(buttons);
    connect(refresh, &QPushButton::clicked, this, &RetentionPage::reload);
    connect(m_erase, &QPushButton::clicked, this, &RetentionPage::eraseChosen);
    connect(m_leads, &QPushButton::clicked, this, &RetentionPage::eraseLeads);
    connect(m_notes, &QPushButton::clicked, this, &RetentionPage::clearNotes);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_erase->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    new QShortcut(Keys::sequence(PageKey::Refresh), this, this, &RetentionPage::reload, Qt::WidgetWithChildrenShortcut);
}

void RetentionPage::reload()
{
    // Four probes a customer over the whole archive: seconds at a million, so off the GUI thread.
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant v = BackgroundJob::run(this, m_app.services.db.spec(), tr("Reading what the retention policy reaches…"),
                                          [who, clock](services::Context &threadCtx, const BackgroundJob::Control &) {
                                              services::Context ctx{threadCtx.db, *clock};
                                              auto r = services::RetentionService(ctx).review(who);
                                              return r ? QVariant::fromValue(*r) : QVariant::fromValue(r.error());
                                          });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Retention"), v.value<Error>());
        return;
    }
    m_review = v.value<services::RetentionReview>();
    const services::RetentionReview &r = m_review;
    QStringList parts;
    parts << (r.customerCutoff.isValid() ? tr("%n customer(s) with no purchase, visit, call or consent since %1 (%2 years).",
                                              nullptr, int(r.customersTotal))
                                               .arg(r.customerCutoff.toString(Qt::ISODate))
                                               .arg(r.policy.customerYears)
                                         : tr("Customers: no retention period set."));
    parts << (r.leadCutoff.isValid()
                  ? tr("%n lead(s) never converted since %1.", nullptr, int(r.leads)).arg(r.leadCutoff.toString(Qt::ISODate))
                  : tr("Leads: no retention period set."));
    parts << (r.callNoteCutoff.isValid()
                  ? tr("%n call note(s) from before %1.", nullptr, int(r.callNotes)).arg(r.callNoteCutoff.toString(Qt::ISODate))
                  : tr("Call notes: no retention period set."));
    parts << (r.policy.automatic ? tr("The nightly run erases these by itself.")
                                 : tr("Erased after review only (Settings → Privacy: retention)."));
    m_summary->setText(parts.join(u' '));
    m_table->setRowCount(int(r.customers.size()));
    for (int i = 0; i < r.customers.size(); ++i) {
        const data::RetentionCustomer &c = r.customers[i];
        put(m_table, i,
            {QString::number(c.id), c.name, c.lastActivity.isValid() ? c.lastActivity.toString(Qt::ISODate) : tr("never"),
             c.createdAt.left(10)},
            c.id);
    }
    m_leads->setEnabled(r.leads > 0);
    m_notes->setEnabled(r.callNotes > 0);
}

QString RetentionPage::askReason(const QString &title, const QString &question)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, title, question, QLineEdit::Normal,
        tr("Retention review of %1").arg(m_app.services.clock.nowUtc().toLocalTime().date().toString(Qt::ISODate)), &ok);
    return ok ? reason.trimmed() : QString();
}

void RetentionPage::eraseChosen()
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_table->item(i.row(), 0)->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty())
        return;
    const QString reason = askReason(tr("Erase customers"), tr("Why are they erased? (kept in the audit log)"));
    if (reason.isEmpty())
        return;
    if (!confirm(this, tr("Erase customers"),
                 tr("Erase the personal data of %n customer(s)? Names, phones and addresses are removed for good; service, "
                    "complaint and points records stay without the person. This cannot be undone.",
                    nullptr, int(ids.size())),
                 tr("Erase")))
        return;
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant v = BackgroundJob::run(
        this, m_app.services.db.spec(), tr("Erasing…"),
        [who, clock, ids, reason](services::Context &threadCtx, const BackgroundJob::Control &control) {
            services::Context ctx{threadCtx.db, *clock};
            auto n = services::RetentionService(ctx).eraseCustomers(
                who, ids, reason, [&](qint64 done, qint64 total) { control.progress(int(done), int(total)); }, control.cancel);
            return n ? QVariant(*n) : QVariant::fromValue(n.error());
        });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Erase customers"), v.value<Error>());
    } else if (v.toLongLong() < ids.size()) {
        QMessageBox::information(
            this, tr("Erase customers"),
            tr("%1 of %2 erased: the others were stopped or have had a purchase, visit, call or consent since the list "
               "was read.")
                .arg(v.toLongLong())
                .arg(ids.size()));
    }
    reload();
}

void RetentionPage::eraseLeads()
{
    const QString reason = askReason(tr("Erase old leads"), tr("Why are they erased? (kept in the audit log)"));
    if (reason.isEmpty() ||
        !confirm(this, tr("Erase old leads"),
                 tr("Erase the name, mobile and notes of %n lead(s) never converted?", nullptr, int(m_review.leads)),
                 tr("Erase")))
        return;
    if (auto n = services::RetentionService(m_app.services).eraseLeads(m_app.session, reason); !n)
        showError(this, tr("Erase old leads"), n.error());
    reload();
}

void RetentionPage::clearNotes()
{
    const QString reason = askReason(tr("Clear old call notes"), tr("Why are they cleared? (kept in the audit log)"));
    if (reason.isEmpty() || !confirm(this, tr("Clear old call notes"),
                                     tr("Clear the notes of %n old call(s)?", nullptr, int(m_review.callNotes)), tr("Clear")))
        return;
    if (auto n = services::RetentionService(m_app.services).clearCallNotes(m_app.session, reason); !n)
        showError(this, tr("Clear old call notes"), n.error());
    reload();
}

} // namespace crm::ui::privacy
