#include "club/ui/Pickers.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "club/ui/GiftsTab.h"
#include "core/Mobile.h"
#include "leads/services/LeadService.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::club::ClubText;

namespace crm::ui::club {

qint64 pickCustomer(AppContext &app, QWidget *parent, const QString &title)
{
    FormDialog d(parent, title);
    auto *search = new QLineEdit(&d.dialog);
    search->setPlaceholderText(GiftsTab::tr("Name, pinyin initials, mobile or plate — Enter"));
    auto *list = new QListWidget(&d.dialog);
    list->setMinimumSize(420, 220);
    d.form->addRow(search);
    d.form->addRow(list);
    d.searchOnEnter(search, [&] {
        archives::fillCustomerMatches(app, list, search->text());
        if (list->count() > 0 && !list->currentItem())
            list->setCurrentRow(0); // Enter again (in the list) or OK takes the first match
    });
    QObject::connect(list, &QListWidget::itemActivated, &d.dialog, [&] { d.dialog.accept(); });
    qint64 chosen = 0;
    const bool ok = d.exec([&]() -> Status {
        if (!list->currentItem())
            return Error::invalid(GiftsTab::tr("Search, then choose the customer in the list."));
        return {};
    });
    if ((ok || d.dialog.result() == QDialog::Accepted) && list->currentItem())
        chosen = list->currentItem()->data(Qt::UserRole).toLongLong();
    return chosen;
}

qint64 pickVehicle(AppContext &app, QWidget *parent, qint64 customerId)
{
    auto card = services::CustomerService(app.services).card(app.session, customerId);
    if (!card) {
        showError(parent, GiftsTab::tr("Vehicle"), card.error());
        return 0;
    }
    QStringList items;
    QList<qint64> ids;
    for (const data::VehicleRow &v : card->vehicles) {
        items << u"%1  %2"_s.arg(v.plate, v.model);
        ids << v.id;
    }
    if (ids.isEmpty()) {
        showError(parent, GiftsTab::tr("Vehicle"), Error::invalid(GiftsTab::tr("The customer has no vehicle in the archive.")));
        return 0;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(parent, GiftsTab::tr("Vehicle"), GiftsTab::tr("Which vehicle is the card for?"),
                                                 items, 0, false, &ok);
    return ok ? ids.value(items.indexOf(choice)) : 0;
}

qint64 pickMember(AppContext &app, QWidget *parent, const QString &title)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, GiftsTab::tr("Card number (or leave empty to search by name or mobile):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok)
        return 0;
    services::ClubService club(app.services);
    if (!text.isEmpty()) {
        auto id = club.memberOfCard(text);
        if (!id) {
            showError(parent, title, id.error());
            return 0;
        }
        return *id;
    }
    const qint64 customer = pickCustomer(app, parent, title);
    if (!customer)
        return 0;
    auto member = club.memberOfCustomer(customer);
    if (!member || !member->has_value()) {
        showError(parent, title, member ? Error::notFound(GiftsTab::tr("That customer is not a club member.")) : member.error());
        return 0;
    }
    return **member;
}

} // namespace crm::ui::club
