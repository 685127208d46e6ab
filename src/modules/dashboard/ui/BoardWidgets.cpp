// The board's own widgets: a tile (value, target, trend; a click lists its records) and the records dialog.
#include "dashboard/ui/DashboardPage.h"

#include "core/Log.h"
#include "dashboard/services/ReportService.h"
#include "ui/common/BackgroundJob.h"
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

using crm::dashboard::State;
using services::Drill;
using services::Tile;

TileWidget::TileWidget(QWidget *parent) : QFrame(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(190);
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(12, 8, 8, 8);
    box->setSpacing(2);
    m_title = new QLabel(this);
    m_value = new QLabel(this);
    m_target = new QLabel(this);
    m_note = new QLabel(this);
    m_value->setObjectName(u"tileValue"_s);
    m_title->setStyleSheet(u"color:#455a64"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_note->setStyleSheet(u"color:#78909c"_s);
    m_note->setWordWrap(true);
    m_target->setWordWrap(true);
    for (QLabel *l : {m_title, m_value, m_target, m_note})
        box->addWidget(l);
}

void TileWidget::show(const Tile &t, bool toDate)
{
    m_tile = t;
    setObjectName(u"tile_"_s + t.id);
    m_title->setText(t.title);
    m_value->setText(Tile::text(t.format, t.value));
    QStringList line;
    if (t.target)
        line << tr("Target %1").arg(Tile::text(t.format, t.target));
    if (const QString trend = t.trendText(); !trend.isEmpty())
        line << (toDate ? tr("%1 vs the same days before").arg(trend) : tr("%1 vs previous").arg(trend));
    m_target->setText(line.join(u"  ·  "_s));
    m_note->setText(t.indicative ? tr("Indicative, too few answers: %1").arg(t.note) : t.note);
    const QString colour = Tile::stateColour(t.state);
    setStyleSheet(u"crm--ui--dashboard--TileWidget { background: white; border: 1px solid #cfd8dc; border-left: 6px solid %1; "
                  u"border-radius: 4px; }"
                  "crm--ui--dashboard--TileWidget:focus { border: 2px solid #1f77b4; border-left: 6px solid %1; }"_s.arg(colour));
    m_value->setStyleSheet(u"color:%1"_s.arg(t.state == State::None ? u"#263238"_s : colour));
    setToolTip(Tile::stateTitle(t.state).isEmpty()
                   ? tr("Click to see the records behind this figure.")
                   : tr("%1. Click to see the records behind this figure.").arg(Tile::stateTitle(t.state)));
    setAccessibleName(t.title + u' ' + m_value->text());
}

void TileWidget::mouseReleaseEvent(QMouseEvent *e)
{
    QFrame::mouseReleaseEvent(e);
    if (m_tile.drill.isValid())
        emit activated(m_tile.drill);
}

void TileWidget::keyPressEvent(QKeyEvent *e)
{
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter || e->key() == Qt::Key_Space) && m_tile.drill.isValid()) {
        emit activated(m_tile.drill);
        return;
    }
    QFrame::keyPressEvent(e);
}

DrillDialog::DrillDialog(AppContext &app, const services::DrillRecords &records, QWidget *parent)
    : QDialog(parent), m_app(app), m_records(records)
{
    setObjectName(u"drillDialog"_s);
    setWindowTitle(records.title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto *box = new QVBoxLayout(this);
    auto *heading = new QLabel(
        records.rows.isEmpty() ? tr("No records behind this figure.")
        : records.truncated ? tr("The first %n record(s); narrow the period to see the rest.", nullptr, int(records.rows.size()))
                            : tr("%n record(s). Double-click one to open it.", nullptr, int(records.rows.size())),
        this);
    box->addWidget(heading);
    m_table = new QTableWidget(int(records.rows.size()), int(records.headers.size()), this);
    m_table->setObjectName(u"drillTable"_s);
    m_table->setHorizontalHeaderLabels(records.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    for (int r = 0; r < records.rows.size(); ++r)
        for (int c = 0; c < records.rows[r].cells.size() && c < records.headers.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(records.rows[r].cells[c]));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    box->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"drillOpen"_s);
    open->setEnabled(!records.rows.isEmpty());
    connect(open, &QPushButton::clicked, this, &DrillDialog::openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DrillDialog::openCurrent);
    connect(new QShortcut(Keys::sequence(PageKey::TileOpen), m_table, nullptr, nullptr, Qt::WidgetShortcut),
            &QShortcut::activated, this, &DrillDialog::openCurrent);
    box->addWidget(buttons);
    if (!records.rows.isEmpty())
        m_table->selectRow(0);
    resize(820, 480);
}

void DrillDialog::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_records.rows.size() || !m_app.open)
        return;
    const auto &r = m_records.rows[row];
    if (r.key <= 0)
        return;
    m_app.open(SearchHit{r.moduleId, {}, {}, r.key});
    accept();
}

} // namespace crm::ui::dashboard
