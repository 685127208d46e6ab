#include "surveys/ui/SurveysPage.h"

#include "archives/ui/Dialogs.h"
#include "services/SettingsService.h"
#include "surveys/ui/SurveyForm.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::surveys {
namespace {
QString figure(const std::optional<double> &v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : u"—"_s;
}
} // namespace

SurveysPage::SurveysPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_tabs(new QTabWidget(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_group(new QComboBox(this)), m_purpose(new QComboBox(this)), m_summary(new QLabel(this)), m_scores(new QTableWidget(this)),
      m_distribution(new QLabel(this)), m_freeText(new QTreeWidget(this)), m_openOnly(new QCheckBox(tr("Open only"), this)),
      m_alerts(new QTreeWidget(this))
{
    setObjectName(u"surveysPage"_s);
    const QDate today = m_app.services.clock.nowUtc().toLocalTime().date();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
    m_to->setDate(today);
    m_group->setObjectName(u"surveyGroup"_s);
    const QList<QPair<QString, QString>> groups{{u"template"_s, tr("By survey")},     {u"staff"_s, tr("By consultant / advisor")},
                                                {u"model"_s, tr("By vehicle model")}, {u"question"_s, tr("By question")},
                                                {u"factor"_s, tr("By factor")},       {u"week"_s, tr("By week")},
                                                {u"month"_s, tr("By month")},         {u"quarter"_s, tr("By quarter")}};
    for (const auto &[id, title] : groups)
        m_group->addItem(title, id);
    m_purpose->addItem(tr("Every survey"), QString());
    for (const QString &p : {u"sales"_s, u"service"_s, u"complaint"_s, u"custom"_s})
        m_purpose->addItem(services::SurveyService::purposeTitle(p), p);
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setVisible(m_app.session.can(Permission::ExportData));
    auto *paper = new QPushButton(tr("Enter a paper questionnaire…"), this);
    paper->setObjectName(u"paperButton"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Answered from"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_purpose);
    bar->addWidget(m_group);
    bar->addStretch();
    bar->addWidget(paper);
    bar->addWidget(exportButton);
    m_summary->setObjectName(u"surveySummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_scores->setObjectName(u"surveyScores"_s);
    m_scores->setColumnCount(5);
    m_scores->setHorizontalHeaderLabels({QString(), tr("Responses"), tr("Index (of 1000)"), tr("NPS"), tr("CSAT (%)")});
    m_scores->verticalHeader()->hide();
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->setToolTip(tr("Double-click a row for the responses behind it"));
    m_distribution->setObjectName(u"surveyDistribution"_s);
    m_distribution->setTextFormat(Qt::RichText);
    m_distribution->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_distribution->setMinimumWidth(260);
    auto *analysis = new QWidget(this);
    auto *al = new QVBoxLayout(analysis);
    al->addLayout(bar);
    al->addWidget(m_summary);
    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_scores, 1);
    tableRow->addWidget(m_distribution);
    al->addLayout(tableRow, 1);
    m_tabs->addTab(analysis, tr("Analysis"));
    connect(m_scores, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { drillDown(row); });
    connect(m_scores, &QTableWidget::currentCellChanged, this, [this](int row) { showDistribution(row); });

    m_alerts->setObjectName(u"surveyAlerts"_s);
    m_alerts->setRootIsDecorated(false);
    m_alerts->setHeaderLabels({tr("Raised"), tr("Customer"), tr("Survey"), tr("Staff"), tr("Unhappy answers"), tr("Complaint"),
                               tr("State"), tr("Comment")});
    auto *resolve = new QPushButton(tr("&Resolve…"), this);
    resolve->setObjectName(u"resolveAlertButton"_s);
    resolve->setVisible(m_app.session.can(Permission::HandleComplaints));
    auto *alertBar = new QHBoxLayout;
    m_openOnly->setChecked(true);
    alertBar->addWidget(m_openOnly);
    alertBar->addStretch();
    alertBar->addWidget(resolve);
    auto *alerts = new QWidget(this);
    auto *alertLayout = new QVBoxLayout(alerts);
    alertLayout->addLayout(alertBar);
    alertLayout->addWidget(m_alerts, 1);
    m_tabs->addTab(alerts, tr("Alerts"));
    m_freeText->setObjectName(u"surveyFreeText"_s);
    m_freeText->setRootIsDecorated(false);
    m_freeText->setHeaderLabels({tr("Answered"), tr("Customer"), tr("Survey"), tr("Staff"), tr("What the customer said")});
    m_tabs->addTab(m_freeText, tr("Free-text answers"));

    if (m_app.session.can(Permission::ManageFollowups)) {
        m_templates = new QListWidget(this);
        m_templates->setObjectName(u"templateList"_s);
        m_templateName = new QLineEdit(this);
        m_templateName->setObjectName(u"templateName"_s);
        m_templatePurpose = new QComboBox(this);
        for (const QString &p : {u"sales"_s, u"service"_s, u"complaint"_s, u"custom"_s})
            m_templatePurpose->addItem(services::SurveyService::purposeTitle(p), p);
        m_questions = new QTableWidget(this);
        m_questions->setObjectName(u"questionTable"_s);
        m_questions->setColumnCount(QColumns);
        m_questions->setHorizontalHeaderLabels({tr("Section"), tr("Question"), tr("Answer"), tr("Options (one per line)"),
                                                tr("Factor"), tr("Weight"), tr("NPS"), tr("Required"), tr("Only after Q#"),
                                                tr("… scored at most")});
        m_questions->horizontalHeader()->setSectionResizeMode(QText, QHeaderView::Stretch);
        m_templateNote = new QLabel(this);
        m_templateNote->setWordWrap(true);
        auto *add = new QPushButton(tr("Add question"), this);
        auto *remove = new QPushButton(tr("Remove question"), this);
        auto *up = new QPushButton(tr("Move up"), this);
        auto *save = new QPushButton(tr("Save template"), this);
        save->setObjectName(u"saveTemplateButton"_s);
        auto *copy = new QPushButton(tr("Copy as new…"), this);
        auto *buttons = new QHBoxLayout;
        for (QPushButton *b : {add, remove, up})
            buttons->addWidget(b);
        buttons->addStretch();
        buttons->addWidget(copy);
        buttons->addWidget(save);
        auto *editor = new QWidget(this);
        auto *el = new QVBoxLayout(editor);
        auto *head = new QFormLayout;
        head->addRow(tr("Name:"), m_templateName);
        head->addRow(tr("For:"), m_templatePurpose);
        el->addLayout(head);
        el->addWidget(m_templateNote);
        el->addWidget(m_questions, 1);
        el->addLayout(buttons);
        auto *split = new QSplitter(Qt::Horizontal, this);
        split->addWidget(m_templates);
        split->addWidget(editor);
        split->setStretchFactor(1, 4);
        m_tabs->addTab(split, tr("Templates"));
        connect(m_templates, &QListWidget::currentRowChanged, this, &SurveysPage::showTemplate);
        connect(save, &QPushButton::clicked, this, &SurveysPage::saveTemplate);
        connect(copy, &QPushButton::clicked, this, &SurveysPage::copyTemplate);
        connect(add, &QPushButton::clicked, this, [this] {
            const int row = m_questions->rowCount();
            m_questions->insertRow(row);
            for (int c : {QSection, QText, QOptions, QFactor})
                m_questions->setItem(row, c, new QTableWidgetItem);
            auto *kind = new QComboBox;
            for (const QString &k : services::SurveyService::kinds())
                kind->addItem(services::SurveyService::kindTitle(k), k);
            m_questions->setCellWidget(row, QKind, kind);
            auto *w = new QDoubleSpinBox;
            w->setRange(0, 100);
            m_questions->setCellWidget(row, QWeight, w);
            for (int c : {QNps, QMandatory}) {
                auto *item = new QTableWidgetItem;
                item->setCheckState(c == QMandatory ? Qt::Checked : Qt::Unchecked);
                m_questions->setItem(row, c, item);
            }
            for (int c : {QShowIf, QShowMax}) {
                auto *spin = new QSpinBox;
                spin->setRange(0, 100);
                m_questions->setCellWidget(row, c, spin);
            }
            m_questions->editItem(m_questions->item(row, QText));
        });
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_questions->currentRow() >= 0)
                m_questions->removeRow(m_questions->currentRow());
        });
        connect(up, &QPushButton::clicked, this, [this] {
            const int row = m_questions->currentRow();
            if (row <= 0)
                return;
            // Rebuild the rows from what was typed, with the two questions swapped.
            QList<services::QuestionDef> qs;
            for (int r = 0; r < m_questions->rowCount(); ++r) {
                services::QuestionDef q;
                q.section = m_questions->item(r, QSection)->text();
                q.text = m_questions->item(r, QText)->text();
                q.kind = qobject_cast<QComboBox *>(m_questions->cellWidget(r, QKind))->currentData().toString();
                q.options = m_questions->item(r, QOptions)->text().split(u'\n', Qt::SkipEmptyParts);
                q.factor = m_questions->item(r, QFactor)->text();
                q.weight = qobject_cast<QDoubleSpinBox *>(m_questions->cellWidget(r, QWeight))->value();
                q.nps = m_questions->item(r, QNps)->checkState() == Qt::Checked;
                q.mandatory = m_questions->item(r, QMandatory)->checkState() == Qt::Checked;
                q.showIfPosition = qobject_cast<QSpinBox *>(m_questions->cellWidget(r, QShowIf))->value();
                q.showIfMax = qobject_cast<QSpinBox *>(m_questions->cellWidget(r, QShowMax))->value();
                qs << q;
            }
            qs.swapItemsAt(row, row - 1);
            const int keep = m_templates->currentRow();
            if (keep >= 0 && keep < m_templateList.size()) {
                services::TemplateDef &shown = m_templateList[keep];
                shown.questions = qs;
                showTemplate(keep);
            }
            m_questions->setCurrentCell(row - 1, QText);
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_from, &QDateEdit::dateChanged, this, &SurveysPage::loadAnalysis);
    connect(m_to, &QDateEdit::dateChanged, this, &SurveysPage::loadAnalysis);
    connect(m_group, &QComboBox::currentIndexChanged, this, &SurveysPage::loadAnalysis);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, &SurveysPage::loadAnalysis);
    connect(exportButton, &QPushButton::clicked, this, &SurveysPage::exportAnalysis);
    connect(paper, &QPushButton::clicked, this, &SurveysPage::enterPaper);
    connect(m_openOnly, &QCheckBox::toggled, this, &SurveysPage::loadAlerts);
    connect(resolve, &QPushButton::clicked, this, &SurveysPage::resolveAlert);
    connect(m_alerts, &QTreeWidget::itemActivated, this, &SurveysPage::resolveAlert);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SurveysPage::reload);
    reload();
}

void SurveysPage::reload()
{
    switch (m_tabs->currentIndex()) {
    case 0:
        loadAnalysis();
        break;
    case 1:
        loadAlerts();
        break;
    case 2:
        loadFreeText();
        break;
    default:
        loadTemplates();
        break;
    }
    auto open = services::SurveyService(m_app.services).alerts(m_app.session, true);
    m_tabs->setTabText(1, open && !open->isEmpty() ? tr("Alerts (%1)").arg(open->size()) : tr("Alerts"));
}

void SurveysPage::loadAnalysis()
{
    services::SurveyService s(m_app.services);
    const QString purpose = m_purpose->currentData().toString();
    auto rows = s.scores(m_app.session, m_from->date(), m_to->date(), m_group->currentData().toString(), purpose);
    auto total = s.total(m_app.session, m_from->date(), m_to->date(), purpose);
    m_scores->setRowCount(0);
    if (!rows || !total) {
        m_summary->setText((rows ? total.error() : rows.error()).message.toHtmlEscaped());
        return;
    }
    m_rows = *rows + QList<services::SurveyScore>{*total};
    services::SettingsService settings(m_app.services);
    const double targetIndex = settings.intValue(services::settings::kSurveyTargetIndex);
    const double targetNps = settings.intValue(services::settings::kSurveyTargetNps);
    const double targetCsat = settings.intValue(services::settings::kSurveyTargetCsat);
    auto colour = [](const std::optional<double> &v, double target) {
        return !v ? QColor() : *v >= target ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    };
    m_scores->horizontalHeaderItem(0)->setText(m_group->currentText());
    m_scores->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const services::SurveyScore &r = m_rows[i];
        QString label = r.label.isEmpty() ? tr("(not given)") : r.label;
        const QList<QTableWidgetItem *> items{new QTableWidgetItem(label), new QTableWidgetItem(QString::number(r.responses)),
                                              new QTableWidgetItem(figure(r.index(), 0)), new QTableWidgetItem(figure(r.nps())),
                                              new QTableWidgetItem(figure(r.csat()))};
        items[2]->setForeground(colour(r.index(), targetIndex));
        items[3]->setForeground(colour(r.nps(), targetNps));
        items[4]->setForeground(colour(r.csat(), targetCsat));
        for (int c = 0; c < items.size(); ++c) {
            if (c > 0)
                items[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (i == m_rows.size() - 1) {
                QFont f = items[c]->font();
                f.setBold(true);
                items[c]->setFont(f);
            }
            m_scores->setItem(i, c, items[c]);
        }
    }
    m_scores->resizeColumnsToContents();
    m_summary->setText(
        tr("<b>%1</b> responses · index <b>%2</b> (target %3) · NPS <b>%4</b> (target %5) · CSAT <b>%6 %</b> (target %7 %)")
            .arg(total->responses)
            .arg(figure(total->index(), 0))
            .arg(targetIndex)
            .arg(figure(total->nps()))
            .arg(targetNps)
            .arg(figure(total->csat()))
            .arg(targetCsat));
}

void SurveysPage::drillDown(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const bool total = row == m_rows.size() - 1;
    auto rows =
        services::SurveyService(m_app.services)
            .responses(m_app.session, m_from->date(), m_to->date(), total ? u"total"_s : m_group->currentData().toString(),
                       m_rows[row].key, m_purpose->currentData().toString());
    if (!rows) {
        showError(this, tr("Surveys"), rows.error());
        return;
    }
    QDialog dlg(this);
    dlg.setObjectName(u"drillDownDialog"_s);
    dlg.setWindowTitle(tr("Responses: %1").arg(m_rows[row].label.isEmpty() ? tr("(not given)") : m_rows[row].label));
    dlg.resize(900, 520);
    auto *layout = new QVBoxLayout(&dlg);
    auto *list = new QTreeWidget(&dlg);
    list->setObjectName(u"drillDownList"_s);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Answered"), tr("Customer"), tr("Survey"), tr("Staff"), tr("Channel")});
    auto *answers = new QLabel(&dlg);
    answers->setWordWrap(true);
    answers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const services::SurveyResponseRow &r : *rows) {
        auto *item =
            new QTreeWidgetItem(list, {QLocale().toString(r.answeredAt.toLocalTime(), QLocale::ShortFormat), r.customerName,
                                       r.templateName, r.staff, r.channel == u"paper"_s ? tr("paper") : tr("call")});
        item->setData(0, Qt::UserRole, r.answers);
    }
    for (int i = 0; i < list->columnCount(); ++i)
        list->resizeColumnToContents(i);
    connect(list, &QTreeWidget::currentItemChanged, answers,
            [answers](QTreeWidgetItem *item) { answers->setText(item ? item->data(0, Qt::UserRole).toString() : QString()); });
    layout->addWidget(new QLabel(tr("%n response(s)", nullptr, int(rows->size())), &dlg));
    layout->addWidget(list, 2);
    layout->addWidget(answers, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    layout->addWidget(buttons);
    dlg.exec();
}

void SurveysPage::showDistribution(int row)
{
    m_distribution->clear();
    if (m_group->currentData() != u"question"_s || row < 0 || row >= m_rows.size() - 1)
        return;
    auto spread = services::SurveyService(m_app.services)
                      .distribution(m_app.session, m_rows[row].key.toLongLong(), m_from->date(), m_to->date());
    if (!spread || spread->isEmpty())
        return;
    qint64 most = 1;
    for (const auto &[answer, count] : *spread)
        most = std::max(most, count);
    QString html = u"<b>%1</b><table>"_s.arg(tr("How it was answered").toHtmlEscaped());
    for (const auto &[answer, count] : *spread)
        html += u"<tr><td align='right'>%1&nbsp;</td><td><span style='background:#1f5fa8'>%2</span> %3</td></tr>"_s.arg(
            answer.toHtmlEscaped().left(30), QString(int(20 * count / most) + 1, QChar(0x2007)), QString::number(count));
    m_distribution->setText(html + u"</table>"_s);
}

void SurveysPage::loadFreeText()
{
    auto rows = services::SurveyService(m_app.services).freeText(m_app.session, m_from->date(), m_to->date());
    m_freeText->clear();
    if (!rows)
        return;
    for (const services::SurveyResponseRow &r : *rows)
        new QTreeWidgetItem(m_freeText, {QLocale().toString(r.answeredAt.toLocalTime(), QLocale::ShortFormat), r.customerName,
                                         r.templateName, r.staff, r.answers});
    for (int i = 0; i < 4; ++i)
        m_freeText->resizeColumnToContents(i);
}

void SurveysPage::exportAnalysis()
{
    const QString path = askSavePath(
        this, tr("Export survey scores"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s +
            tr("satisfaction %1 to %2").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)) +
            u".xlsx"_s,
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = services::SurveyService(m_app.services).exportScores(m_app.session, m_rows, m_group->currentText(), path); !r)
        showError(this, tr("Export survey scores"), r.error());
}

void SurveysPage::loadAlerts()
{
    auto rows = services::SurveyService(m_app.services).alerts(m_app.session, m_openOnly->isChecked());
    m_alerts->clear();
    if (!rows) {
        showError(this, tr("Surveys"), rows.error());
        return;
    }
    for (const services::SurveyAlert &a : *rows) {
        auto *item = new QTreeWidgetItem(m_alerts, {QLocale().toString(a.raisedAt.toLocalTime(), QLocale::ShortFormat),
                                                    a.customerName, a.templateName, a.staff, a.reason, a.complaintNumber,
                                                    a.status == u"open"_s ? tr("open") : tr("resolved by %1").arg(a.resolvedBy),
                                                    a.comment});
        item->setData(0, Qt::UserRole, a.id);
        if (a.status == u"open"_s)
            item->setForeground(6, QColor(0xc6, 0x28, 0x28));
    }
    for (int i = 0; i < m_alerts->columnCount() - 1; ++i)
        m_alerts->resizeColumnToContents(i);
}

void SurveysPage::resolveAlert()
{
    QTreeWidgetItem *item = m_alerts->currentItem();
    if (!item || !m_app.session.can(Permission::HandleComplaints))
        return;
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Resolve alert"), tr("How was the unhappy answer handled?"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (auto r = services::SurveyService(m_app.services)
                     .resolveAlert(m_app.session, item->data(0, Qt::UserRole).toLongLong(), comment);
        !r)
        showError(this, tr("Resolve alert"), r.error());
    reload();
}

} // namespace crm::ui::surveys
