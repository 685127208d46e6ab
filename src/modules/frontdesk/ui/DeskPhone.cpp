#include "frontdesk/ui/DeskPhone.h"

#include "frontdesk/services/InboundCallService.h"
#include "frontdesk/services/PhoneLink.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"

#include <QApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {
namespace {
class DeskPhoneText {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::frontdesk::DeskPhone)
};

QNetworkAccessManager &network()
{
    static auto *net = new QNetworkAccessManager(qApp);
    return *net;
}
} // namespace

void dialCustomer(AppContext &app, QWidget *parent, qint64 customerId)
{
    auto number = services::InboundCallService(app.services).numberToDial(app.session, customerId);
    if (!number) {
        showError(parent, DeskPhoneText::tr("Dial"), number.error());
        return;
    }
    QPointer<QWidget> guard(parent);
    services::dialOnPhone(network(), services::PhoneSettings::load(), *number, [guard](Status s) {
        if (!s && guard)
            showError(guard, DeskPhoneText::tr("Dial"), s.error());
    });
}

QPushButton *dialButton(AppContext &app, QWidget *parent, std::function<qint64()> customer)
{
    auto *b = new QPushButton(DeskPhoneText::tr("Dia&l"), parent);
    b->setObjectName(u"dialButton"_s);
    b->setToolTip(DeskPhoneText::tr("Ask this desk's phone to dial the customer's mobile"));
    b->setVisible(services::PhoneSettings::load().dialOn());
    QObject::connect(b, &QPushButton::clicked, parent, [&app, parent, customer] {
        if (const qint64 id = customer())
            dialCustomer(app, parent, id);
    });
    return b;
}

bool editDeskPhone(QWidget *parent)
{
    services::PhoneSettings p = services::PhoneSettings::load();
    FormDialog d(parent, DeskPhoneText::tr("Desk phone"));
    d.dialog.setObjectName(u"deskPhoneDialog"_s);
    auto *address = new QLineEdit(p.phoneAddress, &d.dialog);
    address->setPlaceholderText(DeskPhoneText::tr("e.g. 192.168.1.20"));
    auto *port = new QSpinBox(&d.dialog);
    port->setRange(0, 65535);
    port->setSpecialValueText(DeskPhoneText::tr("off"));
    port->setValue(p.listenPort);
    auto *token = new QLineEdit(p.token, &d.dialog);
    auto *dial = new QLineEdit(p.dialUrl, &d.dialog);
    auto *user = new QLineEdit(p.user, &d.dialog);
    auto *password = new QLineEdit(p.password, &d.dialog);
    password->setEchoMode(QLineEdit::Password);
    d.form->addRow(DeskPhoneText::tr("Phone's &address:"), address);
    d.form->addRow(DeskPhoneText::tr("Caller ID: &listen on port:"), port);
    d.form->addRow(DeskPhoneText::tr("Caller ID: shared &token:"), token);
    d.form->addRow(DeskPhoneText::tr("&Dial URL ({phone}, {number}):"), dial);
    d.form->addRow(DeskPhoneText::tr("Phone's &user:"), user);
    d.form->addRow(DeskPhoneText::tr("Phone's &password:"), password);
    return d.exec([&]() -> Status {
        services::PhoneSettings next;
        next.phoneAddress = address->text().trimmed();
        next.listenPort = port->value();
        next.token = token->text().trimmed();
        next.dialUrl = dial->text().trimmed();
        next.user = user->text().trimmed();
        next.password = password->text();
        if (next.listenPort > 0 && (next.token.size() < 8 || next.phoneAddress.isEmpty()))
            return Error::invalid(DeskPhoneText::tr("Caller ID: give the phone's address and a token of at least 8 characters "
                                                    "(the same one goes into the phone's Action URL)."));
        if (!next.dialUrl.isEmpty() && !next.dialUrl.contains(u"{number}"_s))
            return Error::invalid(DeskPhoneText::tr("Dial URL: it must contain {number}."));
        next.save();
        return {};
    });
}

} // namespace crm::ui::frontdesk
