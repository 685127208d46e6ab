#pragma once
#include "dashboard/services/DashboardService.h"
#include "ui/shell/Module.h"

#include <QDialog>
#include <QFrame>
#include <QWidget>

class QComboBox;
class QLabel;
class QGridLayout;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

class QChartView;

namespace crm::ui::dashboard {

// One KPI: value, target, change against the previous period, and its state as a coloured
// edge. Clicking it (or Enter when focused) lists the records behind it.
class TileWidget final : public QFrame {
    Q_OBJECT
public:
    explicit TileWidget(QWidget *parent = nullptr);
    // `toDate`: the period is still running and is compared with the same days of the previous one.
    void show(const services::Tile &t, bool toDate = false);
    const services::Tile &tile() const { return m_tile; }
signals:
    void activated(const services::Drill &drill);

protected:
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;

private:
    services::Tile m_tile;
    QLabel *m_title, *m_value, *m_target, *m_note;
};

// The records behind a figure; a double click (or Enter) opens one in its module.
class DrillDialog final : public QDialog {
    Q_OBJECT
public:
    DrillDialog(AppContext &app, const services::DrillRecords &records, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    void openCurrent();
    AppContext &m_app;
    services::DrillRecords m_records;
    QTableWidget *m_table;
};

class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(AppContext &app, QWidget *parent = nullptr);
    // Computes the board for the chosen period on a worker thread; the last figures stay
    // on screen meanwhile. In tests, `wait` makes it synchronous.
    void reload();
    void setPeriod(const crm::dashboard::Period &p);
    const services::Board &board() const { return m_board; }
    bool isLoading() const { return m_loading; }
    TileWidget *tileWidget(const QString &id) const;
    QChartView *chartView(const QString &id) const;
    // Drill-down: computed at once (the records are an indexed, limited query) and shown.
    void drill(const services::Drill &d);
    DrillDialog *lastDrill() const { return m_lastDrill; }
    static bool synchronousForTests;

private:
    void display(const services::Board &b, bool cached);
    void buildCharts(const services::Board &b);
    void exportReport(const QString &suffix);
    void printReport();
    void stepPeriod(int delta);
    crm::dashboard::Period currentPeriod() const;
    QString cacheKey() const;

    AppContext &m_app;
    crm::dashboard::Period m_period;
    services::Board m_board;
    bool m_loading = false;
    int m_generation = 0;
    QComboBox *m_kind;
    QLabel *m_periodLabel, *m_status;
    QPushButton *m_prev, *m_next;
    QGridLayout *m_tiles, *m_charts;
    QList<TileWidget *> m_tileWidgets;
    QMap<QString, QChartView *> m_chartViews;
    DrillDialog *m_lastDrill = nullptr;
};

} // namespace crm::ui::dashboard
