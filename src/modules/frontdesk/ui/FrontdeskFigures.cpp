#include "frontdesk/ui/FrontdeskFigures.h"

#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/FrontdeskReportService.h"
#include "ui/common/Widgets.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::frontdesk {
namespace {
QString percent(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'f', 1) + u'%' : u"—"_s;
}
} // namespace

FrontdeskFigures::FrontdeskFigures(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_summary(new QLabel(this)),
      m_appointments(tree(this, "appointmentFigures",
                          {tr("Group"), tr("Appointments"), tr("Arrived"), tr("No-shows"), tr("Show rate"), tr("Withdrawn")})),
      m_calls(tree(this, "inboundFigures", {tr("Inbound calls"), tr("Calls")}))
{
    m_summary->setObjectName(u"frontdeskSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_appointments->setRootIsDecorated(true);
    m_calls->setRootIsDecorated(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_appointments);
    split->addWidget(m_calls);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

QString FrontdeskFigures::summary() const
{
    return m_summary->text();
}

void FrontdeskFigures::showPeriod(const QDate &from, const QDate &to)
{
    m_appointments->clear();
    m_calls->clear();
    auto r = services::FrontdeskReportService(m_app.services).report(m_app.session, from, to);
    if (!r) {
        m_summary->setText(r.error().message.toHtmlEscaped());
        return;
    }
    const data::AppointmentFigureSet &a = r->appointments;
    m_summary->setText(tr("<b>%1</b> appointments for %2 service visits · booking rate <b>%3</b> · show rate <b>%4</b> · "
                          "no-shows <b>%5</b> · on time <b>%6</b> · %7 inbound calls")
                           .arg(a.total.appointments)
                           .arg(a.visits)
                           .arg(percent(r->bookingRate()), percent(services::FrontdeskReport::showRate(a.total)),
                                percent(services::FrontdeskReport::noShowRate(a.total)), percent(r->onTimeRate()))
                           .arg(r->inboundCalls));
    services::AppointmentService book(m_app.services);
    auto section = [&](const QString &title, const QList<data::AppointmentCounts> &rows, auto name) {
        auto *top = new QTreeWidgetItem(m_appointments, {title});
        for (const data::AppointmentCounts &c : rows)
            new QTreeWidgetItem(top, {name(c.key), QString::number(c.appointments), QString::number(c.arrived),
                                      QString::number(c.noShows), percent(services::FrontdeskReport::showRate(c)),
                                      QString::number(c.cancelled)});
        top->setExpanded(true);
    };
    section(tr("By source"), a.bySource, [](const QString &k) { return services::AppointmentService::sourceTitle(k); });
    const QHash<QString, QString> jobs = book.titles(u"job_type"_s), purposes = book.titles(u"purpose"_s);
    section(tr("By job"), a.byJob, [&](const QString &k) { return jobs.value(k, k); });
    section(tr("By advisor"), a.byAdvisor, [&](const QString &k) { return k.isEmpty() ? tr("(reception assigns)") : k; });
    auto calls = [&](const QString &title, const QList<data::InboundCount> &rows, auto name) {
        auto *top = new QTreeWidgetItem(m_calls, {title});
        for (const data::InboundCount &c : rows)
            new QTreeWidgetItem(top, {name(c.key), QString::number(c.calls)});
        top->setExpanded(true);
    };
    calls(tr("By purpose"), r->callsByPurpose, [&](const QString &k) { return purposes.value(k, k); });
    calls(tr("By agent"), r->callsByAgent, [&](const QString &k) { return k.isEmpty() ? tr("(no agent)") : k; });
    calls(tr("By hour"), r->callsByHour, [](const QString &k) { return u"%1:00"_s.arg(k.toInt(), 2, 10, QLatin1Char('0')); });
    fit(m_appointments);
    fit(m_calls);
}

} // namespace crm::ui::frontdesk
