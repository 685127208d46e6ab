#include "admin/ui/AuditPage.h"

#include "core/AuditText.h"

#include "admin/ui/AuditTableModel.h"
#include "core/Json.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::admin {

AuditPage::AuditPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_model(new AuditTableModel(app.services, app.session, this)), m_action(new QComboBox(this)),
      m_entity(new QComboBox(this)), m_user(new QLineEdit(this)), m_view(new QTableView(this)), m_detail(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"<h2>%1</h2>"_s.arg(tr("Audit log")), this));

    auto *filters = new QHBoxLayout;
    m_action->addItem(tr("All actions"), QString());
    for (const QString &a : AuditText::actions())
        m_action->addItem(AuditTableModel::actionTitle(a), a);
    m_entity->addItem(tr("All record types"), QString());
    for (const QString &e : AuditText::entities())
        m_entity->addItem(AuditTableModel::entityTitle(e), e);
    m_user->setPlaceholderText(tr("User name"));
    m_user->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Record type:"), this));
    filters->addWidget(m_entity);
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(Keys::sequence(PageKey::Refresh));
    filters->addWidget(refresh);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a row to see the values before and after the change."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_user, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetail);
    applyFilter();
}

void AuditPage::applyFilter()
{
    m_model->setFilter({m_action->currentData().toString(), m_entity->currentData().toString(), m_user->text().trimmed()});
    if (const Error *e = m_model->lastError())
        showError(this, tr("Audit log"), *e);
    m_view->resizeColumnsToContents();
    m_detail->clear();
}

void AuditPage::showDetail()
{
    const data::AuditEntry *e = m_model->entryAt(m_view->currentIndex().row());
    if (!e) {
        m_detail->clear();
        return;
    }
    auto pretty = [](const QString &json) {
        return json.isEmpty() ? QString(u"—"_s)
                              : QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
    };
    if (e->values == data::AuditEntry::Values::Erased)
        m_detail->setPlainText(tr("The customer was erased: the values of this entry were sealed under their key, which the "
                                  "erasure destroyed. The entry itself stays in the log."));
    else if (e->values == data::AuditEntry::Values::Locked)
        m_detail->setPlainText(tr("The values of this entry are sealed, and this desk has no key file for this database (%1). "
                                  "Copy it from the desk that set the database up or from its backup.")
                                   .arg(m_app.services.db.spec().keyFilePath()));
    else
        m_detail->setPlainText(tr("Before:\n%1\nAfter:\n%2").arg(pretty(e->beforeJson), pretty(e->afterJson)));
}

} // namespace crm::ui::admin
