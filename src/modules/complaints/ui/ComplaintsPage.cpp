#include "complaints/ui/ComplaintsPage.h"

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
namespace {
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
QString hours(qint64 minutes)
{
    return minutes % 60 ? ComplaintsPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : ComplaintsPage::tr("%1 h").arg(minutes / 60);
}
QColor stateColor(Deadline::State s)
{
    switch (s) {
    case Deadline::State::Overdue:
    case Deadline::State::MetLate:
        return QColor(0xc6, 0x28, 0x28);
    case Deadline::State::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Deadline::State::MetOnTime:
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return {};
    }
}
} // namespace

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
    newButton->setShortcut(QKeySequence::New);
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
    m_attention->setHeaderLabels(
        {tr("Number"), tr("Customer"), tr("Level"), tr("Status"), tr("Deadline"), tr("Due"), tr("State"), tr("Responsible")});
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
        const QString path = QFileDialog::getSaveFileName(
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
    m_stats->setHorizontalHeaderLabels({QString(), tr("Complaints"), tr("Open"), tr("Closed"), tr("Closed on time"),
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
    m_workCalendar.reset();
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

QString ComplaintsPage::countdown(const Deadline &d)
{
    const QDateTime now = m_app.services.clock.nowUtc().toLocalTime();
    switch (d.state) {
    case Deadline::State::Pending:
    case Deadline::State::Warning: {
        if (!m_workCalendar) { // read once per reload, not once per deadline shown
            if (auto cal = services::ComplaintService(m_app.services).calendar())
                m_workCalendar = *cal;
        }
        const qint64 left = m_workCalendar ? m_workCalendar->workingMinutesBetween(now, d.dueAt) : now.secsTo(d.dueAt) / 60;
        return tr("%1 left").arg(hours(left)) + (d.state == Deadline::State::Warning ? tr(" — warning") : QString());
    }
    case Deadline::State::Overdue:
        return tr("overdue by %1").arg(hours(d.lateMin));
    case Deadline::State::Paused:
        return tr("paused (waiting on the customer)");
    case Deadline::State::MetOnTime:
        return tr("met on time, %1").arg(when(d.metAt.toUTC()));
    case Deadline::State::MetLate:
        return tr("met %1 late, %2").arg(hours(d.lateMin), when(d.metAt.toUTC()));
    }
    return {};
}

void ComplaintsPage::showCase(qint64 id)
{
    auto view = services::ComplaintService(m_app.services).view(m_app.session, id);
    if (!view) {
        showError(this, tr("Complaints"), view.error());
        return;
    }
    m_view = *view;
    m_current = id;
    const data::ComplaintRow &r = view->row;
    m_empty->hide();
    m_case->show();
    QString header = u"<span style='font-size:14pt;font-weight:600'>%1</span>&nbsp;&nbsp;%2 · %3 · <b>%4</b>"_s.arg(
        r.number, r.customerName.toHtmlEscaped(), ComplaintText::level(r.level).toHtmlEscaped(),
        ComplaintText::status(r.status).toHtmlEscaped());
    if (!r.parentNumber.isEmpty())
        header += u"<br>"_s + tr("Reopened from %1").arg(r.parentNumber);
    for (const data::ComplaintRow &l : view->linked)
        header += u"<br>"_s + tr("Carried on in %1 (%2)").arg(l.number, ComplaintText::status(l.status));
    if (view->paused)
        header += u"<br><span style='color:#7a5a00'>"_s +
                  tr("Deadlines paused since %1: waiting on the customer").arg(when(r.pausedSince)) + u"</span>"_s;
    m_header->setText(header);

    m_deadlines->clear();
    const crm::complaints::Limits limits = services::ComplaintService(m_app.services).limits(r.level);
    for (const Deadline &d : view->deadlines) {
        QString how = tr("%1 working time from registration (%2)").arg(hours(d.limitMin), ComplaintText::level(r.level));
        if (d.extendMin)
            how += tr(", extended by %1").arg(hours(d.extendMin));
        if (d.pausedMin)
            how += tr(", %1 paused").arg(hours(d.pausedMin));
        how += tr("; weekends and public holidays not counted; warning at %1 %").arg(limits.warnPercent);
        auto *item = new QTreeWidgetItem(m_deadlines,
                                         {ComplaintText::deadline(d.kind),
                                          d.dueAt.isValid() ? QLocale().toString(d.dueAt, QLocale::ShortFormat) : tr("(paused)"),
                                          countdown(d), how});
        if (const QColor c = stateColor(d.state); c.isValid())
            item->setForeground(2, c);
        item->setToolTip(3, how);
    }
    for (int i = 0; i < 3; ++i)
        m_deadlines->resizeColumnToContents(i);

    auto row = [](const QString &label, const QString &value) {
        return value.isEmpty() ? QString()
                               : u"<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(
                                     label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    m_details->setText(
        u"<table>"_s + row(tr("Registered"), when(r.registeredAt) + u" · "_s + r.createdBy) + row(tr("Vehicle"), r.vehicle) +
        row(tr("Channel"), ComplaintText::channel(r.channel)) +
        row(tr("Category"),
            ComplaintText::category(r.category) + u" · "_s + (r.quality ? tr("quality problem") : tr("not a quality problem"))) +
        row(tr("Manufacturer ticket"), r.oemTicket) + row(tr("Description"), r.description) + row(tr("Demand"), r.demand) +
        row(tr("Department"), r.department) + row(tr("Responsible"), r.responsible) + row(tr("Root cause"), r.rootCause) +
        row(tr("Solution"), r.solution) +
        row(tr("Compensation"),
            r.compensationFen ? u"¥ "_s + QLocale().toString(double(r.compensationFen) / 100.0, 'f', 2) : QString()) +
        row(tr("Customer's reply"), r.customerReply) + row(tr("Not established because"), r.invalidReason) + u"</table>"_s);

    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (Step s : view->allowed) {
        auto *b = new QPushButton(ComplaintText::step(s), m_case);
        b->setObjectName(u"step_"_s + stepId(s));
        connect(b, &QPushButton::clicked, this, [this, s] { takeStep(s); });
        m_actions->addWidget(b);
    }
    const bool open = isOpen(statusFromId(r.status).value_or(CaseStatus::Closed));
    if (open && m_app.session.can(Permission::HandleComplaints)) {
        auto *pause = new QPushButton(view->paused ? tr("Resume deadlines") : tr("Wait on customer…"), m_case);
        pause->setObjectName(u"pauseButton"_s);
        connect(pause, &QPushButton::clicked, this, &ComplaintsPage::pauseOrResume);
        m_actions->addWidget(pause);
        auto *edit = new QPushButton(tr("Edit…"), m_case);
        connect(edit, &QPushButton::clicked, this, &ComplaintsPage::editCase);
        m_actions->addWidget(edit);
        auto *attach = new QPushButton(tr("Attach file…"), m_case);
        attach->setObjectName(u"attachButton"_s);
        connect(attach, &QPushButton::clicked, this, &ComplaintsPage::attachFile);
        m_actions->addWidget(attach);
    }
    if (open && m_app.session.can(Permission::ApproveComplaints)) {
        auto *extend = new QPushButton(tr("Extend a deadline…"), m_case);
        extend->setObjectName(u"extendButton"_s);
        connect(extend, &QPushButton::clicked, this, &ComplaintsPage::extendDeadline);
        m_actions->addWidget(extend);
    }
    m_actions->addStretch();

    m_events->clear();
    for (const data::ComplaintEvent &e : view->events) {
        QString what = e.action;
        if (auto s = stepFromId(e.action))
            what = ComplaintText::step(*s).remove(u'…');
        else if (e.action == u"register"_s)
            what = tr("Registered");
        else if (e.action == u"remind"_s)
            what = tr("Reminder (催办)");
        else if (e.action == u"pause"_s)
            what = tr("Waiting on customer");
        else if (e.action == u"resume"_s)
            what = tr("Deadlines resumed");
        else if (e.action == u"extend"_s)
            what = tr("Deadline extended");
        else if (e.action == u"edit"_s)
            what = tr("Edited");
        else if (e.action == u"reopen"_s)
            what = tr("Reopened as");
        else if (e.action == u"attach"_s)
            what = tr("File attached");
        const QString note =
            e.action == u"register"_s && ComplaintText::channels().contains(e.note) ? ComplaintText::channel(e.note) : e.note;
        auto *item = new QTreeWidgetItem(m_events, {when(e.at), e.username, what, note});
        if (e.action == u"remind"_s)
            item->setForeground(2, QColor(0xc6, 0x28, 0x28));
    }
    for (int i = 0; i < 3; ++i)
        m_events->resizeColumnToContents(i);
    m_files->clear();
    if (auto files = services::ComplaintService(m_app.services).attachments(id)) {
        for (const auto &f : *files) {
            auto *item = new QListWidgetItem(u"📎 "_s + f.fileName, m_files);
            item->setData(Qt::UserRole, f.documentId);
        }
        if (files->isEmpty())
            new QListWidgetItem(tr("No files attached"), m_files);
    }
}

void ComplaintsPage::attachFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"), {}, tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (auto r = services::ComplaintService(m_app.services).attachDocument(m_app.session, m_current, path); !r)
        showError(this, tr("Complaints"), r.error());
    showCase(m_current);
}

void ComplaintsPage::openComplaint(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    m_state->setCurrentIndex(m_state->findData(QString()));
    m_current = id;
    loadList();
    showCase(id);
}

void ComplaintsPage::registerNew(const services::ComplaintInput &prefill, const QString &customerName)
{
    services::ComplaintInput in = prefill;
    if (in.channel.isEmpty())
        in.channel = u"phone"_s;
    ComplaintDialog dlg(m_app, in, customerName, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    openComplaint(dlg.complaintId());
}

void ComplaintsPage::takeStep(Step step)
{
    if (!m_view)
        return;
    StepDialog dlg(m_app, m_view->row, step, this);
    const int result = dlg.exec();
    if (result == QDialog::Accepted && dlg.result().reopenedId)
        QMessageBox::information(
            this, tr("Complaints"),
            tr("The customer did not accept. Complaint %1 is opened, linked to %2, and escalated.")
                .arg(services::ComplaintService(m_app.services).view(m_app.session, dlg.result().reopenedId)->row.number,
                     m_view->row.number));
    showCase(m_current); // also after a conflict: the case as it is now
    loadList();
}

void ComplaintsPage::pauseOrResume()
{
    if (!m_view)
        return;
    services::ComplaintService s(m_app.services);
    Status r;
    if (m_view->paused) {
        r = s.resume(m_app.session, m_current, m_view->row.version);
    } else {
        bool ok = false;
        const QString note = QInputDialog::getText(
            this, tr("Wait on customer"), tr("What are you waiting for from the customer?"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        r = s.pause(m_app.session, m_current, m_view->row.version, note);
    }
    if (!r)
        showError(this, tr("Complaints"), r.error());
    showCase(m_current);
}

void ComplaintsPage::extendDeadline()
{
    if (!m_view)
        return;
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Extend a deadline — %1").arg(m_view->row.number));
    auto *form = new QFormLayout(&dlg);
    auto *which = new QComboBox(&dlg);
    for (DeadlineKind k : kDeadlines)
        which->addItem(ComplaintText::deadline(k), int(k));
    which->setCurrentIndex(2);
    auto *amount = new QSpinBox(&dlg);
    amount->setRange(1, 24 * 60);
    amount->setValue(24);
    amount->setSuffix(tr(" working h"));
    auto *reason = new QLineEdit(&dlg);
    form->addRow(tr("Deadline:"), which);
    form->addRow(tr("Extend by:"), amount);
    form->addRow(tr("Reason:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (auto r = services::ComplaintService(m_app.services)
                     .extend(m_app.session, m_current, m_view->row.version, DeadlineKind(which->currentData().toInt()),
                             amount->value(), reason->text());
        !r)
        showError(this, tr("Complaints"), r.error());
    showCase(m_current);
}

void ComplaintsPage::editCase()
{
    if (!m_view)
        return;
    const data::ComplaintRow row = m_view->row;
    ComplaintDialog dlg(m_app, {}, row.customerName, this, &row);
    dlg.exec();
    showCase(m_current);
    loadList();
}

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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the complaint register"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
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
    m_workCalendar.reset();
    loadCalendar();
}

void ComplaintsPage::importCalendar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the year's arrangement"), {}, tr("Text (*.txt *.csv)"));
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
    m_workCalendar.reset();
    loadCalendar();
}

} // namespace crm::ui::complaints
