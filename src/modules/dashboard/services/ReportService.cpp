#include "dashboard/services/ReportService.h"

#include "services/PdfDocument.h"

#include "club/core/ClubRules.h"
#include "followups/core/FollowupRules.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;

namespace crm::services {

using dashboard::Period;

namespace {
// Tick step of 1, 2 or 5 × 10^n giving about five intervals.
double niceStep(double range)
{
    if (range <= 0)
        return 1;
    const double raw = range / 5.0, mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / mag;
    return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString num(qint64 v)
{
    return QLocale().toString(v);
}
QString rate(qint64 part, qint64 whole)
{
    return whole ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : u"—"_s;
}
} // namespace

QString ReportData::title() const
{
    const QString kind = board.period.kind == Period::Kind::Week ? ReportService::tr("Weekly customer-relations report")
                                                                 : ReportService::tr("Monthly customer-relations report");
    return (dealer.isEmpty() ? QString() : dealer + u' ') + kind + u' ' + board.period.key();
}

Result<ReportData> ReportService::build(const Session &who, const Period &period)
{
    ReportData r;
    r.dealer = SettingsService(m_ctx).value(settings::kDealerName);
    auto board = DashboardService(m_ctx).board(who, period);
    if (!board)
        return board.error();
    r.board = *board;
    auto stats = ComplaintService(m_ctx).statistics(who, period.from, period.to, u"category"_s);
    if (!stats)
        return stats.error();
    r.complaintsByCategory = *stats;
    data::ComplaintFilter f;
    f.from = period.from;
    f.to = period.to;
    auto list = ComplaintService(m_ctx).list(who, f, 1000);
    if (!list)
        return list.error();
    r.complaints = *list;
    std::sort(r.complaints.begin(), r.complaints.end(), [](const auto &a, const auto &b) { return a.number < b.number; });
    auto followups = FollowupReportService(m_ctx).report(who, period.from, period.to, ReportGroup::Kind);
    if (!followups)
        return followups.error();
    r.followups = *followups;
    auto club = ClubReportService(m_ctx).report(who, period.from, period.to);
    if (!club)
        return club.error();
    r.club = *club;
    CampaignService campaigns(m_ctx);
    auto running = campaigns.campaigns(who, true);
    if (!running)
        return running.error();
    for (const CampaignRow &c : *running) {
        if (c.startsOn > period.to || c.endsOn < period.from)
            continue;
        auto results = campaigns.results(who, c.id);
        if (!results)
            return results.error();
        r.campaigns << *results;
    }
    auto feedback = FeedbackService(m_ctx).report(who, period.from, period.to);
    if (!feedback)
        return feedback.error();
    r.feedback = *feedback;
    return r;
}

Status ReportService::write(const Session &who, const ReportData &r, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export reports")));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf"_s)
        CRM_TRY(writePdf(r, path));
    else if (suffix == u"xlsx"_s)
        CRM_TRY(writeXlsx(r, path));
    else
        return Error::invalid(tr("Write the report as .pdf or .xlsx, not “%1”.").arg(QFileInfo(path).fileName()));
    return Guard::audit(m_ctx, &who, {u"export"_s, u"report"_s, r.board.period.key(), {}, {{u"format"_s, suffix}}, path});
}

QImage ReportService::renderChart(const Chart &c, const QSize &size)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    const double unit = size.height() / 40.0; // everything scales with the image
    QFont font = p.font();
    font.setPixelSize(int(unit * 1.4));
    p.setFont(font);
    const QFontMetrics fm(font);

    // Value range over every series and the target, always including zero for bars.
    double lo = 0, hi = 0;
    bool any = false;
    for (const Chart::Series &s : c.series)
        for (const auto &v : s.values)
            if (v) {
                lo = any ? std::min(lo, *v) : std::min(0.0, *v);
                hi = any ? std::max(hi, *v) : std::max(0.0, *v);
                any = true;
            }
    if (c.target) {
        lo = std::min(lo, *c.target);
        hi = std::max(hi, *c.target);
    }
    if (c.format == Tile::Format::Percent)
        hi = std::max(hi, 100.0);
    if (hi <= lo)
        hi = lo + 1;
    const double step = niceStep(hi - lo);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;

    // The title belongs to the picture, so a page break never parts them.
    QFont bold = font;
    bold.setBold(true);
    bold.setPixelSize(int(unit * 1.8));
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(unit, 0, size.width() - 2 * unit, unit * 3), Qt::AlignLeft | Qt::AlignVCenter, c.title);
    p.setFont(font);
    const double top = unit * 3;
    const int legendH = int(unit * 3);
    const QRectF plot(fm.horizontalAdvance(u"-10000"_s) + unit, top + unit * 2 + legendH,
                      size.width() - fm.horizontalAdvance(u"-10000"_s) - unit * 3,
                      size.height() - top - unit * 2 - legendH - fm.height() * 3);
    auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };

    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (double v = lo; v <= hi + step / 2; v += step) {
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.save();
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(0, yOf(v) - fm.height() / 2.0, plot.left() - unit / 2, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v, 'f', step < 1 ? 1 : 0));
        p.restore();
    }
    // Legend.
    double lx = plot.left();
    for (int i = 0; i < c.series.size(); ++i) {
        p.fillRect(QRectF(lx, top + unit, unit * 1.5, unit * 1.5), Chart::seriesColour(i));
        p.setPen(Qt::black);
        p.drawText(QPointF(lx + unit * 2, top + unit * 2.3), c.series[i].name);
        lx += unit * 4 + fm.horizontalAdvance(c.series[i].name);
    }
    const int n = int(c.categories.size());
    if (n == 0) {
        p.setPen(Qt::darkGray);
        p.drawText(plot, Qt::AlignCenter, tr("No figures in this period."));
        return img;
    }
    const double slot = plot.width() / n;
    // Category labels: every label when they fit, else every k-th.
    int every = 1;
    int widest = 0;
    const QStringList labels = dashboard::AxisLabels::forKeys(c.categories);
    for (const QString &cat : labels)
        widest = std::max(widest, fm.horizontalAdvance(cat));
    while (every < n && slot * every < widest + unit)
        ++every;
    p.setPen(Qt::black);
    for (int i = 0; i < n; i += every)
        p.drawText(
            QRectF(plot.left() + slot * i - slot * (every - 1) / 2.0, plot.bottom() + unit / 2, slot * every, fm.height() * 2),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, fm.elidedText(labels[i], Qt::ElideRight, int(slot * every)));
    const int series = int(c.series.size());
    for (int s = 0; s < series; ++s) {
        const QColor colour = Chart::seriesColour(s);
        if (c.kind == Chart::Kind::Bar) {
            const double w = slot * 0.8 / series;
            for (int i = 0; i < n && i < c.series[s].values.size(); ++i) {
                const auto v = c.series[s].values[i];
                if (!v)
                    continue;
                const double x = plot.left() + slot * i + slot * 0.1 + w * s;
                p.fillRect(QRectF(QPointF(x, yOf(*v)), QPointF(x + w, yOf(0))).normalized(), colour);
                if (n * series <= 24) {
                    p.setPen(Qt::black);
                    p.drawText(QRectF(x - unit, yOf(*v) - fm.height(), w + 2 * unit, fm.height()),
                               Qt::AlignHCenter | Qt::AlignBottom, Tile::text(c.format, v).remove(u" %"_s));
                }
            }
        } else {
            QPainterPath path;
            bool open = false;
            p.setPen(QPen(colour, unit / 3));
            for (int i = 0; i < n && i < c.series[s].values.size(); ++i) {
                const auto v = c.series[s].values[i];
                if (!v) {
                    open = false; // a gap where a period has no figure
                    continue;
                }
                const QPointF pt(plot.left() + slot * (i + 0.5), yOf(*v));
                if (open)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                open = true;
                p.setBrush(colour);
                p.drawEllipse(pt, unit / 2.5, unit / 2.5);
            }
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
        }
    }
    if (c.target) {
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), unit / 6, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(*c.target)), QPointF(plot.right(), yOf(*c.target)));
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    return img;
}

std::unique_ptr<QTextDocument> ReportService::document(const ReportData &r)
{
    auto doc = std::make_unique<QTextDocument>();
    const Board &b = r.board;
    QString h;
    h += u"<html><body style='font-size:9pt'>"_s;
    h += u"<h1 style='font-size:16pt'>%1</h1>"_s.arg(esc(r.title()));
    if (b.toDate())
        h += u"<p><b>%1</b></p>"_s.arg(esc(tr("The period is still running: figures to %1, compared with the same days of "
                                              "the previous period.")
                                               .arg(b.countedTo.toString(Qt::ISODate))));
    h += u"<p>"_s +
         esc(tr("Period %1 to %2, compared with %3 (%4 to %5). Figures as of %6.")
                 .arg(b.period.from.toString(Qt::ISODate), b.period.to.toString(Qt::ISODate), b.previous.key(),
                      b.previous.from.toString(Qt::ISODate), b.previous.to.toString(Qt::ISODate),
                      b.computedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))) +
         u"</p>"_s;

    h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("1. Key figures against targets")));
    h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
    for (const QString &head :
         {tr("Figure"), tr("This period"), tr("Target"), tr("Previous period"), tr("Change"), tr("State"), tr("Basis")})
        h += u"<th>%1</th>"_s.arg(esc(head));
    h += u"</tr>"_s;
    for (const Tile &t : b.tiles)
        h += u"<tr><td>%1</td><td align='right'><b>%2</b></td><td align='right'>%3</td><td align='right'>%4</td><td>%5</td>"
             "<td style='color:%6'>%7</td><td>%8</td></tr>"_s.arg(
                 esc(t.title), esc(Tile::text(t.format, t.value)), esc(t.target ? Tile::text(t.format, t.target) : QString()),
                 esc(Tile::text(t.format, t.previous)), esc(t.trendText()), Tile::stateColour(t.state),
                 esc(t.indicative ? tr("indicative") : Tile::stateTitle(t.state)), esc(t.note));
    h += u"</table>"_s;

    h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("2. Trends")));
    for (int i = 0; i < b.charts.size(); ++i) {
        const Chart &c = b.charts[i];
        const QUrl url(u"chart://%1"_s.arg(i));
        doc->addResource(QTextDocument::ImageResource, url, renderChart(c, QSize(1600, 620)));
        h += u"<p><img src='%1' width='660'/></p>"_s.arg(url.toString());
    }

    h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("3. Complaints")));
    h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
    for (const QString &head :
         {tr("Category"), tr("Registered"), tr("Open"), tr("Closed"), tr("Closed on time"), tr("Average handling (working h)")})
        h += u"<th>%1</th>"_s.arg(esc(head));
    h += u"</tr>"_s;
    QList<ComplaintStats::Row> rows = r.complaintsByCategory.rows;
    rows << r.complaintsByCategory.total;
    for (const ComplaintStats::Row &row : rows)
        h +=
            u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td><td align='right'>%5</td>"
            "<td align='right'>%6</td></tr>"_s.arg(esc(row.label), num(row.count), num(row.open), num(row.closed),
                                                   rate(row.closedOnTime, row.closed),
                                                   QString::number(row.averageHours(), 'f', 1));
    h += u"</table><p><b>%1</b></p>"_s.arg(esc(tr("Complaint register of the period")));
    if (r.complaints.isEmpty()) {
        h += u"<p>%1</p>"_s.arg(esc(tr("No complaints were registered in the period.")));
    } else {
        h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
        for (const QString &head : {tr("Number"), tr("Registered"), tr("Customer"), tr("Category"), tr("Level"), tr("Status")})
            h += u"<th>%1</th>"_s.arg(esc(head));
        h += u"</tr>"_s;
        for (const data::ComplaintRow &c : r.complaints)
            h += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
                esc(c.number), c.registeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), esc(c.customerName),
                esc(complaints::ComplaintText::category(c.category)), esc(complaints::ComplaintText::level(c.level)),
                esc(complaints::ComplaintText::status(c.status)));
        h += u"</table>"_s;
    }

    h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("4. Follow-up calls")));
    h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
    for (const QString &head : {tr("Task type"), tr("Due"), tr("Completed"), tr("Completion"), tr("On time"), tr("Reached")})
        h += u"<th>%1</th>"_s.arg(esc(head));
    h += u"</tr>"_s;
    QList<FollowupFigures> figures = r.followups.rows;
    figures << r.followups.total;
    for (const FollowupFigures &f : figures)
        h +=
            u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td><td align='right'>%5</td>"
            "<td align='right'>%6</td></tr>"_s.arg(esc(f.label), num(f.due), num(f.completed), rate(f.completed, f.due),
                                                   rate(f.onTime, f.due), rate(f.reached, f.completed));
    h += u"</table><p>%1</p>"_s.arg(
        esc(tr("Calls made: %1, of which reached: %2. Club members reached in the last %3 days: %4 of %5.")
                .arg(num(r.followups.calls), num(r.followups.callsReached))
                .arg(r.followups.coverageDays)
                .arg(num(r.followups.membersCovered), num(r.followups.members))));

    h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("5. Owners' club")));
    h += u"<table border='1' cellspacing='0' cellpadding='3'>"_s;
    const QList<QPair<QString, qint64>> club{{tr("Club members at the period's end"), r.club.members},
                                             {tr("Joined in the period"), r.club.joined},
                                             {tr("Active in the last 12 months"), r.club.activeMembers},
                                             {tr("Points issued"), r.club.issued},
                                             {tr("Points redeemed"), r.club.redeemed},
                                             {tr("Points expired"), r.club.expired},
                                             {tr("Points outstanding"), r.club.outstanding}};
    for (const auto &[label, value] : club)
        h += u"<tr><td>%1</td><td align='right'>%2</td></tr>"_s.arg(esc(label), num(value));
    for (const auto &[tier, count] : r.club.membersByTier)
        h += u"<tr><td>%1</td><td align='right'>%2</td></tr>"_s.arg(esc(tr("%1 members today").arg(club::ClubText::tier(tier))),
                                                                    num(count));
    h += u"</table>"_s;
    if (!r.club.leadsBySource.isEmpty()) {
        h += u"<p><b>%1</b></p><table border='1' cellspacing='0' cellpadding='3'><tr>"_s.arg(esc(tr("Leads by source")));
        for (const QString &head : {tr("Source"), tr("Leads"), tr("Delivered"), tr("Conversion")})
            h += u"<th>%1</th>"_s.arg(esc(head));
        h += u"</tr>"_s;
        for (const ConversionRow &c : r.club.leadsBySource)
            h += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>"_s.arg(
                esc(club::ClubText::leadSource(c.key)), num(c.leads), num(c.delivered), rate(c.delivered, c.leads));
        h += u"</table>"_s;
    }
    if (!r.campaigns.isEmpty()) {
        h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("6. Campaigns")));
        h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
        for (const QString &head : {tr("Campaign"), tr("Targeted"), tr("Called"), tr("Reached"), tr("Accepted"), tr("Booked"),
                                    tr("Arrived"), tr("Came for service"), tr("Amount (yuan)"), tr("Recall completion")})
            h += u"<th>%1</th>"_s.arg(esc(head));
        h += u"</tr>"_s;
        for (const CampaignResults &c : r.campaigns) {
            const campaigns::Funnel &f = c.funnel;
            h += u"<tr><td>%1</td>"_s.arg(esc(c.campaign.name));
            for (qint64 n : {f.targeted, f.called, f.reached, f.accepted, f.booked, f.arrived, f.visits})
                h += u"<td align='right'>%1</td>"_s.arg(num(n));
            h += u"<td align='right'>%1</td><td align='right'>%2</td></tr>"_s.arg(
                QString::number(double(f.amountFen) / 100.0, 'f', 2),
                c.campaign.kind == u"recall"_s ? QString::number(c.recallCompletion, 'f', 1) + u" %"_s : QString());
        }
        h += u"</table>"_s;
    }
    if (r.feedback.total.received) {
        h += u"<h2 style='font-size:12pt'>%1</h2>"_s.arg(esc(tr("7. Feedback to departments")));
        h += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
        for (const QString &head : {tr("Department"), tr("Received"), tr("Answered on time"), tr("Resolved on time"),
                                    tr("Average working hours"), tr("Open"), tr("Overdue")})
            h += u"<th>%1</th>"_s.arg(esc(head));
        h += u"</tr>"_s;
        for (const data::FeedbackFigureRow &d : r.feedback.departments + QList<data::FeedbackFigureRow>{r.feedback.total})
            h += u"<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                 "<td align='right'>%5</td><td align='right'>%6</td><td align='right'>%7</td></tr>"_s.arg(
                     esc(d.name), num(d.received), rate(d.answeredOnTime, d.received), rate(d.resolvedOnTime, d.received),
                     d.timed ? QString::number(double(d.workMinutes) / double(d.timed) / 60.0, 'f', 1) : u"–"_s, num(d.open),
                     num(d.overdue));
        h += u"</table>"_s;
    }
    h += u"</body></html>"_s;
    doc->setHtml(h);
    return doc;
}

Status ReportService::writePdf(const ReportData &r, const QString &path)
{
    return services::writePdf(*document(r), path, r.title());
}

Status ReportService::writeXlsx(const ReportData &r, const QString &path)
{
    auto w = TableWriter::open(path, true);
    if (!w)
        return w.error();
    TableWriter &t = **w;
    const Board &b = r.board;
    auto opt = [](std::optional<double> v) -> QVariant { return v ? QVariant(std::round(*v * 10.0) / 10.0) : QVariant(); };
    CRM_TRY(t.sheet(tr("Key figures"), {tr("Figure"), tr("This period"), tr("Target"), tr("Previous period"), tr("Change"),
                                        tr("State"), tr("Basis")}));
    for (const Tile &k : b.tiles)
        CRM_TRY(t.row({k.title, opt(k.value), opt(k.target), opt(k.previous),
                       k.value && k.previous ? opt(*k.value - *k.previous) : QVariant(), Tile::stateTitle(k.state), k.note}));
    for (const Chart &c : b.charts) {
        QStringList headers{tr("Period or group")};
        for (const Chart::Series &s : c.series)
            headers << s.name;
        CRM_TRY(t.sheet(c.title.left(31), headers));
        for (int i = 0; i < c.categories.size(); ++i) {
            QVariantList row{c.categories[i]};
            for (const Chart::Series &s : c.series)
                row << (i < s.values.size() ? opt(s.values[i]) : QVariant());
            CRM_TRY(t.row(row));
        }
    }
    CRM_TRY(t.sheet(tr("Complaints"), {tr("Category"), tr("Registered"), tr("Open"), tr("Closed"), tr("Closed on time"),
                                       tr("Average handling (working h)")}));
    QList<ComplaintStats::Row> rows = r.complaintsByCategory.rows;
    rows << r.complaintsByCategory.total;
    for (const ComplaintStats::Row &row : rows)
        CRM_TRY(
            t.row({row.label, row.count, row.open, row.closed, row.closedOnTime, std::round(row.averageHours() * 10.0) / 10.0}));
    CRM_TRY(t.sheet(tr("Complaint register"),
                    {tr("Number"), tr("Registered"), tr("Customer"), tr("Category"), tr("Level"), tr("Status")}));
    for (const data::ComplaintRow &c : r.complaints)
        CRM_TRY(t.row({c.number, c.registeredAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), c.customerName,
                       complaints::ComplaintText::category(c.category), complaints::ComplaintText::level(c.level),
                       complaints::ComplaintText::status(c.status)}));
    CRM_TRY(t.sheet(tr("Follow-up calls"), {tr("Task type"), tr("Due"), tr("Completed"), tr("On time"), tr("Reached")}));
    QList<FollowupFigures> figures = r.followups.rows;
    figures << r.followups.total;
    for (const FollowupFigures &f : figures)
        CRM_TRY(t.row({f.label, f.due, f.completed, f.onTime, f.reached}));
    CRM_TRY(t.sheet(tr("Owners' club"), {tr("Figure"), tr("Value")}));
    const QList<QPair<QString, qint64>> club{{tr("Club members at the period's end"), r.club.members},
                                             {tr("Joined in the period"), r.club.joined},
                                             {tr("Active in the last 12 months"), r.club.activeMembers},
                                             {tr("Points issued"), r.club.issued},
                                             {tr("Points redeemed"), r.club.redeemed},
                                             {tr("Points expired"), r.club.expired},
                                             {tr("Points outstanding"), r.club.outstanding}};
    for (const auto &[label, value] : club)
        CRM_TRY(t.row({label, value}));
    CRM_TRY(t.sheet(tr("Campaigns"), {tr("Campaign"), tr("Targeted"), tr("Called"), tr("Reached"), tr("Accepted"), tr("Booked"),
                                      tr("Arrived"), tr("Came for service"), tr("Amount (yuan)"), tr("Recall completion (%)")}));
    for (const CampaignResults &c : r.campaigns) {
        const campaigns::Funnel &f = c.funnel;
        CRM_TRY(t.row({c.campaign.name, f.targeted, f.called, f.reached, f.accepted, f.booked, f.arrived, f.visits,
                       double(f.amountFen) / 100.0, c.campaign.kind == u"recall"_s ? QVariant(c.recallCompletion) : QVariant()}));
    }
    CRM_TRY(t.sheet(tr("Feedback"), {tr("Department or category"), tr("Received"), tr("Answered on time"), tr("Resolved on time"),
                                     tr("Average working hours"), tr("Open"), tr("Overdue")}));
    for (const data::FeedbackFigureRow &d :
         r.feedback.departments + QList<data::FeedbackFigureRow>{r.feedback.total} + r.feedback.categories)
        CRM_TRY(t.row({d.name, d.received, d.answeredOnTime, d.resolvedOnTime,
                       d.timed ? std::round(double(d.workMinutes) / double(d.timed) / 6.0) / 10.0 : 0.0, d.open, d.overdue}));
    return t.finish();
}

} // namespace crm::services
