#include "followups/ui/FollowupReportsPage.h"

#include "frontdesk/ui/FrontdeskFigures.h"

#include "feedback/services/FeedbackService.h"
#include "followups/core/FollowupRules.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::followups::FollowupText;
using crm::services::ReportGroup;

namespace crm::ui::followups {
namespace {
QString percent(double v)
{
    return QLocale().toString(v * 100.0, 'f', 1) + u" %"_s;
}
enum Period { ThisWeek, LastWeek, ThisMonth, LastMonth, ThisQuarter, Custom };
} // namespace

FollowupReportsPage::FollowupReportsPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_period(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_group(new QComboBox(this)), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_feedbackCounts(new QTableWidget(this)), m_feedbackCategory(new QComboBox(this)), m_feedbackItems(new QTreeWidget(this))
{
    setObjectName(u"followupReportsPage"_s);
    m_period->setObjectName(u"reportPeriod"_s);
    m_period->addItems({tr("This week"), tr("Last week"), tr("This month"), tr("Last month"), tr("This quarter"), tr("Custom")});
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setObjectName(u"reportFrom"_s);
    m_to->setObjectName(u"reportTo"_s);
    m_group->setObjectName(u"reportGroup"_s);
    for (ReportGroup g : {ReportGroup::Agent, ReportGroup::Kind, ReportGroup::Week, ReportGroup::Month})
        m_group->addItem(services::FollowupReportService::groupTitle(g), int(g));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"exportReportButton"_s);
    exportButton->setVisible(m_app.session.can(Permission::ExportData));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(u"–"_s, this));
    bar->addWidget(m_to);
    bar->addWidget(m_group);
    bar->addStretch();
    bar->addWidget(refresh);
    bar->addWidget(exportButton);

    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"reportTable"_s);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({QString(), tr("Due"), tr("Completed"), tr("On time"), tr("Reached"),
                                        tr("Completion rate"), tr("On-time rate"), tr("Reached rate")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feedbackCounts->setObjectName(u"feedbackCounts"_s);
    m_feedbackCounts->setColumnCount(4);
    m_feedbackCounts->setHorizontalHeaderLabels({tr("Feedback"), tr("Items"), tr("Open"), tr("Result told")});
    m_feedbackCounts->verticalHeader()->hide();
    m_feedbackCounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feedbackCategory->addItem(tr("All feedback"), QString());
    if (auto cats = services::FeedbackService(app.services).categories())
        for (const data::FeedbackCategory &c : *cats)
            m_feedbackCategory->addItem(crm::feedback::FeedbackText::category(c.code, c.name), c.code);
    m_feedbackItems->setObjectName(u"feedbackItems"_s);
    m_feedbackItems->setRootIsDecorated(false);
    m_feedbackItems->setHeaderLabels(
        {tr("When"), tr("Category"), tr("Customer"), tr("Agent"), tr("Department"), tr("Where it stands"), tr("What was said")});

    auto *feedback = new QWidget(this);
    auto *fl = new QVBoxLayout(feedback);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(m_feedbackCounts);
    fl->addWidget(m_feedbackCategory);
    fl->addWidget(m_feedbackItems, 1);
    // Beside the feedback: the inbound calls (by purpose, agent, hour) and the appointment rates.
    m_desk = new crm::ui::frontdesk::FrontdeskFigures(app, this);
    auto *side = new QTabWidget(this);
    side->setObjectName(u"reportSide"_s);
    side->addTab(feedback, tr("Feedback"));
    side->addTab(m_desk, tr("Inbound calls and appointments"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &FollowupReportsPage::applyPeriod);
    connect(m_group, &QComboBox::currentIndexChanged, this, &FollowupReportsPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentIndex() == Custom)
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_period->currentIndex() == Custom)
            reload();
    });
    connect(m_feedbackCategory, &QComboBox::currentIndexChanged, this, &FollowupReportsPage::reload);
    connect(refresh, &QPushButton::clicked, this, &FollowupReportsPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &FollowupReportsPage::exportReport);
    applyPeriod();
}

void FollowupReportsPage::applyPeriod()
{
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    QDate from, to;
    switch (m_period->currentIndex()) {
    case ThisWeek:
        from = monday, to = monday.addDays(6);
        break;
    case LastWeek:
        from = monday.addDays(-7), to = monday.addDays(-1);
        break;
    case ThisMonth:
        from = firstOfMonth, to = firstOfMonth.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        from = firstOfMonth.addMonths(-1), to = firstOfMonth.addDays(-1);
        break;
    case ThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        break;
    default:
        break;
    }
    const bool custom = !from.isValid();
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    reload();
}

void FollowupReportsPage::reload()
{
    services::FollowupReportService reports(m_app.services);
    auto r = reports.report(m_app.session, m_from->date(), m_to->date(), ReportGroup(m_group->currentData().toInt()));
    if (!r) {
        m_report.reset();
        m_summary->setText(r.error().message.toHtmlEscaped());
        m_table->setRowCount(0);
        return;
    }
    m_report = *r;
    m_desk->showPeriod(m_from->date(), m_to->date());
    m_summary->setText(
        tr("<b>%1</b> tasks due · completion <b>%2</b> · on time <b>%3</b> · reached <b>%4</b> · "
           "%5 calls (%6 reached) · member coverage <b>%7</b> (%8 of %9 members reached in the last %10 days)")
            .arg(r->total.due)
            .arg(percent(r->total.completionRate()), percent(r->total.onTimeRate()), percent(r->total.reachedRate()))
            .arg(r->calls)
            .arg(r->callsReached)
            .arg(percent(r->coverageRate()))
            .arg(r->membersCovered)
            .arg(r->members)
            .arg(r->coverageDays));
    m_table->horizontalHeaderItem(0)->setText(services::FollowupReportService::groupTitle(r->group));
    const QList<services::FollowupFigures> rows = r->rows + QList<services::FollowupFigures>{r->total};
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const services::FollowupFigures &f = rows[i];
        const QStringList cells{f.label,
                                QString::number(f.due),
                                QString::number(f.completed),
                                QString::number(f.onTime),
                                QString::number(f.reached),
                                percent(f.completionRate()),
                                percent(f.onTimeRate()),
                                percent(f.reachedRate())};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i == rows.size() - 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_feedbackCounts->setRowCount(int(r->feedback.size()));
    for (int i = 0; i < r->feedback.size(); ++i) {
        const auto &f = r->feedback[i];
        m_feedbackCounts->setItem(i, 0, new QTableWidgetItem(f.title));
        m_feedbackCounts->setItem(i, 1, new QTableWidgetItem(QString::number(f.items)));
        m_feedbackCounts->setItem(i, 2, new QTableWidgetItem(QString::number(f.open)));
        m_feedbackCounts->setItem(i, 3, new QTableWidgetItem(QString::number(f.told)));
    }
    m_feedbackCounts->resizeColumnsToContents();
    m_feedbackItems->clear();
    auto items =
        reports.feedbackItems(m_app.session, m_from->date(), m_to->date(), m_feedbackCategory->currentData().toString(), 500);
    if (items) {
        QHash<QString, QString> titles;
        for (int i = 1; i < m_feedbackCategory->count(); ++i)
            titles.insert(m_feedbackCategory->itemData(i).toString(), m_feedbackCategory->itemText(i));
        for (const services::FeedbackItem &f : *items)
            new QTreeWidgetItem(m_feedbackItems, {QLocale().toString(f.calledAt.toLocalTime(), QLocale::ShortFormat),
                                                  titles.value(f.category, f.category), f.customerName, f.agentName,
                                                  crm::feedback::FeedbackText::department(f.departmentCode, f.departmentName),
                                                  crm::feedback::FeedbackText::status(f.status), f.text});
        for (int i = 0; i < 6; ++i)
            m_feedbackItems->resizeColumnToContents(i);
    }
}

void FollowupReportsPage::exportReport()
{
    if (!m_report)
        return;
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s +
        tr("follow-up report %1 to %2").arg(m_report->from.toString(Qt::ISODate), m_report->to.toString(Qt::ISODate)) +
        u".xlsx"_s;
    const QString path = askSavePath(this, tr("Export report"), suggested, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = services::FollowupReportService(m_app.services).exportReport(m_app.session, *m_report, path); !r)
        showError(this, tr("Export report"), r.error());
}

} // namespace crm::ui::followups
