#include "campaigns/ui/CampaignsPage.h"

#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "campaigns/ui/CampaignDialog.h"
#include "core/Mobile.h"
#include "data/UserRepository.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::campaigns::CampaignText;

namespace crm::ui::campaigns {
namespace {
QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : u"–"_s;
}
} // namespace

CampaignsPage::CampaignsPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app),
      m_list(table(this, u"campaignList"_s,
                   {tr("Campaign"), tr("Kind"), tr("Dates"), tr("On the list"), tr("Not called"), tr("Answered"), tr("State")})),
      m_results(new QLabel(this)),
      m_targets(table(this, u"campaignTargets"_s,
                      {tr("Customer"), tr("Mobile"), tr("Vehicle"), tr("VIN"), tr("State"), tr("Agent"), tr("Answer")})),
      m_messages(table(
          this, u"messageList"_s,
          {tr("Queued"), tr("Customer"), tr("Mobile"), tr("Template"), tr("Source"), tr("State"), tr("Provider's answer")})),
      m_messageNote(new QLabel(this))
{
    setObjectName(u"campaignsPage"_s);
    const bool manage = app.session.can(Permission::ManageCampaigns);
    auto button = [this](const QString &text, const QString &name, const QString &tip, void (CampaignsPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *create = button(tr("&New campaign…"), u"newCampaign"_s, tr("Draw a list from a segment or a recall file (Ctrl+N)"),
                          &CampaignsPage::newCampaign);
    new QShortcut(Keys::sequence(PageKey::New), this, this, &CampaignsPage::newCampaign);
    auto *vins = button(tr("&Import VIN list…"), u"importVins"_s, tr("The manufacturer's recall file into the selected campaign"),
                        &CampaignsPage::importVins);
    auto *share = button(tr("&Distribute…"), u"distribute"_s, tr("Give the campaign's unassigned calls to agents"),
                         &CampaignsPage::distribute);
    auto *again =
        button(tr("Re-e&valuate…"), u"reevaluate"_s,
               tr("Add who matches the segment now; stop calling who may no longer be called"), &CampaignsPage::reevaluate);
    auto *text = button(tr("Send &messages"), u"queueMessages"_s,
                        tr("Queue the campaign's message to everyone who may be texted"), &CampaignsPage::queueMessages);
    auto *save = button(tr("&Export results…"), u"exportResults"_s, tr("Funnel, answers and list as XLSX or CSV (Ctrl+E)"),
                        &CampaignsPage::exportResults);
    new QShortcut(Keys::sequence(PageKey::ExportResults), this, this, &CampaignsPage::exportResults);
    auto *end = button(tr("C&lose"), u"closeCampaign"_s, tr("End the campaign: it leaves the desk's filters"),
                       &CampaignsPage::closeCampaign);
    m_campaignActions = {vins, share, again, text, save, end};
    for (QPushButton *b : {create, vins, share, again, end})
        b->setVisible(manage);
    text->setVisible(app.session.can(Permission::ManageMessages));
    save->setVisible(app.session.can(Permission::ExportData));
    auto *tools = new QHBoxLayout;
    for (QPushButton *b : {create, vins, share, again, text, save, end})
        tools->addWidget(b);
    tools->addStretch();

    m_results->setObjectName(u"campaignResults"_s);
    m_results->setTextFormat(Qt::RichText);
    m_results->setWordWrap(true);
    m_results->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_results);
    detailLayout->addWidget(m_targets, 1);
    setEmptyHint(m_list, tr("No campaign yet. New campaign draws a call list from a segment of the archive or from the "
                            "manufacturer's recall file."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(1, 2);
    auto *campaignsTab = new QWidget(this);
    auto *cl = new QVBoxLayout(campaignsTab);
    cl->addLayout(tools);
    cl->addWidget(split, 1);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &CampaignsPage::showCampaign);

    auto *send = button(tr("Send &due messages"), u"sendDue"_s, tr("Send what is queued and due, in the allowed hours"),
                        &CampaignsPage::sendDue);
    auto *receipts = button(tr("&Receipts"), u"pullReceipts"_s, tr("Ask the provider which messages were delivered"),
                            &CampaignsPage::pullReceipts);
    auto *account = button(tr("Provider &account…"), u"providerAccount"_s,
                           tr("The SMS provider's access key on this machine (kept owner-only, not in the database)"),
                           &CampaignsPage::editAccount);
    auto *templates =
        button(tr("&Templates…"), u"messageTemplates"_s, tr("The provider's approved templates"), &CampaignsPage::editTemplate);
    for (QPushButton *b : {account, templates})
        b->setVisible(app.session.can(Permission::ManageMessages));
    auto *msgTools = new QHBoxLayout;
    for (QPushButton *b : {send, receipts, account, templates})
        msgTools->addWidget(b);
    msgTools->addWidget(m_messageNote, 1);
    m_messageNote->setObjectName(u"messageNote"_s);
    setEmptyHint(m_messages, tr("No messages yet. A campaign with a message template sends its invitations from here."));
    auto *messagesTab = new QWidget(this);
    auto *ml = new QVBoxLayout(messagesTab);
    ml->addLayout(msgTools);
    ml->addWidget(m_messages, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"campaignTabs"_s);
    tabs->addTab(campaignsTab, tr("Campaigns"));
    tabs->addTab(messagesTab, tr("Messages"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    reload();
}

qint64 CampaignsPage::currentCampaign() const
{
    const int row = m_list->currentRow();
    return row >= 0 && m_list->item(row, 0) ? m_list->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void CampaignsPage::reload()
{
    const qint64 keep = currentCampaign();
    auto list = services::CampaignService(m_app.services).campaigns(m_app.session, true);
    m_list->setRowCount(0);
    if (!list) {
        showError(this, tr("Campaigns"), list.error());
        return;
    }
    const QLocale l;
    m_list->setRowCount(int(list->size()));
    for (int i = 0; i < list->size(); ++i) {
        const data::CampaignRow &c = (*list)[i];
        put(m_list, i,
            {c.name, CampaignText::kind(c.kind),
             u"%1 – %2"_s.arg(l.toString(c.startsOn, QLocale::ShortFormat), l.toString(c.endsOn, QLocale::ShortFormat)),
             l.toString(c.targets), l.toString(c.excluded), l.toString(c.responded),
             c.status == u"active"_s ? tr("running") : tr("closed")},
            c.id);
        if (c.id == keep)
            m_list->selectRow(i);
    }
    m_list->resizeColumnsToContents();
    if (m_list->currentRow() < 0 && m_list->rowCount() > 0)
        m_list->selectRow(0);
    showCampaign();
    reloadMessages();
}

void CampaignsPage::showCampaign()
{
    const qint64 id = currentCampaign();
    for (QPushButton *b : m_campaignActions)
        b->setEnabled(id != 0);
    m_targets->setRowCount(0);
    if (!id) {
        m_results->setText(tr("<i>Choose a campaign to see its funnel.</i>"));
        return;
    }
    services::CampaignService campaigns(m_app.services);
    auto r = campaigns.results(m_app.session, id);
    if (!r) {
        m_results->setText(r.error().message.toHtmlEscaped());
        return;
    }
    const crm::campaigns::Funnel &f = r->funnel;
    const QLocale l;
    QStringList steps;
    auto step = [&](const QString &name, qint64 n, qint64 of) {
        steps << u"<td style='padding:2px 10px'><b>%1</b><br><span style='font-size:15pt'>%2</span><br>%3</td>"_s.arg(
            name.toHtmlEscaped(), l.toString(n), of >= 0 ? percent(n, of) : QString());
    };
    step(tr("Targeted"), f.targeted, -1);
    step(tr("Called"), f.called, f.targeted);
    step(tr("Reached"), f.reached, f.called);
    step(tr("Accepted"), f.accepted, f.reached);
    step(tr("Booked"), f.booked, f.accepted);
    step(tr("Arrived"), f.arrived, f.booked);
    step(tr("Came for service"), f.visits, f.accepted);
    QString html = u"<b>%1</b> · %2 · %3<table><tr>%4</tr></table>"_s.arg(
        r->campaign.name.toHtmlEscaped(), CampaignText::kind(r->campaign.kind).toHtmlEscaped(),
        tr("service amount %1 yuan within %n day(s) of the answer", nullptr, r->windowDays)
            .arg(l.toString(double(f.amountFen) / 100.0, 'f', 2)),
        steps.join(QString()));
    QStringList answers;
    for (const crm::campaigns::ResponseCode &code : r->campaign.responses)
        if (const qint64 n = f.byResponse.value(code.code))
            answers << u"%1 %2"_s.arg(CampaignText::response(code).toHtmlEscaped(), l.toString(n));
    if (!answers.isEmpty())
        html += tr("Answers: %1").arg(answers.join(u" · "_s)) + u"<br>"_s;
    if (r->campaign.kind == u"recall"_s)
        html += tr("Recall: %1 listed, %2 not in the archive, %3 done here, %4 done elsewhere, %5 not applicable, %6 open — "
                   "completion %7")
                    .arg(r->recall.listed)
                    .arg(r->recall.notFound)
                    .arg(r->recall.doneHere)
                    .arg(r->recall.doneElsewhere)
                    .arg(r->recall.notApplicable)
                    .arg(r->recall.open)
                    .arg(l.toString(r->recallCompletion, 'f', 1) + u" %"_s) +
                u"<br>"_s;
    if (!r->messages.isEmpty()) {
        QStringList m;
        for (auto it = r->messages.cbegin(); it != r->messages.cend(); ++it)
            m << u"%1 %2"_s.arg(CampaignText::messageStatus(it.key()), l.toString(it.value()));
        html += tr("Messages: %1").arg(m.join(u" · "_s));
    }
    m_results->setText(html);
    // Who is called first, then who is not and why.
    auto rows = campaigns.targets(m_app.session, id, u"target"_s, 0, 500);
    if (!rows)
        return;
    for (const QString &state : {u"excluded"_s, u"not_found"_s, u"vehicle_gone"_s})
        if (rows->size() < 500)
            if (auto more = campaigns.targets(m_app.session, id, state, 0, 500 - int(rows->size())))
                *rows += *more;
    m_targets->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const data::TargetRow &t = (*rows)[i];
        const QString answer = t.response.isEmpty() ? QString() : CampaignText::response(r->campaign.responses, t.response);
        const QString state =
            t.state == u"target"_s ? tr("on the list") : CampaignText::exclusion(t.state == u"excluded"_s ? t.reason : t.state);
        put(m_targets, i,
            {t.customerName.isEmpty() ? tr("(not in the archive)") : t.customerName, Mobile::masked(t.mobile), t.vehicle, t.vin,
             state, t.agentName, answer},
            t.id);
    }
    m_targets->resizeColumnsToContents();
}

void CampaignsPage::newCampaign()
{
    if (!m_app.session.can(Permission::ManageCampaigns))
        return;
    CampaignDialog dlg(m_app, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    reload();
    for (int i = 0; i < m_list->rowCount(); ++i)
        if (m_list->item(i, 0)->data(Qt::UserRole).toLongLong() == dlg.createdId())
            m_list->selectRow(i);
    if (dlg.fromVinList())
        importVins();
}

void CampaignsPage::importVins()
{
    const qint64 id = currentCampaign();
    if (!id)
        return;
    const QString path = askOpenPath(this, tr("The manufacturer's VIN list"), {}, tr("Tables (*.csv *.xlsx)"));
    if (path.isEmpty())
        return;
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant v = BackgroundJob::run(
        this, m_app.services.db.spec(), tr("Reading the VIN list…"),
        [who, clock, id, path](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
            services::Context ctx{threadCtx.db, *clock};
            auto r = services::CampaignService(ctx).importVins(who, id, path);
            if (!r)
                return QVariant::fromValue(r.error());
            QStringList lines{tr("Found and on the call list: %1").arg(r->found), tr("Not in the archive: %1").arg(r->notFound),
                              tr("Not called: %1").arg(r->excluded), tr("Already on the list: %1").arg(r->alreadyThere),
                              tr("Rejected: %1").arg(r->rejected.size())};
            for (auto it = r->excludedBy.cbegin(); it != r->excludedBy.cend(); ++it)
                lines << u"  · %1: %2"_s.arg(CampaignText::exclusion(it.key())).arg(it.value());
            for (int i = 0; i < r->rejected.size() && i < 20; ++i)
                lines << tr("  line %1: %2").arg(r->rejected[i].line).arg(r->rejected[i].reason);
            return lines.join(u'\n');
        });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Import VIN list"), v.value<Error>());
        return;
    }
    QMessageBox::information(this, tr("Import VIN list"), v.toString());
    reload();
}

void CampaignsPage::distribute()
{
    const qint64 id = currentCampaign();
    if (!id)
        return;
    auto users = data::UserRepository(m_app.services.db).list();
    if (!users)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const data::UserRow &u : *users)
        if (u.active && u.role == Role::Agent) {
            names << u.displayName;
            ids << u.id;
        }
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Distribute"), tr("Agents, separated by commas (empty: leave the calls in the pool):"),
                              QLineEdit::Normal, names.join(u", "_s), &ok);
    if (!ok)
        return;
    QList<qint64> chosen;
    for (const QString &n : text.split(u',', Qt::SkipEmptyParts))
        if (const int i = int(names.indexOf(n.trimmed())); i >= 0)
            chosen << ids[i];
    auto r = services::CampaignService(m_app.services).distribute(m_app.session, id, chosen);
    if (!r) {
        showError(this, tr("Distribute"), r.error());
        return;
    }
    QMessageBox::information(this, tr("Distribute"), tr("%1 new call(s) on the desk.").arg(*r));
    reload();
}

void CampaignsPage::reevaluate()
{
    const qint64 id = currentCampaign();
    if (!id || !confirm(this, tr("Re-evaluate"),
                        tr("Add the customers who match the campaign's segment now, and stop calling those not yet "
                           "answered who may no longer be called (opted out, consent withdrawn)?"),
                        tr("Re-evaluate")))
        return;
    auto r = services::CampaignService(m_app.services).reevaluate(m_app.session, id);
    if (!r) {
        showError(this, tr("Re-evaluate"), r.error());
        return;
    }
    QMessageBox::information(this, tr("Re-evaluate"),
                             tr("%1 customer(s) added, %2 no longer called.").arg(r->added).arg(r->excluded));
    reload();
}

void CampaignsPage::queueMessages()
{
    const qint64 id = currentCampaign();
    if (!id || !confirm(this, tr("Send messages"),
                        tr("Queue the campaign's message to every customer on its list who may be texted for it?"), tr("Queue")))
        return;
    auto r = services::MessageService(m_app.services).queueCampaign(m_app.session, id);
    if (!r) {
        showError(this, tr("Send messages"), r.error());
        return;
    }
    QStringList held;
    for (auto it = r->held.cbegin(); it != r->held.cend(); ++it)
        held << u"%1: %2"_s.arg(CampaignText::exclusion(it.key())).arg(it.value());
    QMessageBox::information(this, tr("Send messages"),
                             tr("%1 message(s) queued; %2 already queued before.").arg(r->queued).arg(r->alreadyQueued) +
                                 (held.isEmpty() ? QString() : u"\n"_s + tr("Not texted: %1").arg(held.join(u"; "_s))));
    reload();
}

void CampaignsPage::exportResults()
{
    const qint64 id = currentCampaign();
    if (!id || !m_app.session.can(Permission::ExportData))
        return;
    const QString path =
        askSavePath(this, tr("Export campaign results"), tr("campaign-results.xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = services::CampaignService(m_app.services).exportResults(m_app.session, id, path); !r)
        showError(this, tr("Export campaign results"), r.error());
}

void CampaignsPage::closeCampaign()
{
    const qint64 id = currentCampaign();
    if (!id ||
        !confirm(this, tr("Close campaign"), tr("Close this campaign? Its open calls stay on the desk until done."), tr("Close")))
        return;
    if (auto r = services::CampaignService(m_app.services).close(m_app.session, id); !r)
        showError(this, tr("Close campaign"), r.error());
    reload();
}

} // namespace crm::ui::campaigns
