#include "frontdesk/ui/DeskListsDialog.h"

#include "frontdesk/services/AppointmentService.h"
#include "ui/common/Widgets.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {
namespace {
enum Column { Name, Minutes, Active };
}

DeskListsDialog::DeskListsDialog(AppContext &app, QWidget *parent)
    : QDialog(parent), m_app(app), m_tabs(new QTabWidget(this)), m_error(new QLabel(this))
{
    setObjectName(u"deskListsDialog"_s);
    setWindowTitle(tr("Front desk lists"));
    m_tabs->addTab(table(u"job_type"_s, true), tr("Job types"));
    m_tabs->addTab(table(u"advisor"_s, false), tr("Service advisors"));
    m_tabs->addTab(table(u"purpose"_s, false), tr("Call purposes"));
    m_error->setStyleSheet(u"color:#c62828"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *add = button(this, tr("&Add an entry"), "addEntry");
    connect(add, &QPushButton::clicked, this, [this] {
        QTableWidget *t = m_lists[m_tabs->currentIndex()].second;
        addRow(t, {}, {}, 60, true);
        t->setCurrentCell(t->rowCount() - 1, Name);
        t->editItem(t->item(t->rowCount() - 1, Name));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeskListsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Double-click a name or the labour to change it; untick an entry to retire it."), this));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addLayout(row);
    resize(560, 460);
}

QTableWidget *DeskListsDialog::table(const QString &list, bool withMinutes)
{
    auto *t = new QTableWidget(this);
    t->setObjectName(u"list_"_s + list);
    t->setColumnCount(3);
    t->setHorizontalHeaderLabels({tr("Name"), tr("Labour (minutes)"), tr("In use")});
    t->setColumnHidden(Minutes, !withMinutes);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    if (auto items = services::AppointmentService(m_app.services).items(list, false))
        for (const data::DeskListItem &i : *items)
            addRow(t, i.code, i.title, i.minutes, i.active);
    m_lists << qMakePair(list, t);
    return t;
}

void DeskListsDialog::addRow(QTableWidget *t, const QString &code, const QString &title, int minutes, bool active)
{
    const int r = t->rowCount();
    t->insertRow(r);
    auto *name = new QTableWidgetItem(title);
    name->setData(Qt::UserRole, code); // empty: new (its code is its first name)
    t->setItem(r, Name, name);
    auto *labour = new QTableWidgetItem;
    labour->setData(Qt::EditRole, minutes);
    t->setItem(r, Minutes, labour);
    auto *use = new QTableWidgetItem;
    use->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    use->setCheckState(active ? Qt::Checked : Qt::Unchecked);
    t->setItem(r, Active, use);
}

void DeskListsDialog::accept()
{
    services::AppointmentService book(m_app.services);
    for (const auto &[list, t] : std::as_const(m_lists)) {
        auto before = book.items(list, false);
        for (int r = 0; r < t->rowCount(); ++r) {
            data::DeskListItem item{list,
                                    t->item(r, Name)->data(Qt::UserRole).toString(),
                                    t->item(r, Name)->text().trimmed(),
                                    t->item(r, Minutes)->data(Qt::EditRole).toInt(),
                                    t->item(r, Active)->checkState() == Qt::Checked,
                                    r + 1};
            if (item.code.isEmpty() && item.title.isEmpty())
                continue; // an added row left empty
            bool same = false;
            if (before)
                for (const data::DeskListItem &b : *before)
                    same = same || (b.code == item.code && b.title == item.title && b.minutes == item.minutes &&
                                    b.active == item.active && b.position == item.position);
            if (same)
                continue; // nothing to write, nothing to audit
            if (Status s = book.saveItem(m_app.session, item); !s) {
                m_tabs->setCurrentWidget(t);
                t->selectRow(r);
                m_error->setText(
                    tr("%1, row %2: %3").arg(m_tabs->tabText(m_tabs->currentIndex())).arg(r + 1).arg(s.error().message));
                m_error->show();
                return;
            }
            t->item(r, Name)->setData(Qt::UserRole, item.code.isEmpty() ? item.title : item.code);
        }
    }
    QDialog::accept();
}

} // namespace crm::ui::frontdesk
