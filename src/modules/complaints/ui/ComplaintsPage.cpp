#include "complaints/ui/ComplaintsPage.h"

#include "complaints/ui/CaseLook.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Widgets.h"

#include "archives/services/DocumentService.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "services/PdfDocument.h"
#include "services/SettingsService.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Keys.h"
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
ComplaintsPage::ComplaintsPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_tabs(new QTabWidget(this)), m_state(new QComboBox(this)), m_level(new QComboBox(this)),
      m_category(new QComboBox(this)), m_text(new QLineEdit(this)), m_list(new QTreeWidget(this)), m_case(new QWidget(this)),
      m_empty(new EmptyState(tr("No complaint selected"), tr("Choose a case on the left, or register a new complaint (Ctrl+N)."),
                             this)),
      m_header(new QLabel(this)), m_deadlines(new QTreeWidget(this)), m_details(new QLabel(this)), m_actions(new QHBoxLayout),
      m_events(new QTreeWidget(this)), m_files(new QListWidget(this)), m_attention(new QTreeWidget(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_group(new QComboBox(this)), m_stats(new QTableWidget(this)),
      m_statsSummary(new QLabel(this))
{
    setObjectName(u"complaintsPage"_s);
    // --- Cases -------------------------------------------------------------------------------
    m_state->setObjectName(u"complaintState"_s);
    m_state->addItem(tr("Open"), u"open"_s);
    m_state->addItem(tr("Closed"), u"closed"_s);
    m_state->addItem(tr("All"), QString());
    m_level->addItem(tr("Every level"), QString());
    for (const QString &l : ComplaintText::levels())
        m_level->addItem(ComplaintText::level(l), l);
    m_category->addItem(tr("Every category"), QString());
    for (const QString &c : ComplaintText::categories())
        m_category->addItem(ComplaintText::category(c), c);
    m_text->setObjectName(u"complaintSearch"_s);
    m_text->setPlaceholderText(tr("Number or customer"));
    m_text->setClearButtonEnabled(true);
    auto *newButton = new QPushButton(tr("&New complaint…"), this);
    newButton->setObjectName(u"newComplaintButton"_s);
    newButton->setShortcut(Keys::sequence(PageKey::New));
    newButton->setVisible(m_app.session.can(Permission::HandleComplaints));
    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_state, m_level, m_category, m_text})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(newButton);
    m_list->setObjectName(u"complaintList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Number"), tr("Registered"), tr("Customer"), tr("Category"), tr("Level"), tr("Status")});
    m_list->setAlternatingRowColors(true);

    m_header->setObjectName(u"complaintHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setOpenExternalLinks(false);
    m_deadlines->setObjectName(u"complaintDeadlines"_s);
    m_deadlines->setRootIsDecorated(false);
    m_deadlines->setHeaderLabels({tr("Deadline"), tr("Due"), tr("State"), tr("How it was counted")});
    m_deadlines->setMaximumHeight(110);
    m_details->setObjectName(u"complaintDetails"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_details);
    m_events->setObjectName(u"complaintEvents"_s);
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    auto *caseLayout = new QVBoxLayout(m_case);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->addWidget(m_header);
    caseLayout->addWidget(m_deadlines);
    caseLayout->addLayout(m_actions);
    auto *caseSplit = new QSplitter(Qt::Vertical, m_case);
    caseSplit->addWidget(detailsScroll);
    caseSplit->addWidget(m_events);
    m_files->setObjectName(u"complaintFiles"_s);
    m_files->setToolTip(tr("Evidence attached to the case; double-click to open"));
    caseSplit->addWidget(m_files);
    caseSplit->setSizes({300, 200, 60});
    connect(m_files, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        auto path = services::DocumentService(m_app.services).openPath(m_app.session, item->data(Qt::UserRole).toLongLong());
        if (!path) {
            showError(this, tr("Complaints"), path.error()); // e.g. the stored file was changed: not opened
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(*path));
    });
    caseLayout->addWidget(caseSplit, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(m_case);
    m_case->hide();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *cases = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(cases);
    casesLayout->addLayout(bar);
    casesLayout->addWidget(split, 1);
    m_tabs->addTab(cases, tr("Cases"));

    // --- Needs attention ---------------------------------------------------------------------
    m_attention->setObjectName(u"attentionList"_s);
    m_attention->setRootIsDecorated(false);
    m_attention->setHeaderLabels({tr("Number"), tr("Customer"), tr("Level"), tr("Status"), tr("Deadline"), tr("Due"),
                                  tr("Deadline state"), tr("Responsible")});
    m_tabs->addTab(m_attention, tr("Needs attention"));

    // --- Register and statistics -------------------------------------------------------------
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1));
    m_to->setDate(today);
    m_group->setObjectName(u"statsGroup"_s);
    const QList<QPair<QString, QString>> groups{{u"category"_s, tr("By category")},
                                                {u"level"_s, tr("By level")},
                                                {u"department"_s, tr("By department")},
                                                {u"channel"_s, tr("By channel")},
                                                {u"month"_s, tr("By month")}};
    for (const auto &[id, title] : groups)
        m_group->addItem(title, id);
    auto *exportButton = new QPushButton(tr("&Export register…"), this);
    exportButton->setVisible(m_app.session.can(Permission::ExportData));
    auto *review = new QPushButton(tr("Last month's review"), this);
    review->setToolTip(tr("The cases registered last month, with their timeliness (the monthly review, due by the 10th)"));
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Save as &PDF…"), this);
    connect(review, &QPushButton::clicked, this, [this] {
        const QDate first = QDate(m_app.services.clock.nowUtc().toLocalTime().date().year(),
                                  m_app.services.clock.nowUtc().toLocalTime().date().month(), 1);
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(first.addMonths(-1));
        m_to->setDate(first.addDays(-1));
        loadStatistics();
    });
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer;
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dlg(&printer, this);
        if (dlg.exec() != QDialog::Accepted)
            return;
        QTextDocument doc;
        doc.setHtml(registerHtml());
        doc.print(&printer);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(
            this, tr("Save as PDF"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s +
                tr("complaint register %1 to %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)) +
                u".pdf"_s,
            tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = saveRegisterPdf(path); !r)
            showError(this, tr("Save as PDF"), r.error());
    });
    auto *statsBar = new QHBoxLayout;
    statsBar->addWidget(new QLabel(tr("Registered from"), this));
    statsBar->addWidget(m_from);
    statsBar->addWidget(new QLabel(tr("to"), this));
    statsBar->addWidget(m_to);
    statsBar->addWidget(m_group);
    statsBar->addWidget(review);
    statsBar->addStretch();
    statsBar->addWidget(print);
    statsBar->addWidget(pdf);
    statsBar->addWidget(exportButton);
    m_stats->setObjectName(u"complaintStats"_s);
    m_stats->setColumnCount(7);
    m_stats->setHorizontalHeaderLabels({QString(), tr("Registered"), tr("Open"), tr("Closed"), tr("Closed on time"),
                                        tr("On-time rate"), tr("Average handling (working h)")});
    m_stats->verticalHeader()->hide();
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statsSummary->setObjectName(u"statsSummary"_s);
    auto *stats = new QWidget(this);
    auto *statsLayout = new QVBoxLayout(stats);
    statsLayout->addLayout(statsBar);
    statsLayout->addWidget(m_statsSummary);
    statsLayout->addWidget(m_stats, 1);
    m_tabs->addTab(stats, tr("Register and statistics"));

    // --- Holiday calendar --------------------------------------------------------------------
    if (m_app.session.can(Permission::EditSettings)) {
        m_year = new QComboBox(this);
        for (int y = today.year() - 2; y <= today.year() + 1; ++y)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->findData(today.year()));
        m_calendar = new QTableWidget(this);
        m_calendar->setObjectName(u"calendarTable"_s);
        m_calendar->setColumnCount(4);
        m_calendar->setHorizontalHeaderLabels({tr("Day"), tr("Kind"), tr("Name"), tr("Source")});
        m_calendar->verticalHeader()->hide();
        m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
        auto *add = new QPushButton(tr("Add or change a day…"), this);
        auto *import = new QPushButton(tr("Import the year's arrangement…"), this);
        import->setObjectName(u"importCalendarButton"_s);
        auto *calBar = new QHBoxLayout;
        calBar->addWidget(new QLabel(tr("Year:"), this));
        calBar->addWidget(m_year);
        calBar->addStretch();
        calBar->addWidget(add);
        calBar->addWidget(import);
        auto *note = new QLabel(tr("Weekends are off unless listed as make-up working days (调休). Shipped: the State Council's "
                                   "arrangements for %1. Import a later year when it is published: one line per day, "
                                   "e.g. \"2027-02-06,holiday,春节\" or \"2027-02-14,workday,春节调休\".")
                                    .arg(u"2024–2026"_s),
                                this);
        note->setWordWrap(true);
        auto *cal = new QWidget(this);
        auto *calLayout = new QVBoxLayout(cal);
        calLayout->addLayout(calBar);
        calLayout->addWidget(note);
        calLayout->addWidget(m_calendar, 1);
        m_tabs->addTab(cal, tr("Holiday calendar"));
        connect(m_year, &QComboBox::currentIndexChanged, this, &ComplaintsPage::loadCalendar);
        connect(add, &QPushButton::clicked, this, &ComplaintsPage::addCalendarDay);
        connect(import, &QPushButton::clicked, this, &ComplaintsPage::importCalendar);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (QComboBox *c : {m_state, m_level, m_category})
        connect(c, &QComboBox::currentIndexChanged, this, &ComplaintsPage::loadList);
    connect(m_text, &QLineEdit::textChanged, this, &ComplaintsPage::loadList);
    connect(newButton, &QPushButton::clicked, this, [this] { registerNew(); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showCase(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_attention, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openComplaint(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { reload(); });
    connect(m_from, &QDateEdit::dateChanged, this, &ComplaintsPage::loadStatistics);
    connect(m_to, &QDateEdit::dateChanged, this, &ComplaintsPage::loadStatistics);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ComplaintsPage::loadStatistics);
    connect(exportButton, &QPushButton::clicked, this, &ComplaintsPage::exportRegister);
    reload();
}

void ComplaintsPage::reload()
{
    m_clocks.clear();
    switch (m_tabs->currentIndex()) {
    case 0:
        loadList();
        break;
    case 1:
        loadAttention();
        break;
    case 2:
        loadStatistics();
        break;
    default:
        loadCalendar();
        break;
    }
}

void ComplaintsPage::loadList()
{
    data::ComplaintFilter f;
    f.state = m_state->currentData().toString();
    f.level = m_level->currentData().toString();
    f.category = m_category->currentData().toString();
    f.text = m_text->text();
    auto rows = services::ComplaintService(m_app.services).list(m_app.session, f);
    const qint64 keep = m_current;
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!rows) {
        showError(this, tr("Complaints"), rows.error());
        return;
    }
    QTreeWidgetItem *select = nullptr;
    for (const data::ComplaintRow &r : *rows) {
        auto *item =
            new QTreeWidgetItem(m_list, {r.number, when(r.registeredAt), r.customerName, ComplaintText::category(r.category),
                                         ComplaintText::level(r.level), ComplaintText::status(r.status)});
        item->setData(0, Qt::UserRole, r.id);
        if (r.level != u"normal"_s)
            item->setForeground(4, QColor(0xc6, 0x28, 0x28));
        if (r.id == keep)
            select = item;
    }
    for (int i = 0; i < m_list->columnCount(); ++i)
        m_list->resizeColumnToContents(i);
    if (select) {
        m_list->setCurrentItem(select);
        showCase(keep);
    } else if (m_list->topLevelItemCount() == 0) {
        m_current = 0;
        m_case->hide();
        m_empty->setTexts(tr("No complaints here"), m_state->currentData() == u"open"_s
                                                        ? tr("No open complaints. Register one with Ctrl+N.")
                                                        : tr("Nothing matches the filter."));
        m_empty->show();
    }
}

} // namespace crm::ui::complaints
