#include "oem/ui/OemImportTab.h"

#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

Q_DECLARE_METATYPE(crm::services::OemImportResult)

using namespace Qt::StringLiterals;

namespace crm::ui::oem {

using crm::oem::ImportKind;

namespace {

enum MappingColumn { HeaderCell, SampleCell, MeaningCell };

QString number(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

OemImportTab::OemImportTab(AppContext &app, QWidget *parent) : QWidget(parent), m_app(app)
{
    auto *importBox = new QGroupBox(tr("Bring home the manufacturer's file"), this);
    m_kind = new QComboBox(importBox);
    m_kind->setObjectName(u"importKind"_s);
    m_kind->addItem(tr("Their satisfaction survey results (SSI, CSI, NPS)"), int(ImportKind::Surveys));
    if (m_app.session.can(Permission::HandleComplaints))
        m_kind->addItem(tr("Complaint tickets from their hotline"), int(ImportKind::Tickets));
    auto *choose = button(importBox, tr("Choose the &file…"), "chooseImportFile");
    m_file = new QLabel(tr("No file chosen."), importBox);
    m_file->setObjectName(u"importFile"_s);
    m_mapping = table(importBox, u"importMapping"_s, {tr("Column in the file"), tr("First row"), tr("Means")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_mapping->setColumnWidth(HeaderCell, 180);
    m_mapping->setColumnWidth(SampleCell, 220);
    setEmptyHint(m_mapping,
                 tr("Choose the file the manufacturer sent (CSV or XLSX): each column is shown here with its meaning."));
    m_import = button(importBox, tr("&Import"), "runImport");
    m_import->setEnabled(false);
    m_outcome = new QLabel(importBox);
    m_outcome->setObjectName(u"importOutcome"_s);
    m_outcome->setWordWrap(true);
    m_rejects = button(importBox, tr("Save the rows not imported…"), "saveImportRejects");
    m_rejects->setEnabled(false);
    auto *recall =
        new QLabel(tr("Recall VIN lists: create a recall campaign under Campaigns and import the list there."), importBox);
    recall->setStyleSheet(u"color: #555"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind);
    top->addWidget(choose);
    top->addWidget(m_file, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_outcome, 1);
    bottom->addWidget(m_rejects);
    bottom->addWidget(m_import);
    auto *importLayout = new QVBoxLayout(importBox);
    importLayout->addLayout(top);
    importLayout->addWidget(m_mapping, 1);
    importLayout->addLayout(bottom);
    importLayout->addWidget(recall);

    auto *gapBox = new QGroupBox(tr("Their scores beside ours"), this);
    // The manufacturer's results of a month come in the next: last month is the one to read.
    m_month = new QDateEdit(localToday(m_app.services.clock).addMonths(-1), gapBox);
    m_month->setObjectName(u"gapMonth"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_gaps = table(gapBox, u"scoreGaps"_s,
                   {tr("Advisor or consultant"), tr("Their surveys"), tr("Their score"), tr("Their low scores"),
                    tr("Our answers"), tr("Our score"), tr("Gap")});
    m_gaps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gaps->horizontalHeader()->setStretchLastSection(false);
    setEmptyHint(m_gaps, tr("No survey results of the manufacturer for this month yet."));
    auto *gapTop = new QHBoxLayout;
    gapTop->addWidget(new QLabel(tr("Month:"), gapBox));
    gapTop->addWidget(m_month);
    gapTop->addWidget(new QLabel(tr("Scores on 0–100; the gap is theirs less ours."), gapBox), 1);
    auto *gapLayout = new QVBoxLayout(gapBox);
    gapLayout->addLayout(gapTop);
    gapLayout->addWidget(m_gaps, 1);

    auto *box = new QVBoxLayout(this);
    box->addWidget(importBox, 3);
    box->addWidget(gapBox, 2);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &OemImportTab::kindChanged);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = askOpenPath(this, tr("The manufacturer's file"), {}, tr("Tables (*.csv *.xlsx)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_import, &QPushButton::clicked, this, &OemImportTab::runImport);
    connect(m_rejects, &QPushButton::clicked, this, &OemImportTab::saveRejections);
    connect(m_month, &QDateEdit::dateChanged, this, &OemImportTab::loadComparison);
    loadComparison();
}

bool OemImportTab::openFile(const QString &path)
{
    auto table = services::ImportService::readFile(path);
    if (!table) {
        showError(this, tr("The manufacturer's file"), table.error());
        return false;
    }
    m_table = *table;
    m_file->setText(tr("%1: %n row(s), %2", nullptr, int(m_table.rows.size())).arg(QFileInfo(path).fileName(), m_table.encoding));
    m_outcome->clear();
    m_rejects->setEnabled(false);
    kindChanged();
    return true;
}

void OemImportTab::kindChanged()
{
    const auto kind = ImportKind(m_kind->currentData().toInt());
    const QStringList guessed = crm::oem::guessImportMapping(kind, m_table.headers);
    m_mapping->setRowCount(int(m_table.headers.size()));
    for (int r = 0; r < m_table.headers.size(); ++r) {
        put(m_mapping, r, {m_table.headers[r], m_table.rows.isEmpty() ? QString() : m_table.rows.first().value(r)});
        auto *meaning = new QComboBox(m_mapping);
        meaning->addItem(crm::oem::importFieldTitle({}), QString());
        for (const QString &f : crm::oem::importFields(kind))
            meaning->addItem(crm::oem::importFieldTitle(f), f);
        meaning->setCurrentIndex(std::max(0, meaning->findData(guessed.value(r))));
        m_mapping->setCellWidget(r, MeaningCell, meaning);
    }
    m_import->setEnabled(!m_table.headers.isEmpty());
}

QStringList OemImportTab::mapping() const
{
    QStringList out;
    for (int r = 0; r < m_mapping->rowCount(); ++r)
        out << qobject_cast<QComboBox *>(m_mapping->cellWidget(r, MeaningCell))->currentData().toString();
    return out;
}

bool OemImportTab::runImport()
{
    const auto kind = ImportKind(m_kind->currentData().toInt());
    const QStringList map = mapping();
    if (const QString missing = crm::oem::mappingProblem(kind, map); !missing.isEmpty()) {
        m_outcome->setText(missing);
        return false;
    }
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const services::ImportTable table = m_table;
    const QVariant v =
        BackgroundJob::run(this, m_app.services.db.spec(), tr("Importing the manufacturer's file…"),
                           [who, clock, kind, table, map](services::Context &threadCtx, const BackgroundJob::Control &control) {
                               services::Context ctx{threadCtx.db, *clock};
                               auto r =
                                   services::OemService(ctx).importFile(who, kind, table, map, control.progress, control.cancel);
                               return r ? QVariant::fromValue(*r) : QVariant::fromValue(r.error());
                           });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Import the manufacturer's file"), v.value<Error>());
        return false;
    }
    m_result = v.value<services::OemImportResult>();
    QString text = tr("Imported %1, found in the archive %2 (imported before: %3), not found %4, rejected %5.")
                       .arg(m_result.imported)
                       .arg(m_result.matched)
                       .arg(m_result.already)
                       .arg(m_result.notFound.size())
                       .arg(m_result.rejected.size());
    if (m_result.complaints)
        text += u' ' + tr("Complaints registered: %1.").arg(m_result.complaints);
    if (m_result.lowWithoutComplaint)
        text += u' ' + tr("%1 low score(s) for the complaint desk to look at.").arg(m_result.lowWithoutComplaint);
    m_outcome->setText(text);
    m_rejects->setEnabled(!m_result.notFound.isEmpty() || !m_result.rejected.isEmpty());
    loadComparison();
    return true;
}

void OemImportTab::saveRejections()
{
    const QString path = askSavePath(this, tr("Save the rows not imported"), tr("not-imported.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = services::OemService::writeImportReport(path, m_table, m_result); !s)
        showError(this, tr("Save the rows not imported"), s.error());
}

void OemImportTab::loadComparison()
{
    const QDate day = m_month->date();
    const QDate from(day.year(), day.month(), 1);
    auto gaps = services::OemService(m_app.services).comparison(m_app.session, from, from.addMonths(1).addDays(-1));
    if (!gaps) {
        showError(this, tr("Their scores beside ours"), gaps.error());
        return;
    }
    m_gaps->setRowCount(int(gaps->size()));
    for (int r = 0; r < gaps->size(); ++r) {
        const services::ScoreGap &g = gaps->at(r);
        put(m_gaps, r,
            {g.staff.isEmpty() ? tr("(not named)") : g.staff, QString::number(g.oemSurveys), number(g.oemAverage),
             QString::number(g.oemLow), QString::number(g.ourResponses), g.ours ? number(*g.ours) : u"—"_s,
             g.gap() ? number(*g.gap()) : u"—"_s});
        if (g.gap() && std::abs(*g.gap()) >= 10)
            m_gaps->item(r, 6)->setForeground(QColor(u"#c62828"_s));
    }
}

} // namespace crm::ui::oem
