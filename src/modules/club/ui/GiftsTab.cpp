#include "club/ui/GiftsTab.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "club/ui/Pickers.h"
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

GiftsTab::GiftsTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_gifts(tree(this, "giftList", {tr("Gift"), tr("Points"), tr("In stock"), tr("Offered")})),
      m_orderStatus(new QComboBox(this)), m_orders(tree(this, "orderList",
                                                        {tr("Order"), tr("Ordered"), tr("Member"), tr("Gift"), tr("Quantity"),
                                                         tr("Points"), tr("Status"), tr("By"), tr("Note")}))
{
    auto *add = button(this, tr("New gift…"), "newGiftButton");
    auto *edit = button(this, tr("Edit…"), "editGiftButton");
    auto *stock = button(this, tr("Stock in/out…"), "stockButton");
    auto *giftBar = new QHBoxLayout;
    giftBar->addWidget(new QLabel(tr("<b>Catalogue</b>"), this));
    giftBar->addStretch();
    for (QPushButton *b : {add, edit, stock})
        giftBar->addWidget(b);
    m_orderStatus->addItem(tr("Pending"), u"pending"_s);
    m_orderStatus->addItem(tr("Fulfilled"), u"fulfilled"_s);
    m_orderStatus->addItem(tr("Cancelled"), u"cancelled"_s);
    m_orderStatus->addItem(tr("All"), QString());
    auto *fulfil = button(this, tr("Hand &out"), "fulfilButton");
    auto *cancel = button(this, tr("Cancel and refund…"), "cancelOrderButton");
    auto *orderBar = new QHBoxLayout;
    orderBar->addWidget(new QLabel(tr("<b>Redemption orders</b>"), this));
    orderBar->addWidget(m_orderStatus);
    orderBar->addStretch();
    orderBar->addWidget(fulfil);
    orderBar->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(giftBar);
    layout->addWidget(m_gifts, 2);
    layout->addLayout(orderBar);
    layout->addWidget(m_orders, 3);
    connect(add, &QPushButton::clicked, this, [this] { editGift(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editGift(false); });
    connect(m_gifts, &QTreeWidget::itemActivated, this, [this] { editGift(false); });
    connect(stock, &QPushButton::clicked, this, &GiftsTab::changeStock);
    connect(m_orderStatus, &QComboBox::currentIndexChanged, this, &GiftsTab::reload);
    connect(fulfil, &QPushButton::clicked, this, [this] { closeOrder(true); });
    connect(cancel, &QPushButton::clicked, this, [this] { closeOrder(false); });
}

void GiftsTab::reload()
{
    m_gifts->clear();
    if (auto gifts = services::GiftService(m_app.services).gifts(false)) {
        for (const services::Gift &g : *gifts) {
            auto *item = new QTreeWidgetItem(
                m_gifts, {g.name, QLocale().toString(g.points), QLocale().toString(g.stock), g.active ? tr("Yes") : tr("No")});
            item->setData(0, Qt::UserRole, g.id);
            if (g.stock == 0)
                item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        }
    }
    fit(m_gifts);
    m_orders->clear();
    if (auto orders = services::GiftService(m_app.services).orders(m_app.session, m_orderStatus->currentData().toString())) {
        for (const services::RedemptionOrder &o : *orders) {
            auto *item = new QTreeWidgetItem(m_orders, {QString::number(o.id), when(o.orderedAt), o.customerName, o.giftName,
                                                        QString::number(o.quantity), QLocale().toString(o.points),
                                                        ClubText::orderStatus(o.status), o.orderedBy, o.note});
            item->setData(0, Qt::UserRole, o.id);
        }
    }
    fit(m_orders);
}

void GiftsTab::editGift(bool create)
{
    services::Gift g;
    if (!create) {
        QTreeWidgetItem *item = m_gifts->currentItem();
        if (!item)
            return;
        auto all = services::GiftService(m_app.services).gifts(false);
        if (!all)
            return;
        for (const services::Gift &x : *all)
            if (x.id == item->data(0, Qt::UserRole).toLongLong())
                g = x;
    }
    FormDialog d(this, create ? tr("New gift") : tr("Edit gift"));
    auto *name = new QLineEdit(g.name, &d.dialog);
    auto *points = new QSpinBox(&d.dialog);
    points->setRange(1, 10000000);
    points->setValue(int(std::max<qint64>(1, g.points)));
    auto *stock = new QSpinBox(&d.dialog);
    stock->setRange(0, 1000000);
    stock->setValue(int(g.stock));
    stock->setEnabled(create); // later changes go through "Stock in/out", which orders cannot race
    auto *offered = new QComboBox(&d.dialog);
    offered->addItem(tr("Offered"), true);
    offered->addItem(tr("Withdrawn"), false);
    offered->setCurrentIndex(g.active ? 0 : 1);
    d.form->addRow(tr("Name"), name);
    d.form->addRow(tr("Points"), points);
    d.form->addRow(tr("Stock"), stock);
    d.form->addRow(tr("Catalogue"), offered);
    if (d.exec([&]() -> Status {
            services::Gift edited{g.id, name->text(), points->value(), stock->value(), offered->currentData().toBool(), g.note};
            auto r = services::GiftService(m_app.services).saveGift(m_app.session, edited);
            return r ? Status() : Status(r.error());
        }))
        reload();
}

void GiftsTab::changeStock()
{
    QTreeWidgetItem *item = m_gifts->currentItem();
    if (!item)
        return;
    bool ok = false;
    const int delta =
        QInputDialog::getInt(this, tr("Stock in/out"), tr("%1: add (or, negative, take out) how many?").arg(item->text(0)), 10,
                             -1000000, 1000000, 1, &ok);
    if (!ok)
        return;
    if (auto s = services::GiftService(m_app.services).addStock(m_app.session, item->data(0, Qt::UserRole).toLongLong(), delta);
        !s)
        showError(this, tr("Stock in/out"), s.error());
    reload();
}

void GiftsTab::closeOrder(bool fulfil)
{
    QTreeWidgetItem *item = m_orders->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    services::GiftService gifts(m_app.services);
    Status s;
    if (fulfil) {
        s = gifts.fulfil(m_app.session, id);
    } else {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Cancel order %1").arg(id),
                                                     tr("The points go back to the member and the gift back into stock. Reason:"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        s = gifts.cancelOrder(m_app.session, id, reason);
    }
    if (!s)
        showError(this, tr("Redemption orders"), s.error());
    reload();
}

} // namespace crm::ui::club
