#include "campaigns/ui/CustomerActions.h"

#include "archives/data/CustomerRepository.h"
#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "services/SettingsService.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace crm::ui::campaigns {
namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::campaigns::CustomerActions)
};
} // namespace

void addToCampaign(AppContext &app, QWidget *parent, const QList<qint64> &customerIds)
{
    if (customerIds.isEmpty())
        return;
    services::CampaignService campaigns(app.services);
    auto list = campaigns.campaigns(app.session);
    if (!list) {
        showError(parent, Text::tr("Add to a campaign"), list.error());
        return;
    }
    if (list->isEmpty()) {
        QMessageBox::information(parent, Text::tr("Add to a campaign"),
                                 Text::tr("No campaign is running: create one on the Campaigns page first."));
        return;
    }
    QStringList names;
    for (const data::CampaignRow &c : *list)
        names << c.name;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(parent, Text::tr("Add to a campaign"),
                              Text::tr("Add %n customer(s) to:", nullptr, int(customerIds.size())), names, 0, false, &ok);
    if (!ok)
        return;
    const data::CampaignRow &c = (*list)[names.indexOf(chosen)];
    auto added = campaigns.addCustomers(app.session, c.id, customerIds);
    if (!added) {
        showError(parent, Text::tr("Add to a campaign"), added.error());
        return;
    }
    QStringList why;
    for (auto it = added->excluded.cbegin(); it != added->excluded.cend(); ++it)
        why << u"%1: %2"_s.arg(crm::campaigns::CampaignText::exclusion(it.key())).arg(it.value());
    QMessageBox::information(parent, Text::tr("Add to a campaign"),
                             Text::tr("%1: %2 to call.").arg(c.name).arg(added->targets) +
                                 (why.isEmpty() ? QString() : u"\n"_s + Text::tr("Not called: %1").arg(why.join(u"; "_s))));
}

void sendMessage(AppContext &app, QWidget *parent, qint64 customerId)
{
    services::MessageService messages(app.services);
    auto templates = messages.templates(app.session);
    if (!templates) {
        showError(parent, Text::tr("Send a message"), templates.error());
        return;
    }
    auto customer = data::CustomerRepository(app.services.db).customer(customerId);
    if (!customer || !customer->has_value())
        return;
    QDialog dlg(parent);
    dlg.setObjectName(u"sendMessageDialog"_s);
    dlg.setWindowTitle(Text::tr("Send a message to %1").arg((*customer)->name));
    auto *form = new QFormLayout(&dlg);
    auto *choice = new QComboBox(&dlg);
    choice->setObjectName(u"messageTemplate"_s);
    for (const data::MessageTemplate &t : *templates)
        if (t.active)
            choice->addItem(t.title, t.code);
    auto *preview = new QLabel(&dlg);
    preview->setWordWrap(true);
    preview->setObjectName(u"messagePreview"_s);
    form->addRow(Text::tr("Template:"), choice);
    QList<QPair<QString, QLineEdit *>> fields;
    auto *fieldsForm = new QFormLayout;
    form->addRow(fieldsForm);
    form->addRow(Text::tr("Message:"), preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    buttons->button(QDialogButtonBox::Ok)->setText(Text::tr("&Send"));
    form->addRow(buttons);
    const QString phone = services::SettingsService(app.services).value(services::settings::kMessageDealerPhone);
    const QString dealer = services::SettingsService(app.services).value(services::settings::kDealerName);
    auto current = [&]() -> const data::MessageTemplate * {
        for (const data::MessageTemplate &t : *templates)
            if (t.code == choice->currentData().toString())
                return &t;
        return nullptr;
    };
    auto params = [&] {
        QVariantMap p;
        for (const auto &[key, edit] : fields)
            p.insert(key, edit->text().trimmed());
        return p;
    };
    auto refresh = [&] {
        const data::MessageTemplate *t = current();
        preview->setText(t ? crm::campaigns::fillTemplate(t->body, params()) : QString());
    };
    auto rebuild = [&] {
        while (fieldsForm->rowCount() > 0)
            fieldsForm->removeRow(0);
        fields.clear();
        const data::MessageTemplate *t = current();
        if (!t)
            return;
        for (const QString &key : crm::campaigns::placeholdersOf(t->body)) {
            auto *edit = new QLineEdit(&dlg);
            edit->setObjectName(u"param_"_s + key);
            if (key == u"name"_s)
                edit->setText((*customer)->name);
            else if (key == u"phone"_s)
                edit->setText(phone);
            else if (key == u"dealer"_s)
                edit->setText(dealer);
            QObject::connect(edit, &QLineEdit::textChanged, &dlg, refresh);
            fieldsForm->addRow(u"${%1}:"_s.arg(key), edit);
            fields << qMakePair(key, edit);
        }
        refresh();
    };
    QObject::connect(choice, &QComboBox::currentIndexChanged, &dlg, rebuild);
    rebuild();
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dlg, [&] {
        auto id = messages.queueOne(app.session, customerId, choice->currentData().toString(), params(), u"card"_s);
        if (!id) {
            showError(&dlg, Text::tr("Send a message"), id.error()); // the form keeps what was typed
            return;
        }
        dlg.accept();
    });
    if (dlg.exec() == QDialog::Accepted)
        QMessageBox::information(parent, Text::tr("Send a message"),
                                 Text::tr("Queued: it goes with the next send (outside the quiet hours)."));
}

} // namespace crm::ui::campaigns
