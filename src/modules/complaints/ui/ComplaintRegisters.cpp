// ComplaintsPage: the attention list, the statistics, the monthly register (print, PDF, XLSX) and the holiday calendar.
#include "complaints/ui/ComplaintsPage.h"

#include "complaints/ui/CaseLook.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Widgets.h"

#include "archives/services/DocumentService.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "services/PdfDocument.h"
#include "services/SettingsService.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace crm::complaints;

namespace crm::ui::complaints {

void ComplaintsPage::loadAttention()
{
    services::ComplaintService s(m_app.services);
    if (m_app.session.can(Permission::HandleComplaints))
        (void)s.raiseReminders(m_app.session); // what is due now is raised (once) before it is shown
    auto rows = s.needsAttention(m_app.session);
    m_attention->clear();
    if (!rows) {
        showError(this, tr("Complaints"), rows.error());
        return;
    }
    for (const services::AttentionRow &a : *rows) {
        auto *item =
            new QTreeWidgetItem(m_attention, {a.row.number, a.row.customerName, ComplaintText::level(a.row.level),
                                              ComplaintText::status(a.row.status), ComplaintText::deadline(a.worst.kind),
                                              QLocale().toString(a.worst.dueAt, QLocale::ShortFormat), countdown(a.worst),
                                              a.row.responsible.isEmpty() ? tr("(not yet assigned)") : a.row.responsible});
        item->setData(0, Qt::UserRole, a.row.id);
        item->setForeground(6, stateColor(a.worst.state));
    }
    for (int i = 0; i < m_attention->columnCount(); ++i)
        m_attention->resizeColumnToContents(i);
    m_tabs->setTabText(1, rows->isEmpty() ? tr("Needs attention") : tr("Needs attention (%1)").arg(rows->size()));
}

void ComplaintsPage::loadStatistics()
{
    auto stats = services::ComplaintService(m_app.services)
                     .statistics(m_app.session, m_from->date(), m_to->date(), m_group->currentData().toString());
    m_stats->setRowCount(0);
    if (!stats) {
        m_statsSummary->setText(stats.error().message);
        return;
    }
    m_stats->horizontalHeaderItem(0)->setText(m_group->currentText());
    const QList<services::ComplaintStats::Row> rows = stats->rows + QList<services::ComplaintStats::Row>{stats->total};
    m_stats->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const auto &r = rows[i];
        const QStringList cells{r.label,
                                QString::number(r.count),
                                QString::number(r.open),
                                QString::number(r.closed),
                                QString::number(r.closedOnTime),
                                QLocale().toString(r.onTimeRate() * 100.0, 'f', 1) + u" %"_s,
                                QLocale().toString(r.averageHours(), 'f', 1)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i == rows.size() - 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_stats->setItem(i, c, item);
        }
    }
    m_stats->resizeColumnsToContents();
    m_statsSummary->setText(tr("%1 complaints registered, %2 closed, %3 % of them on time.")
                                .arg(stats->total.count)
                                .arg(stats->total.closed)
                                .arg(QLocale().toString(stats->total.onTimeRate() * 100.0, 'f', 1)));
}

QString ComplaintsPage::registerHtml()
{
    services::ComplaintService s(m_app.services);
    const QString dealer = services::SettingsService(m_app.services).value(services::settings::kDealerName);
    QString html = u"<html><body style='font-size:9pt'><h2>%1</h2><p>%2</p>"_s.arg(
        (dealer.isEmpty() ? QString() : dealer.toHtmlEscaped() + u" · "_s) + tr("Complaint register and statistics"),
        tr("Registered %1 to %2 · printed %3")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate),
                 QLocale().toString(m_app.services.clock.nowUtc().toLocalTime(), QLocale::ShortFormat)));
    html += u"<table border='1' cellspacing='0' cellpadding='3'><tr>"_s;
    for (int c = 0; c < m_stats->columnCount(); ++c)
        html += u"<th>%1</th>"_s.arg(m_stats->horizontalHeaderItem(c)->text().toHtmlEscaped());
    html += u"</tr>"_s;
    for (int r = 0; r < m_stats->rowCount(); ++r) {
        html += u"<tr>"_s;
        for (int c = 0; c < m_stats->columnCount(); ++c)
            html += u"<td>%1</td>"_s.arg(m_stats->item(r, c) ? m_stats->item(r, c)->text().toHtmlEscaped() : QString());
        html += u"</tr>"_s;
    }
    html += u"</table><h3>%1</h3><table border='1' cellspacing='0' cellpadding='3'><tr>"_s.arg(tr("Tracking register"));
    for (const QString &h : {tr("Number"), tr("Registered"), tr("Customer"), tr("Category"), tr("Level"), tr("Department"),
                             tr("Status"), tr("Closed"), tr("Closure")})
        html += u"<th>%1</th>"_s.arg(h.toHtmlEscaped());
    html += u"</tr>"_s;
    data::ComplaintFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (auto rows = s.list(m_app.session, f, 100000)) {
        for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
            QString closure;
            if (auto d = s.deadlines(*it))
                closure = countdown(d->at(2));
            html +=
                u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>"_s
                    .arg(it->number, when(it->registeredAt), it->customerName.toHtmlEscaped(),
                         ComplaintText::category(it->category), ComplaintText::level(it->level), it->department.toHtmlEscaped(),
                         ComplaintText::status(it->status), when(it->closedAt), closure.toHtmlEscaped());
        }
    }
    return html + u"</table></body></html>"_s;
}

Status ComplaintsPage::saveRegisterPdf(const QString &path)
{
    QTextDocument doc;
    doc.setHtml(registerHtml());
    return services::writePdf(doc, path, tr("Complaint register"), QPageLayout::Landscape);
}

void ComplaintsPage::exportRegister()
{
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s +
        tr("complaint register %1 to %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)) +
        u".xlsx"_s;
    const QString path =
        askSavePath(this, tr("Export the complaint register"), suggested, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    data::ComplaintFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (auto r = services::ComplaintService(m_app.services).exportRegister(m_app.session, f, path); !r)
        showError(this, tr("Export the complaint register"), r.error());
}

void ComplaintsPage::loadCalendar()
{
    if (!m_calendar)
        return;
    auto days = services::ComplaintService(m_app.services).calendarDays();
    m_calendar->setRowCount(0);
    if (!days)
        return;
    const int year = m_year->currentData().toInt();
    for (const auto &d : *days) {
        if (d.day.day.year() != year)
            continue;
        const int row = m_calendar->rowCount();
        m_calendar->insertRow(row);
        m_calendar->setItem(row, 0, new QTableWidgetItem(QLocale().toString(d.day.day, u"yyyy-MM-dd ddd"_s)));
        m_calendar->setItem(row, 1, new QTableWidgetItem(d.day.working ? tr("Make-up working day") : tr("Holiday")));
        m_calendar->setItem(row, 2, new QTableWidgetItem(d.day.name));
        m_calendar->setItem(row, 3, new QTableWidgetItem(d.shipped ? tr("shipped") : tr("added here")));
    }
    m_calendar->resizeColumnsToContents();
}

void ComplaintsPage::addCalendarDay()
{
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Holiday calendar"));
    auto *form = new QFormLayout(&dlg);
    auto *day = new QDateEdit(m_app.services.clock.nowUtc().toLocalTime().date(), &dlg);
    day->setCalendarPopup(true);
    day->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *kind = new QComboBox(&dlg);
    kind->addItem(tr("Holiday"), false);
    kind->addItem(tr("Make-up working day"), true);
    auto *name = new QLineEdit(&dlg);
    form->addRow(tr("Day:"), day);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Name:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (auto r = services::ComplaintService(m_app.services)
                     .setCalendarDay(m_app.session, {day->date(), kind->currentData().toBool(), name->text().trimmed()});
        !r)
        showError(this, tr("Holiday calendar"), r.error());
    m_clocks.clear();
    loadCalendar();
}

void ComplaintsPage::importCalendar()
{
    const QString path = askOpenPath(this, tr("Import the year's arrangement"), {}, tr("Text (*.txt *.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(this, tr("Holiday calendar"), Error::io(tr("Cannot read %1: %2").arg(path, f.errorString())));
        return;
    }
    auto r = services::ComplaintService(m_app.services).importArrangement(m_app.session, QString::fromUtf8(f.readAll()));
    if (!r) {
        showError(this, tr("Holiday calendar"), r.error());
        return;
    }
    QMessageBox::information(this, tr("Holiday calendar"), tr("%n day(s) imported.", nullptr, *r));
    m_clocks.clear();
    loadCalendar();
}

} // namespace crm::ui::complaints
