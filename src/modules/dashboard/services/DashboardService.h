#pragma once
#include "dashboard/core/Dashboard.h"
#include "dashboard/data/DrillQueries.h"
#include "services/Guard.h"
#include <QColor>

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace crm::services {

namespace settings {
inline const QString kDashboardAmberPercent = QStringLiteral("dashboard.amber_percent");
inline const QString kDashboardMinSample = QStringLiteral("dashboard.min_sample");
QString dashboardTargetKey(const QString &kpi); // dashboard.target.<kpi>
} // namespace settings

// What lies behind a figure: the records a click on a tile, bar or point lists.
struct Drill {
    QString kind; // followup_tasks, member_coverage, survey_responses, complaints, churned, at_risk,
                  // first_return, second_return, members, members_joined, points, referral_leads
    QString key;  // narrows the kind: agent id, survey purpose, "category:…", "department:…", ledger kind …
    QDate from, to;
    bool isValid() const { return !kind.isEmpty(); }
};

struct DrillRecords {
    QString title;
    QStringList headers;
    struct Row {
        QString moduleId; // where the record opens: "complaints" (key = complaint id) or "archives" (customer id)
        qint64 key = 0;
        QStringList cells;
    };
    QList<Row> rows;
    bool truncated = false; // more records exist than the list holds
};

struct Tile {
    enum class Format { Percent, Index, Nps, Count };
    QString id;
    QString title;
    Format format = Format::Count;
    dashboard::Better better = dashboard::Better::Higher;
    std::optional<double> value;
    std::optional<double> previous; // the same figure in the previous period
    std::optional<double> target;
    dashboard::State state = dashboard::State::None;
    QString note; // what the figure counts ("41 of 45 tasks")
    Drill drill;
    // From too few answers to judge (Settings → board: the smallest sample): shown, not coloured.
    bool indicative = false;
    static QString text(Format f, std::optional<double> v);
    QString trendText() const; // "▲ 3.2 pts" against the previous period, or empty
    // Shared by the screen, the printed report and the PDF so all three read alike.
    static QString stateTitle(dashboard::State s);  // "on target" …, empty without a state
    static QString stateColour(dashboard::State s); // "#rrggbb"; grey without a state
};

struct Chart {
    enum class Kind { Line, Bar };
    QString id;
    QString title;
    Kind kind = Kind::Line;
    Tile::Format format = Tile::Format::Count;
    QStringList categories; // x labels (period keys, categories, agents)
    struct Series {
        QString name;
        QList<std::optional<double>> values; // one per category; none = no figure
    };
    QList<Series> series;
    QList<Drill> drills;          // one per category
    std::optional<double> target; // drawn as a line when set
    static QColor seriesColour(int series);
};

struct Board {
    dashboard::Period period;
    // For a running period, the same days of the previous one (1–3 December against 1–3
    // November), so a month three days old is not compared with a whole month.
    dashboard::Period previous;
    QDate countedTo; // the last day counted when the period is still running; invalid otherwise
    bool toDate() const { return countedTo.isValid(); }
    QList<Tile> tiles;
    QList<Chart> charts;
    QDateTime computedAt; // UTC
    const Tile *tile(const QString &id) const;
    const Chart *chart(const QString &id) const;
    // The board as JSON (kept by the desk so the last figures show while new ones load).
    QJsonObject toJson() const;
    static std::optional<Board> fromJson(const QJsonObject &o);
};

// The manager's board: every KPI of the department for a week or a month against its target
// and the previous period, the trend charts, and the records behind each figure. Every figure
// comes from the modules' own grouped queries over indexed columns (no figure is computed twice
// in two places), so the board and the module reports always agree.
class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::DashboardService)
public:
    explicit DashboardService(Context ctx) : m_ctx(ctx) {}

    // trendLength: how many weeks or months the trend charts cover, ending with the period.
    Result<Board> board(const Session &who, const dashboard::Period &period, int trendLength = 12);
    Result<DrillRecords> records(const Session &who, const Drill &drill, int limit = 500);
    // The night's work (dealercrm-cli report board): the boards the desk opens on — the month
    // and the week containing `today`, with their trends — so the closed periods' figures the
    // board keeps (return cohorts, members' coverage) are counted before the first look.
    Status countKeptFigures(const Session &who, const QDate &today);

private:
    // The title and headers of a figure's record list (in the reader's language).
    static DrillRecords describe(const data::DrillQuery &d);
    struct Figures;
    Result<Figures> figures(const Session &who, const dashboard::Period &p, bool withSnapshots);
    std::optional<double> target(const QString &kpi, bool zeroMeansNone = false);
    Context m_ctx;
};

} // namespace crm::services
