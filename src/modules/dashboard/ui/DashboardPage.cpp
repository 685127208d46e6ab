#include "dashboard/ui/DashboardPage.h"

#include "core/Log.h"
#include "dashboard/services/ReportService.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::ui::dashboard {

using crm::dashboard::Period;
using crm::dashboard::State;
using services::Board;
using services::Chart;
using services::Drill;
using services::Tile;

bool DashboardPage::synchronousForTests = false;

DashboardPage::DashboardPage(AppContext &app, QWidget *parent) : QWidget(parent), m_app(app)
{
    setObjectName(u"dashboardPage"_s);
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"periodKind"_s);
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Week"), int(Period::Kind::Week));
    m_prev = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_prev->setObjectName(u"periodPrevious"_s);
    m_next->setObjectName(u"periodNext"_s);
    m_prev->setShortcut(Keys::sequence(PageKey::PeriodPrevious));
    m_next->setShortcut(Keys::sequence(PageKey::PeriodNext));
    m_prev->setToolTip(tr("The previous period (Alt+←)"));
    m_next->setToolTip(tr("The next period (Alt+→)"));
    auto *today = new QPushButton(tr("&Current"), this);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setObjectName(u"periodLabel"_s);
    QFont f = m_periodLabel->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_periodLabel->setFont(f);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(u"refreshBoard"_s);
    refresh->setShortcut(Keys::sequence(PageKey::Refresh));
    refresh->setToolTip(tr("Compute the figures again (F5)"));
    auto *pdf = new QPushButton(tr("Report as &PDF…"), this);
    auto *xlsx = new QPushButton(tr("Report as &XLSX…"), this);
    auto *print = new QPushButton(tr("Pr&int report…"), this);
    pdf->setObjectName(u"exportPdf"_s);
    xlsx->setObjectName(u"exportXlsx"_s);
    print->setShortcut(Keys::sequence(PageKey::Print));
    const bool canExport = m_app.session.can(Permission::ExportData);
    for (QPushButton *b : {pdf, xlsx, print}) {
        b->setEnabled(canExport);
        if (!canExport)
            b->setToolTip(tr("Your role cannot export reports."));
    }
    bar->addWidget(m_kind);
    bar->addWidget(m_prev);
    bar->addWidget(m_periodLabel);
    bar->addWidget(m_next);
    bar->addWidget(today);
    bar->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(u"boardStatus"_s);
    m_status->setStyleSheet(u"color:#607d8b"_s);
    m_status->setWordWrap(true); // wraps in the bar rather than pushing the buttons off a laptop screen
    m_status->setMinimumWidth(120);
    bar->addWidget(m_status);
    bar->addWidget(refresh);
    bar->addWidget(pdf);
    bar->addWidget(xlsx);
    bar->addWidget(print);
    outer->addLayout(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *col = new QVBoxLayout(content);
    m_tiles = new QGridLayout;
    m_tiles->setSpacing(8);
    col->addLayout(m_tiles);
    m_charts = new QGridLayout;
    m_charts->setSpacing(8);
    m_charts->setColumnStretch(0, 1);
    m_charts->setColumnStretch(1, 1);
    col->addLayout(m_charts);
    col->addStretch();
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    QSettings settings;
    const int kind = settings.value(u"dashboard/kind"_s, int(Period::Kind::Month)).toInt();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_period = Period::containing(Period::Kind(kind), m_app.services.clock.nowUtc().toLocalTime().date());
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(u"dashboard/kind"_s, m_kind->currentData().toInt());
        setPeriod(Period::containing(Period::Kind(m_kind->currentData().toInt()), m_period.to));
    });
    connect(m_prev, &QPushButton::clicked, this, [this] { stepPeriod(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { stepPeriod(1); });
    connect(today, &QPushButton::clicked, this,
            [this] { setPeriod(Period::containing(m_period.kind, m_app.services.clock.nowUtc().toLocalTime().date())); });
    connect(refresh, &QPushButton::clicked, this, &DashboardPage::reload);
    connect(pdf, &QPushButton::clicked, this, [this] { exportReport(u"pdf"_s); });
    connect(xlsx, &QPushButton::clicked, this, [this] { exportReport(u"xlsx"_s); });
    connect(print, &QPushButton::clicked, this, &DashboardPage::printReport);

    // The last figures of this period at once (from this desk's cache), then the fresh ones.
    const auto cached = Board::fromJson(QJsonDocument::fromJson(settings.value(cacheKey()).toByteArray()).object());
    if (cached && cached->period.key() == m_period.key())
        display(*cached, true);
    reload();
}

QString DashboardPage::cacheKey() const
{
    return u"dashboard/last/"_s + (m_period.kind == Period::Kind::Week ? u"week"_s : u"month"_s);
}

void DashboardPage::stepPeriod(int delta)
{
    setPeriod(delta < 0 ? m_period.previous() : m_period.next());
}

void DashboardPage::setPeriod(const Period &p)
{
    m_period = p;
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(p.kind))));
    reload();
}

void DashboardPage::reload()
{
    m_periodLabel->setText(
        tr("%1  (%2 – %3)").arg(m_period.key(), m_period.from.toString(u"MM-dd"_s), m_period.to.toString(u"MM-dd"_s)));
    m_next->setEnabled(m_period.to < m_app.services.clock.nowUtc().toLocalTime().date());
    m_loading = true;
    m_status->setText(
        m_board.tiles.isEmpty()
            ? tr("Computing the figures…")
            : tr("Showing the figures of %1; updating…").arg(m_board.computedAt.toLocalTime().toString(u"HH:mm"_s)));
    const int generation = ++m_generation;
    const Period period = m_period;
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    auto done = [this, generation](const QVariant &v) {
        if (generation != m_generation)
            return; // a newer request is under way; its answer will come
        m_loading = false;
        if (BackgroundJob::isError(v)) {
            m_status->setText(tr("The figures could not be computed: %1").arg(v.value<Error>().message));
            return;
        }
        const Board b = Board::fromJson(QJsonDocument::fromJson(v.toByteArray()).object()).value_or(Board{});
        QSettings().setValue(cacheKey(), v.toByteArray());
        display(b, false);
    };
    auto work = [period, who, clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
        services::Context ctx{threadCtx.db, *clock};
        auto b = services::DashboardService(ctx).board(who, period);
        if (!b)
            return QVariant::fromValue(b.error());
        return QJsonDocument(b->toJson()).toJson(QJsonDocument::Compact);
    };
    if (synchronousForTests) {
        done(work(m_app.services, {}));
        return;
    }
    BackgroundJob::start(this, m_app.services.db.spec(), work, done);
}

void DashboardPage::display(const Board &b, bool cached)
{
    m_board = b;
    if (m_tileWidgets.size() != b.tiles.size()) {
        qDeleteAll(m_tileWidgets);
        m_tileWidgets.clear();
        for (int i = 0; i < b.tiles.size(); ++i) {
            auto *t = new TileWidget(this);
            connect(t, &TileWidget::activated, this, &DashboardPage::drill);
            m_tiles->addWidget(t, i / 4, i % 4); // four across fit a laptop beside the sidebar
            m_tileWidgets << t;
        }
    }
    for (int i = 0; i < b.tiles.size(); ++i)
        m_tileWidgets[i]->show(b.tiles[i], b.toDate());
    buildCharts(b);
    const QString at = b.computedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    m_status->setText(cached ? tr("Figures of %1; updating…").arg(at) : tr("Figures as of %1").arg(at));
    if (b.toDate() && b.period.key() == m_period.key()) {
        // Short in the bar; what it is compared with goes beside the time of the figures.
        m_periodLabel->setText(
            tr("%1 to date (%2 – %3)").arg(m_period.key(), m_period.from.toString(u"MM-dd"_s), b.countedTo.toString(u"MM-dd"_s)));
        m_status->setText(m_status->text() + u"  ·  "_s +
                          tr("compared with the same days before, %1 – %2")
                              .arg(b.previous.from.toString(u"MM-dd"_s), b.previous.to.toString(u"MM-dd"_s)));
    }
}

void DashboardPage::buildCharts(const Board &b)
{
    for (QChartView *v : std::as_const(m_chartViews))
        v->deleteLater();
    m_chartViews.clear();
    int i = 0;
    for (const Chart &c : b.charts) {
        auto *chart = new QChart;
        chart->setTitle(c.title);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setVisible(c.series.size() > 1 || c.target.has_value());
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *x = new QBarCategoryAxis(chart);
        x->append(crm::dashboard::AxisLabels::forKeys(c.categories));
        if (c.categories.size() > 8)
            x->setLabelsAngle(-45); // a year of months under a half-width chart
        auto *y = new QValueAxis(chart);
        y->setLabelFormat(c.format == Tile::Format::Percent || c.format == Tile::Format::Index || c.format == Tile::Format::Count
                              ? u"%.0f"_s
                              : u"%.1f"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        double lo = 0, hi = c.format == Tile::Format::Percent ? 100 : 1;
        auto track = [&](double v) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        };
        const Chart chartData = c;
        if (c.kind == Chart::Kind::Bar) {
            auto *series = new QBarSeries(chart);
            for (int s = 0; s < c.series.size(); ++s) {
                auto *set = new QBarSet(c.series[s].name, series);
                set->setColor(Chart::seriesColour(s));
                QList<qreal> values;
                values.reserve(c.series[s].values.size());
                for (const auto &v : c.series[s].values) {
                    values << v.value_or(0.0);
                    track(v.value_or(0.0));
                }
                set->append(values); // one call, not value by value
                connect(set, &QBarSet::hovered, this, [chartData, s](bool on, int index) {
                    if (!on || index < 0 || index >= chartData.categories.size())
                        return QToolTip::hideText();
                    QToolTip::showText(QCursor::pos(), u"%1 · %2: %3"_s.arg(chartData.categories[index], chartData.series[s].name,
                                                                            Tile::text(chartData.format,
                                                                                       chartData.series[s].values.value(index))));
                });
                connect(set, &QBarSet::clicked, this, [this, chartData](int index) {
                    if (index >= 0 && index < chartData.drills.size())
                        drill(chartData.drills[index]);
                });
                series->append(set);
            }
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        } else {
            for (int s = 0; s < c.series.size(); ++s) {
                auto *line = new QLineSeries(chart);
                auto *dots = new QScatterSeries(chart);
                line->setName(c.series[s].name);
                line->setColor(Chart::seriesColour(s));
                dots->setColor(Chart::seriesColour(s));
                dots->setMarkerSize(8);
                QList<QPointF> points;
                for (int k = 0; k < c.series[s].values.size(); ++k)
                    if (c.series[s].values[k]) {
                        points << QPointF(k, *c.series[s].values[k]);
                        track(*c.series[s].values[k]);
                    }
                // Never more points than the plot has pixels.
                points = crm::dashboard::downsample(points, std::max(64, width()));
                line->replace(points);
                dots->replace(points);
                chart->addSeries(line);
                chart->addSeries(dots);
                for (QXYSeries *xy : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(dots)}) {
                    xy->attachAxis(x);
                    xy->attachAxis(y);
                    connect(xy, &QXYSeries::hovered, this, [chartData, s](const QPointF &p, bool on) {
                        const int index = int(std::lround(p.x()));
                        if (!on || index < 0 || index >= chartData.categories.size())
                            return QToolTip::hideText();
                        QToolTip::showText(
                            QCursor::pos(),
                            u"%1 · %2: %3"_s.arg(chartData.categories[index], chartData.series[s].name,
                                                 Tile::text(chartData.format, chartData.series[s].values.value(index))));
                    });
                    connect(xy, &QXYSeries::clicked, this, [this, chartData](const QPointF &p) {
                        const int index = int(std::lround(p.x()));
                        if (index >= 0 && index < chartData.drills.size())
                            drill(chartData.drills[index]);
                    });
                }
                chart->legend()->markers(dots).first()->setVisible(false);
            }
        }
        if (c.target && !c.categories.isEmpty()) {
            auto *target = new QLineSeries(chart);
            target->setName(tr("Target %1").arg(Tile::text(c.format, c.target)));
            QPen pen(QColor(0xc6, 0x28, 0x28));
            pen.setStyle(Qt::DashLine);
            pen.setWidth(2);
            target->setPen(pen);
            target->replace({QPointF(-0.5, *c.target), QPointF(c.categories.size() - 0.5, *c.target)});
            track(*c.target);
            chart->addSeries(target);
            target->attachAxis(x);
            target->attachAxis(y);
        }
        if (c.format == Tile::Format::Nps)
            lo = std::min(lo, -10.0);
        if (c.format == Tile::Format::Percent && lo >= 0 && hi <= 100) {
            y->setRange(0, 100); // a share ends at 100 %, never at a "nice" 120 or 150
            y->setTickCount(6);
        } else {
            y->setRange(lo < 0 ? lo * 1.1 : 0, hi * 1.1);
            y->applyNiceNumbers();
        }
        auto *view = new QChartView(chart, this);
        view->setObjectName(u"chart_"_s + c.id);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(280);
        if (c.categories.isEmpty())
            chart->setTitle(tr("%1 — no figures in this period").arg(c.title));
        m_charts->addWidget(view, i / 2, i % 2);
        m_chartViews.insert(c.id, view);
        ++i;
    }
}

TileWidget *DashboardPage::tileWidget(const QString &id) const
{
    for (TileWidget *t : m_tileWidgets)
        if (t->tile().id == id)
            return t;
    return nullptr;
}

QChartView *DashboardPage::chartView(const QString &id) const
{
    return m_chartViews.value(id);
}

void DashboardPage::drill(const Drill &d)
{
    auto r = services::DashboardService(m_app.services).records(m_app.session, d);
    if (!r) {
        showError(this, tr("Records behind the figure"), r.error());
        return;
    }
    auto *dialog = new DrillDialog(m_app, *r, this);
    m_lastDrill = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_lastDrill == dialog)
            m_lastDrill = nullptr;
    });
    dialog->show();
}

void DashboardPage::exportReport(const QString &suffix)
{
    const QString kind = m_period.kind == Period::Kind::Week ? tr("weekly report") : tr("monthly report");
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' + kind + u' ' + m_period.key() + u'.' + suffix;
    const QString path = askSavePath(this, tr("Save the %1").arg(kind), suggested,
                                     suffix == u"pdf"_s ? tr("PDF (*.pdf)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Period period = m_period;
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant result = BackgroundJob::run(this, m_app.services.db.spec(), tr("Writing the %1…").arg(kind),
                                               [=](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
                                                   services::Context ctx{threadCtx.db, *clock};
                                                   services::ReportService reports(ctx);
                                                   auto r = reports.build(who, period);
                                                   if (!r)
                                                       return QVariant::fromValue(r.error());
                                                   if (auto w = reports.write(who, *r, path); !w)
                                                       return QVariant::fromValue(w.error());
                                                   return path;
                                               });
    if (BackgroundJob::isError(result))
        showError(this, tr("Save the %1").arg(kind), result.value<Error>());
    else
        m_status->setText(tr("Saved %1").arg(path));
}

void DashboardPage::printReport()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Period period = m_period;
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant result = BackgroundJob::run(this, m_app.services.db.spec(), tr("Preparing the report…"),
                                               [=](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
                                                   services::Context ctx{threadCtx.db, *clock};
                                                   auto r = services::ReportService(ctx).build(who, period);
                                                   if (!r)
                                                       return QVariant::fromValue(r.error());
                                                   return QVariant::fromValue(*r);
                                               });
    if (BackgroundJob::isError(result)) {
        showError(this, tr("Print the report"), result.value<Error>());
        return;
    }
    services::ReportService::document(result.value<services::ReportData>())->print(&printer);
}

} // namespace crm::ui::dashboard
