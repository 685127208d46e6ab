#include "club/ui/ClubReportTab.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "club/ui/Pickers.h"
#include "core/Mobile.h"
#include "leads/services/LeadService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::club::ClubText;

namespace crm::ui::club {

ClubReportTab::ClubReportTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_summary(new QLabel(this)),
      m_tiers(new QTableWidget(this)), m_gifts(new QTableWidget(this)), m_conversion(new QTableWidget(this))
{
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setDate(today);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *show = button(this, tr("Show"), "showClubReportButton");
    auto *exportButton = button(this, tr("Export…"), "exportClubReportButton");
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addStretch();
    bar->addWidget(exportButton);
    m_summary->setObjectName(u"clubSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true); // the figures wrap instead of widening the page
    for (QTableWidget *t : {m_tiers, m_gifts, m_conversion}) {
        t->verticalHeader()->hide();
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_conversion->setObjectName(u"leadConversion"_s);
    auto *tables = new QHBoxLayout;
    tables->addWidget(m_tiers, 1);
    tables->addWidget(m_gifts, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addLayout(tables, 1);
    layout->addWidget(new QLabel(tr("<b>Leads by source</b>"), this));
    layout->addWidget(m_conversion, 1);
    connect(show, &QPushButton::clicked, this, &ClubReportTab::reload);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        services::ClubReportService reports(m_app.services);
        auto r = reports.report(m_app.session, m_from->date(), m_to->date());
        if (!r) {
            showError(this, tr("Export"), r.error());
            return;
        }
        const QString path =
            askSavePath(this, tr("Export club figures"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto s = reports.exportReport(m_app.session, *r, path); !s)
            showError(this, tr("Export"), s.error());
    });
    reload();
}

void ClubReportTab::reload()
{
    auto r = services::ClubReportService(m_app.services).report(m_app.session, m_from->date(), m_to->date());
    if (!r) {
        m_summary->setText(r.error().message.toHtmlEscaped());
        return;
    }
    const QLocale l;
    m_summary->setText(
        tr("<p><b>%1</b> active members (%2 joined in the period, %3 earned or redeemed in the last 12 months). Points: "
           "<b>%4</b> issued, <b>%5</b> redeemed, <b>%6</b> expired, <b>%7</b> outstanding (the liability).</p>")
            .arg(l.toString(r->members), l.toString(r->joined), l.toString(r->activeMembers), l.toString(r->issued),
                 l.toString(r->redeemed), l.toString(r->expired), l.toString(r->outstanding)));
    auto fill = [](QTableWidget *t, const QStringList &headers, const QList<QStringList> &rows) {
        t->clear();
        t->setColumnCount(int(headers.size()));
        t->setHorizontalHeaderLabels(headers);
        t->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i)
            for (int c = 0; c < rows[i].size(); ++c)
                t->setItem(i, c, new QTableWidgetItem(rows[i][c]));
        t->resizeColumnsToContents();
    };
    QList<QStringList> tiers;
    for (const auto &[tier, n] : r->membersByTier)
        tiers << QStringList{ClubText::tier(tier), l.toString(n)};
    fill(m_tiers, {tr("Tier"), tr("Members")}, tiers);
    QList<QStringList> gifts;
    for (const auto &g : r->redemptions)
        gifts << QStringList{g.gift, l.toString(g.orders), l.toString(g.quantity), l.toString(g.points)};
    fill(m_gifts, {tr("Gift"), tr("Orders"), tr("Quantity"), tr("Points")}, gifts);
    QList<QStringList> conversion;
    for (const services::ConversionRow &c : r->leadsBySource)
        conversion << QStringList{ClubText::leadSource(c.key), l.toString(c.leads),
                                  l.toString(c.contacted),     l.toString(c.testDrives),
                                  l.toString(c.ordered),       l.toString(c.delivered),
                                  l.toString(c.lost),          l.toString(c.rate() * 100, 'f', 1) + u" %"_s};
    fill(m_conversion,
         {tr("Source"), tr("Leads"), tr("Contacted"), tr("Test drives"), tr("Ordered"), tr("Delivered"), tr("Lost"),
          tr("Conversion")},
         conversion);
}

} // namespace crm::ui::club
