#include "archives/ui/ArchivesPage.h"
#include "privacy/ui/RequestsPage.h"
#include "privacy/ui/RetentionPage.h"

#include "archives/services/CustomerService.h"
#include "archives/services/ExportService.h"
#include "archives/ui/CustomerCard.h"
#include "archives/ui/CustomerListModel.h"
#include "archives/ui/Dialogs.h"
#include "archives/ui/ImportDialog.h"
#include "archives/ui/QualityPages.h"
#include "campaigns/ui/CustomerActions.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/shell/SearchWorker.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {
namespace {
struct ListAnswer {
    QList<data::CustomerListRow> rows;
    qint64 total = -1;
    QString error;
    QStringList cities, models, tags; // filled on the first answer only
};
} // namespace
} // namespace crm::ui::archives
Q_DECLARE_METATYPE(crm::ui::archives::ListAnswer)

namespace crm::ui::archives {

ArchivesPage::ArchivesPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_model(new CustomerListModel(app.services, app.session, this)), m_search(new QLineEdit(this)),
      m_city(new QComboBox(this)), m_source(new QComboBox(this)), m_model_(new QComboBox(this)), m_vip(new QComboBox(this)),
      m_churn(new QComboBox(this)), m_tag(new QComboBox(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_card(new CustomerCard(app, this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(tr("No customers yet"), tr("Add one with Ctrl+N, or import a DMS export."), this)),
      m_debounce(new QTimer(this)), m_worker(std::make_unique<SearchWorker>(app.services.db.spec())),
      m_countWorker(std::make_unique<SearchWorker>(app.services.db.spec())), m_tabs(new QTabWidget(this)),
      m_quality(new DataQualityPage(app, this)), m_churnPage(new ChurnPage(app, this)),
      m_requests(new privacy::RequestsPage(app, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Customer archives")), this);
    top->addWidget(heading);
    top->addStretch(1);
    // Other desks add and change customers: F5 reads the list and its count again.
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(u"refreshCustomers"_s);
    refresh->setShortcut(Keys::sequence(PageKey::Refresh));
    refresh->setToolTip(tr("Read the list again (F5)"));
    connect(refresh, &QPushButton::clicked, this, &ArchivesPage::reloadNow);
    top->addWidget(refresh);
    if (m_app.session.can(Permission::EditCustomers)) {
        auto *import = new QPushButton(tr("&Import…"), this);
        import->setObjectName(u"importCustomers"_s);
        import->setShortcut(Keys::sequence(PageKey::CustomerImport));
        connect(import, &QPushButton::clicked, this, &ArchivesPage::importFile);
        top->addWidget(import);
    }
    if (m_app.session.can(Permission::ExportData)) {
        auto *exp = new QPushButton(tr("E&xport…"), this);
        exp->setObjectName(u"exportCustomers"_s);
        exp->setToolTip(tr("Exports the customers the list shows now (search and filters apply), with full mobile numbers. "
                           "Every export is recorded in the audit log."));
        connect(exp, &QPushButton::clicked, this, &ArchivesPage::exportList);
        top->addWidget(exp);
    }
    if (m_app.session.can(Permission::EditCustomers)) {
        auto *add = new QPushButton(tr("&New customer…"), this);
        add->setObjectName(u"newCustomer"_s);
        add->setShortcut(Keys::sequence(PageKey::New));
        connect(add, &QPushButton::clicked, this, &ArchivesPage::newCustomer);
        top->addWidget(add);
    }
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setPlaceholderText(tr("Name, pinyin initials (zwm), mobile or its last 4, plate, VIN or its tail (6 or more)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    filters->addWidget(m_search, 2);
    m_city->addItem(tr("All cities"), QString());
    m_source->addItem(tr("All sources"), QString());
    for (const QString &s : services::CustomerService::sources())
        m_source->addItem(services::CustomerService::sourceTitle(s), s);
    m_model_->addItem(tr("All models"), QString());
    m_vip->addItem(tr("VIP or not"), -1);
    m_vip->addItem(tr("VIP only"), 1);
    m_vip->addItem(tr("Not VIP"), 0);
    m_churn->addItem(tr("Any churn state"), int(data::ChurnState::Any));
    m_churn->addItem(tr("Active"), int(data::ChurnState::Active));
    m_churn->addItem(tr("At risk"), int(data::ChurnState::AtRisk));
    m_churn->addItem(tr("Lost"), int(data::ChurnState::Lost));
    m_churn->setObjectName(u"churnFilter"_s);
    m_tag->addItem(tr("All tags"), QString());
    m_tag->setObjectName(u"tagFilter"_s);
    for (QComboBox *c : {m_city, m_source, m_model_, m_tag, m_vip, m_churn}) {
        filters->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &ArchivesPage::reloadNow);
    }
    m_count->setObjectName(u"customerCount"_s);
    filters->addWidget(m_count);

    m_view->setObjectName(u"customerList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several customers at once for "add to a campaign"; the card follows the current row.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    if (app.session.can(Permission::ManageCampaigns)) {
        auto *toCampaign = new QAction(tr("Add to a campaign…"), m_view);
        toCampaign->setObjectName(u"addToCampaign"_s);
        m_view->addAction(toCampaign);
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(toCampaign, &QAction::triggered, this, [this] {
            QList<qint64> ids;
            for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
                if (const data::CustomerListRow *r = m_model->rowAt(i.row()))
                    ids << r->id;
            crm::ui::campaigns::addToCampaign(m_app, this, ids);
        });
    }
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setColumnWidth(CustomerListModel::Name, 90);
    m_view->setColumnWidth(CustomerListModel::Gender, 50);
    m_view->setColumnWidth(CustomerListModel::Mobile, 110);
    m_view->setColumnWidth(CustomerListModel::City, 60);
    m_view->setColumnWidth(CustomerListModel::Models, 110);
    m_view->setColumnWidth(CustomerListModel::Plates, 150);
    auto *split = new QSplitter(this);
    split->setObjectName(u"archivesSplitter"_s);
    split->addWidget(m_view);
    split->addWidget(m_card);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_stack->addWidget(split);
    m_stack->addWidget(m_empty);
    auto *customersTab = new QWidget(this);
    auto *cl = new QVBoxLayout(customersTab);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addLayout(filters);
    cl->addWidget(m_stack, 1);
    m_tabs->setObjectName(u"archivesTabs"_s);
    m_tabs->addTab(customersTab, tr("Customers"));
    m_tabs->addTab(m_quality, tr("Data quality"));
    m_tabs->addTab(m_churnPage, tr("Churn"));
    m_tabs->addTab(m_requests, tr("Personal-data requests"));
    if (app.session.can(Permission::EditCustomers) && app.session.can(Permission::ExportData)) {
        m_retention = new privacy::RetentionPage(app, this);
        m_tabs->addTab(m_retention, tr("Retention review"));
    }
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (m_tabs->widget(i) == m_quality)
            m_quality->reload();
        else if (m_tabs->widget(i) == m_churnPage)
            m_churnPage->reload();
        else if (m_tabs->widget(i) == m_requests)
            m_requests->reload();
        else if (m_retention && m_tabs->widget(i) == m_retention)
            m_retention->reload();
    });
    connect(m_quality, &DataQualityPage::openCustomer, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        openCustomer(id);
    });
    connect(m_churnPage, &ChurnPage::showAtRisk, this, [this] {
        m_tabs->setCurrentIndex(0);
        // Exactly the customers at risk: no search text or filter left from earlier narrows them.
        {
            const QSignalBlocker b1(m_city), b2(m_source), b3(m_model_), b4(m_vip), b5(m_tag), b6(m_churn);
            for (QComboBox *c : {m_city, m_source, m_model_, m_vip, m_tag})
                c->setCurrentIndex(0);
            m_search->clear();
            m_churn->setCurrentIndex(m_churn->findData(int(data::ChurnState::AtRisk)));
        }
        reloadNow();
    });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &ArchivesPage::reloadNow);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ArchivesPage::reloadNow);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &cur) {
        const data::CustomerListRow *r = m_model->rowAt(cur.row());
        m_card->showCustomer(r ? r->id : 0);
    });
    connect(m_card, &CustomerCard::changed, this, [this](qint64 id) {
        m_openAfterReload = id;
        reloadNow();
    });
    connect(m_worker.get(), &SearchWorker::finished, this, [this](quint64 id, const QVariant &v) {
        if (id != m_pending)
            return;
        const ListAnswer a = v.value<ListAnswer>();
        if (!a.error.isEmpty()) {
            m_count->setText(a.error);
            return;
        }
        m_model->setFirstPage(currentQuery(), a.rows);
        m_firstPageIn = true;
        if (m_total >= 0)
            m_model->setTotal(m_total);
        const bool filtered = !currentQuery().search.isEmpty() || m_city->currentIndex() != 0 || m_source->currentIndex() != 0 ||
                              m_model_->currentIndex() != 0 || m_vip->currentIndex() != 0 || m_churn->currentIndex() != 0 ||
                              m_tag->currentIndex() != 0;
        m_stack->setCurrentIndex(a.rows.isEmpty() && !filtered ? 1 : 0);
        const int row = m_openAfterReload ? m_model->rowOf(m_openAfterReload) : (m_model->rowCount() > 0 ? 0 : -1);
        if (row >= 0)
            m_view->selectRow(row);
        else if (m_openAfterReload)
            showOutsideTheList(m_openAfterReload);
        else
            m_card->showCustomer(0);
        m_openAfterReload = 0;
        emit listReloaded(m_model->rowCount());
    });
    connect(m_countWorker.get(), &SearchWorker::finished, this, [this](quint64 id, const QVariant &v) {
        if (id != m_pendingCount)
            return;
        const ListAnswer a = v.value<ListAnswer>();
        if (!a.cities.isEmpty() && m_city->count() == 1) {
            const QSignalBlocker b1(m_city), b2(m_model_), b3(m_tag);
            for (const QString &c : a.cities)
                m_city->addItem(c, c);
            for (const QString &m : a.models)
                m_model_->addItem(m, m);
            for (const QString &t : a.tags)
                m_tag->addItem(t, t);
        }
        m_count->setText(a.total < 0 ? QString() : tr("%n customer(s)", nullptr, int(a.total)));
        m_total = a.total;
        if (m_firstPageIn && a.total >= 0)
            m_model->setTotal(a.total);
        emit countShown(a.total);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const Error *e = m_model->lastError())
            m_count->setText(e->message);
    });
    reloadNow();
}

ArchivesPage::~ArchivesPage() = default;

data::CustomerQuery ArchivesPage::currentQuery() const
{
    data::CustomerQuery q;
    q.search = m_search->text().trimmed();
    q.city = m_city->currentData().toString();
    q.source = m_source->currentData().toString();
    q.model = m_model_->currentData().toString();
    q.tag = m_tag->currentData().toString();
    q.vip = m_vip->currentData().toInt();
    q.churn = data::ChurnState(m_churn->currentData().toInt());
    q.sort = m_model->query().sort;
    return q;
}

void ArchivesPage::reloadNow()
{
    m_debounce->stop();
    const data::CustomerQuery q = currentQuery();
    const services::Session who = m_app.session;
    m_pending = m_worker->request([q, who](services::Context &ctx) {
        ListAnswer a;
        auto rows = services::CustomerService(ctx).page(who, q, std::nullopt, CustomerListModel::kPageSize);
        if (rows)
            a.rows = *rows;
        else
            a.error = rows.error().message;
        return QVariant::fromValue(a);
    });
    m_firstPageIn = false;
    m_total = -1;
    m_count->setText(tr("counting…"));
    const bool wantChoices = m_city->count() == 1;
    m_pendingCount = m_countWorker->request([q, who, wantChoices](services::Context &ctx) {
        ListAnswer a;
        const auto total = services::CustomerService(ctx).count(who, q);
        a.total = total ? *total : -1;
        if (wantChoices) {
            data::CustomerRepository repo(ctx.db);
            if (auto cities = repo.topCities(30))
                a.cities = *cities;
            if (auto models = repo.topModels(30))
                a.models = *models;
            if (auto tags = repo.topTags(30))
                a.tags = *tags;
        }
        return QVariant::fromValue(a);
    });
}

void ArchivesPage::openCustomer(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_view->selectRow(row);
        return;
    }
    showOutsideTheList(id);
}

void ArchivesPage::showOutsideTheList(qint64 id)
{
    // The customer is not in the list as filtered (opened from the search, or a new customer the
    // filters hide): no row stays highlighted beside a card it does not belong to.
    {
        const QSignalBlocker block(m_view->selectionModel());
        m_view->selectionModel()->clear();
    }
    m_view->viewport()->update();
    m_card->showCustomer(id);
}

void ArchivesPage::importFile()
{
    const QString path =
        askOpenPath(this, tr("Import customers"), QString(), tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty())
        importPath(path);
}

void ArchivesPage::importPath(const QString &path)
{
    rememberFolderOf(path); // the rejected rows are offered beside the source file
    auto table = services::ImportService::readFile(path);
    if (!table) {
        showError(this, tr("Import customers"), table.error());
        return;
    }
    ImportDialog dlg(m_app, *table, QFileInfo(path).fileName(), this);
    if (dlg.exec() == QDialog::Accepted)
        reloadNow();
}

void ArchivesPage::exportList()
{
    const QString path =
        askSavePath(this, tr("Export customers"), tr("customers.xlsx"), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const data::CustomerQuery q = currentQuery();
    const services::Session who = m_app.session;
    const QVariant r = BackgroundJob::run(this, m_app.services.db.spec(), tr("Exporting…"),
                                          [&](services::Context &ctx, const BackgroundJob::Control &c) {
                                              auto n = services::ExportService(ctx).exportCustomers(
                                                  who, q, path, [&c](qint64 done) { c.progress(int(done), 0); }, c.cancel);
                                              return n ? QVariant(*n) : QVariant::fromValue(n.error());
                                          });
    if (BackgroundJob::isError(r))
        showError(this, tr("Export customers"), r.value<Error>());
    else
        QMessageBox::information(this, tr("Export customers"), tr("Exported %1 customers to %2.").arg(r.toLongLong()).arg(path));
}

void ArchivesPage::newCustomer()
{
    CustomerDialog dlg(m_app.services, m_app.session, nullptr, this);
    if (dlg.exec() == QDialog::Accepted) {
        m_openAfterReload = dlg.customerId();
        reloadNow();
    }
}

} // namespace crm::ui::archives
