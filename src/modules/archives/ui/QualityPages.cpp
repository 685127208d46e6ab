#include "archives/ui/QualityPages.h"

#include "archives/core/Completeness.h"
#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "archives/services/MergeService.h"
#include "core/Mobile.h"
#include "ui/common/Messages.h"
#include "ui/shell/SearchWorker.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {
namespace {
struct QualityAnswer {
    QList<qint64> bands;
    QList<QPair<services::CustomerCard, int>> incomplete;
    QList<data::DuplicateGroup> duplicates;
    QString error;
};

struct ChurnAnswer {
    services::ChurnStates states;
    services::ReturnRates returns;
    QList<services::CohortRow> rows;
    QList<QPair<QDate, double>> trend;
    QString error;
};

QString missingTitle(const QString &id)
{
    if (id == u"mobile"_s)
        return DataQualityPage::tr("mobile");
    if (id == u"vehicle"_s)
        return DataQualityPage::tr("vehicle");
    if (id == u"plate"_s)
        return DataQualityPage::tr("plate");
    if (id == u"delivery_date"_s)
        return DataQualityPage::tr("delivery date");
    if (id == u"city"_s)
        return DataQualityPage::tr("city");
    if (id == u"birthday"_s)
        return DataQualityPage::tr("birthday");
    if (id == u"address"_s)
        return DataQualityPage::tr("address");
    if (id == u"gender"_s)
        return DataQualityPage::tr("gender");
    if (id == u"source"_s)
        return DataQualityPage::tr("source");
    return id;
}
} // namespace
} // namespace crm::ui::archives
Q_DECLARE_METATYPE(crm::ui::archives::QualityAnswer)
Q_DECLARE_METATYPE(crm::ui::archives::ChurnAnswer)

namespace crm::ui::archives {

DataQualityPage::DataQualityPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_chart(new QChartView(this)), m_incomplete(new QTreeWidget(this)),
      m_duplicates(new QTreeWidget(this)), m_merge(new QPushButton(tr("&Merge selected group…"), this)),
      m_worker(std::make_unique<SearchWorker>(app.services.db.spec()))
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *chartBox = new QGroupBox(tr("Completeness of the archives"), this);
    auto *cl = new QVBoxLayout(chartBox);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    cl->addWidget(m_chart);
    left->addWidget(chartBox, 1);
    auto *incBox = new QGroupBox(tr("Least complete customers (double-click to open)"), this);
    auto *il = new QVBoxLayout(incBox);
    m_incomplete->setObjectName(u"incompleteCustomers"_s);
    m_incomplete->setRootIsDecorated(false);
    m_incomplete->setHeaderLabels({tr("Customer"), tr("Score"), tr("Missing")});
    il->addWidget(m_incomplete);
    left->addWidget(incBox, 1);
    layout->addLayout(left, 3);

    auto *dupBox = new QGroupBox(tr("Possible duplicates (same mobile)"), this);
    auto *dl = new QVBoxLayout(dupBox);
    m_duplicates->setObjectName(u"duplicateGroups"_s);
    m_duplicates->setHeaderLabels({tr("Mobile / customer"), tr("Customer no.")});
    dl->addWidget(m_duplicates);
    m_merge->setObjectName(u"mergeGroup"_s);
    m_merge->setToolTip(tr("Merges the later records of the group into the first (oldest) one. Vehicles, visits and "
                           "history move over; nothing is lost, and the merge can be undone."));
    m_merge->setVisible(m_app.session.can(Permission::EditCustomers));
    dl->addWidget(m_merge);
    layout->addWidget(dupBox, 2);

    connect(m_incomplete, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { emit openCustomer(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_duplicates, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            emit openCustomer(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_merge, &QPushButton::clicked, this, &DataQualityPage::mergeSelected);
    connect(m_worker.get(), &SearchWorker::finished, this, [this](quint64 id, const QVariant &v) {
        if (id != m_pending)
            return;
        const QualityAnswer a = v.value<QualityAnswer>();
        auto *set = new QBarSet(tr("Customers"));
        QStringList bands;
        for (int i = 0; i < a.bands.size(); ++i) {
            *set << double(a.bands[i]);
            bands << (i == 10 ? u"100"_s : u"%1–%2"_s.arg(i * 10).arg(i * 10 + 9));
        }
        auto *series = new QBarSeries;
        series->append(set);
        auto *chart = new QChart;
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(bands);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setLabelFormat(u"%d"_s);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        chart->legend()->hide();
        chart->setTitle(tr("Customers by completeness score"));
        QChart *old = m_chart->chart();
        m_chart->setChart(chart);
        delete old;
        m_incomplete->clear();
        for (const auto &[card, score] : a.incomplete) {
            const data::CustomerRow &c = card.customer;
            QStringList missing;
            for (const QString &m : Completeness::evaluate(data::CustomerRepository::completenessInput(c, card.vehicles)).missing)
                missing << missingTitle(m);
            auto *item = new QTreeWidgetItem(m_incomplete, {c.name, QString::number(score), missing.join(u", "_s)});
            item->setData(0, Qt::UserRole, c.id);
        }
        m_duplicates->clear();
        for (const data::DuplicateGroup &g : a.duplicates) {
            auto *group = new QTreeWidgetItem(m_duplicates, {Mobile::masked(g.mobile), QString()});
            group->setData(0, Qt::UserRole + 1, QVariant::fromValue(g.customerIds));
            for (int i = 0; i < g.customerIds.size(); ++i) {
                auto *c = new QTreeWidgetItem(group, {g.names.value(i), u"#%1"_s.arg(g.customerIds[i])});
                c->setData(0, Qt::UserRole, g.customerIds[i]);
            }
            group->setExpanded(true);
        }
        if (a.duplicates.isEmpty())
            new QTreeWidgetItem(m_duplicates, {tr("No duplicates found."), QString()});
        for (QTreeWidget *t : {m_incomplete, m_duplicates})
            t->resizeColumnToContents(0);
        emit loaded();
    });
}

DataQualityPage::~DataQualityPage() = default;

void DataQualityPage::reload()
{
    const services::Session who = m_app.session;
    m_pending = m_worker->request([who](services::Context &ctx) {
        QualityAnswer a;
        data::CustomerRepository repo(ctx.db);
        if (auto bands = repo.completenessHistogram())
            a.bands = *bands;
        if (auto worst = repo.leastComplete(50)) {
            services::CustomerService s(ctx);
            for (const auto &[id, score] : *worst)
                if (auto card = s.card(who, id))
                    a.incomplete << qMakePair(*card, score);
        }
        if (auto d = services::MergeService(ctx).duplicates(who, 200))
            a.duplicates = *d;
        return QVariant::fromValue(a);
    });
}

void DataQualityPage::mergeSelected()
{
    QTreeWidgetItem *item = m_duplicates->currentItem();
    if (item && item->parent())
        item = item->parent();
    const QList<qint64> ids = item ? item->data(0, Qt::UserRole + 1).value<QList<qint64>>() : QList<qint64>();
    if (ids.size() < 2) {
        QMessageBox::information(this, tr("Merge"), tr("Select a group of duplicates first."));
        return;
    }
    if (!confirm(this, tr("Merge"),
                 tr("Merge %n later record(s) into %1, the oldest record? Their vehicles, visits and history move over.", nullptr,
                    int(ids.size() - 1))
                     .arg(item->childCount() > 0 ? item->child(0)->text(0) : QString()),
                 tr("Merge")))
        return;
    services::MergeService merge(m_app.services);
    QList<qint64> audits;
    for (int i = 1; i < ids.size(); ++i) {
        auto id = merge.merge(m_app.session, ids.first(), ids[i]);
        if (!id) {
            showError(this, tr("Merge"), id.error());
            break;
        }
        audits << *id;
    }
    if (!audits.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Merge"), tr("Merged. The audit log keeps what moved."), QMessageBox::Ok,
                        this);
        QPushButton *undo = box.addButton(tr("&Undo"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == undo)
            for (auto it = audits.crbegin(); it != audits.crend(); ++it)
                if (Status s = merge.undo(m_app.session, *it); !s)
                    showError(this, tr("Merge"), s.error());
    }
    reload();
}

ChurnPage::ChurnPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_month(new QDateEdit(this)), m_by(new QComboBox(this)), m_states(new QLabel(this)),
      m_cohorts(new QTreeWidget(this)), m_trend(new QChartView(this)),
      m_worker(std::make_unique<SearchWorker>(app.services.db.spec()))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const QDate today = localToday(m_app.services.clock);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_month->setObjectName(u"churnMonth"_s);
    m_by->addItem(tr("Whole dealership"), int(services::ChurnService::GroupBy::None));
    m_by->addItem(tr("By model"), int(services::ChurnService::GroupBy::Model));
    m_by->addItem(tr("By service advisor"), int(services::ChurnService::GroupBy::Advisor));
    m_by->setObjectName(u"churnGroupBy"_s);
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_month);
    bar->addWidget(m_by);
    bar->addStretch(1);
    auto *atRisk = new QPushButton(tr("Show at-risk customers"), this);
    bar->addWidget(atRisk);
    layout->addLayout(bar);
    m_states->setObjectName(u"churnStates"_s);
    m_states->setTextFormat(Qt::RichText);
    layout->addWidget(m_states);
    auto *split = new QSplitter(this);
    m_cohorts->setObjectName(u"cohortTable"_s);
    m_cohorts->setRootIsDecorated(false);
    m_cohorts->setHeaderLabels({tr("Group"), tr("Visited in the cohort month"), tr("Not back since"), tr("Churn rate")});
    split->addWidget(m_cohorts);
    m_trend->setRenderHint(QPainter::Antialiasing);
    split->addWidget(m_trend);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    m_trend->setMinimumWidth(420);
    layout->addWidget(split, 1);
    auto *note = new QLabel(tr("Cohort churn for month M: vehicles with a paid visit in month M−N (N = the \"lost\" setting) "
                               "and none since, divided by all vehicles with a paid visit in M−N. Sold, scrapped and moved "
                               "vehicles are excluded."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    connect(m_month, &QDateEdit::dateChanged, this, &ChurnPage::reload);
    connect(m_by, &QComboBox::currentIndexChanged, this, &ChurnPage::reload);
    connect(atRisk, &QPushButton::clicked, this, &ChurnPage::showAtRisk);
    connect(m_worker.get(), &SearchWorker::finished, this, [this](quint64 id, const QVariant &v) {
        if (id != m_pending)
            return;
        const ChurnAnswer a = v.value<ChurnAnswer>();
        if (!a.error.isEmpty()) {
            m_states->setText(a.error.toHtmlEscaped());
            return;
        }
        m_states->setText(
            tr("Vehicles now: <b>%1</b> active · <b style='color:#b26a00'>%2</b> at risk · "
               "<b style='color:#c62828'>%3</b> lost · %4 sold, scrapped or moved")
                .arg(a.states.active)
                .arg(a.states.atRisk)
                .arg(a.states.lost)
                .arg(a.states.excluded) +
            u"<br>"_s +
            tr("First maintenance (首保) return: <b>%1 %</b> of %2 due · second maintenance (二保) return: <b>%3 %</b> of %4 due")
                .arg(QLocale().toString(services::ReturnRates::rate(a.returns.firstReturned, a.returns.firstDue) * 100, 'f', 1))
                .arg(a.returns.firstDue)
                .arg(QLocale().toString(services::ReturnRates::rate(a.returns.secondReturned, a.returns.secondDue) * 100, 'f', 1))
                .arg(a.returns.secondDue));
        m_cohorts->clear();
        for (const services::CohortRow &r : a.rows)
            new QTreeWidgetItem(m_cohorts, {r.group.isEmpty() ? tr("All") : r.group, QString::number(r.cohort),
                                            QString::number(r.churned), QLocale().toString(r.rate() * 100, 'f', 1) + u" %"_s});
        for (int i = 0; i < 4; ++i)
            m_cohorts->resizeColumnToContents(i);
        auto *series = new QLineSeries;
        series->setName(tr("Churn rate %"));
        QList<QPointF> points;
        QStringList labels;
        for (int i = 0; i < a.trend.size(); ++i) {
            points << QPointF(i, a.trend[i].second * 100);
            labels << a.trend[i].first.toString(u"yy-MM"_s);
        }
        series->replace(points); // one call, not point by point
        auto *chart = new QChart;
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(labels);
        auto *y = new QValueAxis;
        y->setRange(0, 100);
        y->setLabelFormat(u"%d %%"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        chart->setTitle(tr("Monthly cohort churn, last 12 months"));
        QChart *old = m_trend->chart();
        m_trend->setChart(chart);
        delete old;
        emit loaded();
    });
}

ChurnPage::~ChurnPage() = default;

void ChurnPage::reload()
{
    const services::Session who = m_app.session;
    const QDate month = QDate(m_month->date().year(), m_month->date().month(), 1);
    const auto by = services::ChurnService::GroupBy(m_by->currentData().toInt());
    const QDate today = localToday(m_app.services.clock);
    m_pending = m_worker->request([who, month, by, today](services::Context &ctx) {
        ChurnAnswer a;
        services::ChurnService churn(ctx);
        auto states = churn.states(who, today);
        auto rows = churn.cohort(who, month, by);
        if (!states || !rows) {
            a.error = (!states ? states.error() : rows.error()).message;
            return QVariant::fromValue(a);
        }
        a.states = *states;
        a.rows = *rows;
        if (auto r = churn.returnRates(who, today))
            a.returns = *r;
        for (int i = 11; i >= 0; --i) {
            const QDate m = month.addMonths(-i);
            auto all = churn.cohort(who, m, services::ChurnService::GroupBy::None);
            a.trend << qMakePair(m, all && !all->isEmpty() ? all->first().rate() : 0.0);
        }
        return QVariant::fromValue(a);
    });
}

} // namespace crm::ui::archives
