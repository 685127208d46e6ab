// CampaignsPage: the message queue — sending what is due, the provider's account, the templates.
#include "campaigns/ui/CampaignsPage.h"

#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "core/Mobile.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using crm::campaigns::CampaignText;

namespace crm::ui::campaigns {

void CampaignsPage::reloadMessages()
{
    auto rows = services::MessageService(m_app.services).messages(m_app.session, {}, 0, 0, 300);
    m_messages->setRowCount(0);
    if (!rows)
        return;
    // Names, not codes: the template's title, where the message came from.
    QHash<QString, QString> titles;
    if (auto t = services::MessageService(m_app.services).templates(m_app.session))
        for (const data::MessageTemplate &tpl : *t)
            titles.insert(tpl.code, tpl.title);
    QHash<qint64, QString> campaignNames;
    if (auto c = services::CampaignService(m_app.services).campaigns(m_app.session, true))
        for (const data::CampaignRow &row : *c)
            campaignNames.insert(row.id, row.name);
    auto source = [&](const QString &s) {
        if (s.startsWith(u"campaign:"_s))
            return campaignNames.value(s.mid(9).toLongLong(), s);
        if (s.startsWith(u"appointment:"_s))
            return tr("Appointment reminder");
        if (s == u"card"_s)
            return tr("From the customer card");
        return s;
    };
    const QLocale l;
    m_messages->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const data::MessageRow &m = (*rows)[i];
        put(m_messages, i,
            {l.toString(m.queuedAt.toLocalTime(), QLocale::ShortFormat), m.customerName, Mobile::masked(m.mobile),
             titles.value(m.templateCode, m.templateCode), source(m.source), CampaignText::messageStatus(m.status),
             m.errorCode.isEmpty() ? m.requestId : m.errorCode},
            m.id);
    }
    m_messages->resizeColumnsToContents();
}

namespace {
// Runs `work` with this machine's provider account on a worker thread (progress, cancel); an
// invalid QVariant when there is no account (the user was told).
using ProviderWork = std::function<QVariant(services::MessageService &, services::SmsProvider &, const BackgroundJob::Control &)>;
QVariant withProvider(QWidget *parent, AppContext &app, const QString &title, const QString &label, const ProviderWork &work)
{
    auto account = services::SmsAccountStore::load();
    if (!account || !account->isSet()) {
        QMessageBox::information(parent, title,
                                 CampaignsPage::tr("This machine has no provider account yet: enter it under Provider account."));
        return {};
    }
    const services::Session who = app.session;
    const Clock *clock = &app.services.clock;
    const services::SmsAccount a = *account;
    const QVariant v = BackgroundJob::run(
        parent, app.services.db.spec(), label,
        [who, clock, a, work](services::Context &threadCtx, const BackgroundJob::Control &control) -> QVariant {
            services::Context ctx{threadCtx.db, *clock};
            auto provider = services::makeSmsProvider(a, *clock);
            if (!provider)
                return QVariant::fromValue(Error::invalid(CampaignsPage::tr("Unknown provider %1.").arg(a.provider)));
            services::MessageService messages(ctx);
            return work(messages, *provider, control);
        });
    if (BackgroundJob::isError(v)) {
        showError(parent, title, v.value<Error>());
        return {};
    }
    return v;
}
} // namespace

void CampaignsPage::sendDue()
{
    const services::Session who = m_app.session;
    const QVariant v = withProvider(
        this, m_app, tr("Send due messages"), tr("Sending messages…"),
        [who](services::MessageService &messages, services::SmsProvider &provider, const BackgroundJob::Control &control) {
            auto r = messages.sendDue(who, provider, control.progress, control.cancel);
            if (!r)
                return QVariant::fromValue(r.error());
            return QVariant(tr("Sent %1, rejected %2, still queued %3, cancelled %4, unknown %5. %6")
                                .arg(r->sent)
                                .arg(r->rejected)
                                .arg(r->deferred)
                                .arg(r->cancelled)
                                .arg(r->unknown)
                                .arg(r->why));
        });
    if (!v.isValid())
        return;
    m_messageNote->setText(v.toString());
    reloadMessages();
}

void CampaignsPage::pullReceipts()
{
    const services::Session who = m_app.session;
    const QVariant v =
        withProvider(this, m_app, tr("Receipts"), tr("Reading delivery receipts…"),
                     [who](services::MessageService &messages, services::SmsProvider &provider, const BackgroundJob::Control &) {
                         auto n = messages.pullReceipts(who, provider);
                         return n ? QVariant(*n) : QVariant::fromValue(n.error());
                     });
    if (!v.isValid())
        return;
    m_messageNote->setText(tr("%1 receipt(s) recorded.").arg(v.toInt()));
    reloadMessages();
}

void CampaignsPage::editAccount()
{
    auto current = services::SmsAccountStore::load();
    services::SmsAccount a = current ? *current : services::SmsAccount{};
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Message provider account"));
    auto *endpoint = new QLineEdit(a.endpoint, &dlg);
    auto *key = new QLineEdit(a.accessKeyId, &dlg);
    auto *secret = new QLineEdit(a.secret, &dlg);
    secret->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(&dlg);
    form->addRow(new QLabel(
        tr("Alibaba Cloud SMS. Kept in %1, readable by this user only.").arg(services::SmsAccountStore::path().toHtmlEscaped()),
        &dlg));
    form->addRow(tr("Endpoint:"), endpoint);
    form->addRow(tr("AccessKey ID:"), key);
    form->addRow(tr("AccessKey secret:"), secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dlg);
    auto *test = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    form->addRow(buttons);
    auto read = [&] {
        services::SmsAccount out = a;
        out.endpoint = endpoint->text().trimmed();
        out.accessKeyId = key->text().trimmed();
        out.secret = secret->text();
        return out;
    };
    connect(test, &QPushButton::clicked, &dlg, [&] {
        // A receipt query for no number: the provider answers it only when the key and signature are right.
        services::AliyunSms probe(read(), m_app.services.clock);
        auto r = probe.receipts(u"13800000000"_s, localToday(m_app.services.clock));
        QMessageBox::information(&dlg, tr("Test"), r ? tr("The provider accepted the key.") : r.error().message);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (auto r = services::SmsAccountStore::save(read()); !r)
        showError(this, tr("Message provider account"), r.error());
}

void CampaignsPage::editTemplate()
{
    services::MessageService messages(m_app.services);
    auto list = messages.templates(m_app.session);
    if (!list)
        return;
    QStringList names{tr("(a new template)")};
    for (const data::MessageTemplate &t : *list)
        names << u"%1 (%2)"_s.arg(t.title, t.code);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Templates"), tr("Template:"), names, 1, false, &ok);
    if (!ok)
        return;
    const int at = int(names.indexOf(chosen)) - 1;
    data::MessageTemplate t = at >= 0 ? (*list)[at] : data::MessageTemplate{};
    if (at < 0)
        t.purpose = u"marketing"_s;
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Message template"));
    auto *code = new QLineEdit(t.code, &dlg);
    code->setReadOnly(at >= 0);
    auto *title = new QLineEdit(t.title, &dlg);
    auto *purpose = new QComboBox(&dlg);
    for (const char *p : crm::campaigns::kMessagePurposes)
        purpose->addItem(CampaignText::purpose(QLatin1String(p)), QLatin1String(p));
    purpose->setCurrentIndex(purpose->findData(t.purpose));
    auto *provider = new QLineEdit(t.providerCode, &dlg);
    auto *sign = new QLineEdit(t.signName, &dlg);
    auto *body = new QPlainTextEdit(t.body, &dlg);
    auto *form = new QFormLayout(&dlg);
    form->addRow(tr("Code:"), code);
    form->addRow(tr("Title:"), title);
    form->addRow(tr("Purpose:"), purpose);
    form->addRow(tr("Provider template code:"), provider);
    form->addRow(tr("Signature:"), sign);
    form->addRow(tr("Approved text (${name} placeholders):"), body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, [&] {
        t.code = code->text();
        t.title = title->text();
        t.purpose = purpose->currentData().toString();
        t.providerCode = provider->text();
        t.signName = sign->text();
        t.body = body->toPlainText();
        if (auto r = messages.saveTemplate(m_app.session, t); !r)
            showError(&dlg, tr("Message template"), r.error()); // the form keeps what was typed
        else
            dlg.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    dlg.exec();
}

} // namespace crm::ui::campaigns
