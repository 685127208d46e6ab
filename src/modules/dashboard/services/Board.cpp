// The board's pieces: how a tile reads (values, states, trends) and the board to and from JSON
// (the page keeps the last board of each period kind and shows it at once).
#include "dashboard/services/DashboardService.h"

#include "club/data/ClubFigures.h"
#include "dashboard/data/DrillQueries.h"

#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "club/core/ClubRules.h"
#include "club/services/ClubReportService.h"
#include "complaints/services/ComplaintService.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupReportService.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"

#include <QJsonArray>
#include <QMap>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::services {

using dashboard::Better;
using dashboard::Period;

namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QJsonValue optJson(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
std::optional<double> optFrom(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
QJsonObject drillJson(const Drill &d)
{
    return {{u"kind"_s, d.kind}, {u"key"_s, d.key}, {u"from"_s, iso(d.from)}, {u"to"_s, iso(d.to)}};
}
Drill drillFrom(const QJsonObject &o)
{
    return {o.value(u"kind"_s).toString(), o.value(u"key"_s).toString(),
            QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate),
            QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate)};
}
} // namespace

QString Tile::text(Format f, std::optional<double> v)
{
    if (!v)
        return u"—"_s;
    switch (f) {
    case Format::Percent:
        return QString::number(*v, 'f', 1) + u" %"_s;
    case Format::Index:
        return QString::number(std::round(*v), 'f', 0);
    case Format::Nps:
        return (*v > 0 ? u"+"_s : QString()) + QString::number(*v, 'f', 1);
    case Format::Count:
        return QLocale().toString(qint64(std::llround(*v)));
    }
    return {};
}

QString Tile::stateTitle(dashboard::State s)
{
    switch (s) {
    case dashboard::State::Green:
        return DashboardService::tr("on target");
    case dashboard::State::Amber:
        return DashboardService::tr("near target");
    case dashboard::State::Red:
        return DashboardService::tr("off target");
    case dashboard::State::None:
        break;
    }
    return {};
}

QString Tile::stateColour(dashboard::State s)
{
    switch (s) {
    case dashboard::State::Green:
        return u"#2e7d32"_s;
    case dashboard::State::Amber:
        return u"#ef8f00"_s;
    case dashboard::State::Red:
        return u"#c62828"_s;
    case dashboard::State::None:
        break;
    }
    return u"#78909c"_s;
}

QColor Chart::seriesColour(int series)
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0x94, 0x67, 0xbd)};
    return colours.at(series % colours.size());
}

QString Tile::trendText() const
{
    if (!value || !previous)
        return {};
    const double d = *value - *previous;
    const QString arrow = std::abs(d) < 1e-9 ? u"="_s : d > 0 ? u"▲"_s : u"▼"_s;
    QString amount;
    switch (format) {
    case Format::Percent:
        amount = DashboardService::tr("%1 pts").arg(QString::number(std::abs(d), 'f', 1));
        break;
    case Format::Index:
    case Format::Nps:
        amount = QString::number(std::abs(d), 'f', format == Format::Index ? 0 : 1);
        break;
    case Format::Count:
        amount = QLocale().toString(qint64(std::llround(std::abs(d))));
        break;
    }
    return arrow + u' ' + amount;
}

const Tile *Board::tile(const QString &id) const
{
    for (const Tile &t : tiles)
        if (t.id == id)
            return &t;
    return nullptr;
}

const Chart *Board::chart(const QString &id) const
{
    for (const Chart &c : charts)
        if (c.id == id)
            return &c;
    return nullptr;
}

QJsonObject Board::toJson() const
{
    QJsonArray ts, cs;
    for (const Tile &t : tiles)
        ts << QJsonObject{{u"id"_s, t.id},
                          {u"title"_s, t.title},
                          {u"format"_s, int(t.format)},
                          {u"better"_s, int(t.better)},
                          {u"value"_s, optJson(t.value)},
                          {u"previous"_s, optJson(t.previous)},
                          {u"target"_s, optJson(t.target)},
                          {u"state"_s, int(t.state)},
                          {u"note"_s, t.note},
                          {u"drill"_s, drillJson(t.drill)},
                          {u"indicative"_s, t.indicative}};
    for (const Chart &c : charts) {
        QJsonArray series, drills;
        for (const Chart::Series &s : c.series) {
            QJsonArray values;
            for (const auto &v : s.values)
                values << optJson(v);
            series << QJsonObject{{u"name"_s, s.name}, {u"values"_s, values}};
        }
        for (const Drill &d : c.drills)
            drills << drillJson(d);
        cs << QJsonObject{{u"id"_s, c.id},
                          {u"title"_s, c.title},
                          {u"kind"_s, int(c.kind)},
                          {u"format"_s, int(c.format)},
                          {u"categories"_s, QJsonArray::fromStringList(c.categories)},
                          {u"series"_s, series},
                          {u"drills"_s, drills},
                          {u"target"_s, optJson(c.target)}};
    }
    return {{u"period"_s, period.key()},
            {u"previousFrom"_s, previous.from.toString(Qt::ISODate)},
            {u"previousTo"_s, previous.to.toString(Qt::ISODate)},
            {u"countedTo"_s, countedTo.toString(Qt::ISODate)},
            {u"computedAt"_s, toStoredUtc(computedAt)},
            {u"tiles"_s, ts},
            {u"charts"_s, cs}};
}

std::optional<Board> Board::fromJson(const QJsonObject &o)
{
    const auto p = Period::parse(o.value(u"period"_s).toString());
    if (!p)
        return std::nullopt;
    Board b;
    b.period = *p;
    b.previous = p->previous();
    if (const QDate to = QDate::fromString(o.value(u"previousTo"_s).toString(), Qt::ISODate); to.isValid())
        b.previous.to = to;
    b.countedTo = QDate::fromString(o.value(u"countedTo"_s).toString(), Qt::ISODate);
    b.computedAt = fromStoredUtc(o.value(u"computedAt"_s).toString());
    for (const QJsonValue &v : o.value(u"tiles"_s).toArray()) {
        const QJsonObject t = v.toObject();
        Tile tile;
        tile.id = t.value(u"id"_s).toString();
        tile.title = t.value(u"title"_s).toString();
        tile.format = Tile::Format(t.value(u"format"_s).toInt());
        tile.better = Better(t.value(u"better"_s).toInt());
        tile.value = optFrom(t.value(u"value"_s));
        tile.previous = optFrom(t.value(u"previous"_s));
        tile.target = optFrom(t.value(u"target"_s));
        tile.state = dashboard::State(t.value(u"state"_s).toInt());
        tile.note = t.value(u"note"_s).toString();
        tile.drill = drillFrom(t.value(u"drill"_s).toObject());
        tile.indicative = t.value(u"indicative"_s).toBool();
        b.tiles << tile;
    }
    for (const QJsonValue &v : o.value(u"charts"_s).toArray()) {
        const QJsonObject c = v.toObject();
        Chart chart;
        chart.id = c.value(u"id"_s).toString();
        chart.title = c.value(u"title"_s).toString();
        chart.kind = Chart::Kind(c.value(u"kind"_s).toInt());
        chart.format = Tile::Format(c.value(u"format"_s).toInt());
        for (const QJsonValue &x : c.value(u"categories"_s).toArray())
            chart.categories << x.toString();
        for (const QJsonValue &s : c.value(u"series"_s).toArray()) {
            Chart::Series series;
            series.name = s.toObject().value(u"name"_s).toString();
            for (const QJsonValue &x : s.toObject().value(u"values"_s).toArray())
                series.values << optFrom(x);
            chart.series << series;
        }
        for (const QJsonValue &d : c.value(u"drills"_s).toArray())
            chart.drills << drillFrom(d.toObject());
        chart.target = optFrom(c.value(u"target"_s));
        b.charts << chart;
    }
    return b;
}

} // namespace crm::services
