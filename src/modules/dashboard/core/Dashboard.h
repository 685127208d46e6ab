#pragma once
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <optional>

// Pure rules of the manager dashboard: report periods (a week or a month), the red/amber/green
// state of a figure against its target, and thinning long series to the pixels that show them.
namespace crm::dashboard {

enum class Better { Higher, Lower };
enum class State { None, Green, Amber, Red };

// Green when the target is met; amber when missed by no more than `amberMargin` of the target
// (0.1 = 10 %); red beyond that. No value or no target: no state.
State stateFor(std::optional<double> value, std::optional<double> target, Better better, double amberMargin);
QString stateId(State s); // "green", "amber", "red", ""

struct Period {
    enum class Kind { Week, Month };
    Kind kind = Kind::Month;
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid(); }
    QString key() const; // 2026-W47 (ISO week) or 2026-10
    Period previous() const;
    Period next() const;
    // The n periods that end with this one, oldest first.
    QList<Period> trailing(int n) const;
    double days() const { return double(from.daysTo(to) + 1); }

    static Period containing(Kind kind, const QDate &day);
    // "2026-W47" or "2026-10"; nothing for anything else (week 53 only in years that have it).
    static std::optional<Period> parse(const QString &text);
};

// Axis labels for period keys that fit under a chart: "11月" for 2026-11 and "W47" for 2026-W47,
// with the year on the first label and wherever a new year starts ("26年1月"); labels that are not
// period keys (agents, categories) come back as they are. Always distinct, as a category axis needs.
class AxisLabels {
    Q_DECLARE_TR_FUNCTIONS(crm::dashboard::AxisLabels)
public:
    static QStringList forKeys(const QStringList &keys);
};

// At most `maxPoints` points keeping each bucket's first, lowest, highest and last point, so
// peaks survive; series are already in x order. Shorter series come back as they are.
QList<QPointF> downsample(const QList<QPointF> &points, int maxPoints);

} // namespace crm::dashboard
