#include "followups/ui/FollowupRulesPage.h"

#include "followups/core/FollowupRules.h"
#include "followups/services/FollowupService.h"
#include "ui/common/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace crm::followups;

namespace crm::ui::followups {
namespace {
enum RuleColumn { RName, REnabled, ROffset, RMeaning, RDue, RExpire, RPriority };

QSpinBox *spin(int value, int lo, int hi)
{
    auto *s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    s->setFrame(false);
    return s;
}
int spinValue(QTableWidget *t, int row, int col)
{
    auto *s = qobject_cast<QSpinBox *>(t->cellWidget(row, col));
    return s ? s->value() : 0;
}
} // namespace

FollowupRulesPage::FollowupRulesPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_rules(new QTableWidget(this)), m_limits(new QTableWidget(this)),
      m_scriptKind(new QComboBox(this)), m_opening(new QPlainTextEdit(this)), m_questions(new QPlainTextEdit(this)),
      m_closing(new QPlainTextEdit(this))
{
    setObjectName(u"followupRulesPage"_s);
    m_rules->setObjectName(u"rulesTable"_s);
    m_rules->setColumnCount(7);
    m_rules->setHorizontalHeaderLabels({tr("Task type"), tr("On"), tr("Start (days)"), tr("Start means"), tr("Due after (days)"),
                                        tr("Expires after (days)"), tr("Priority (1 high)")});
    m_rules->verticalHeader()->hide();
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *saveRules = new QPushButton(tr("Save rules"), this);
    saveRules->setObjectName(u"saveRulesButton"_s);
    auto *rulesBox = new QGroupBox(tr("Rules that generate tasks"), this);
    auto *rl = new QVBoxLayout(rulesBox);
    rl->addWidget(new QLabel(
        tr("Due and expiry days count from the day a task opens. Changes apply to tasks generated from now on."), this));
    rl->addWidget(m_rules, 1);
    rl->addWidget(saveRules, 0, Qt::AlignRight);

    m_limits->setObjectName(u"limitsTable"_s);
    m_limits->setColumnCount(5);
    m_limits->setHorizontalHeaderLabels(
        {tr("Model (empty: every other)"), tr("First: months"), tr("First: km"), tr("Routine: months"), tr("Routine: km")});
    m_limits->verticalHeader()->hide();
    auto *addLimit = new QPushButton(tr("Add model"), this);
    auto *removeLimit = new QPushButton(tr("Remove model"), this);
    auto *saveLimits = new QPushButton(tr("Save limits"), this);
    auto *limitButtons = new QHBoxLayout;
    limitButtons->addWidget(addLimit);
    limitButtons->addWidget(removeLimit);
    limitButtons->addStretch();
    limitButtons->addWidget(saveLimits);
    auto *limitsBox = new QGroupBox(tr("Maintenance limits per model (reminder at 80 %)"), this);
    auto *ll = new QVBoxLayout(limitsBox);
    ll->addWidget(m_limits, 1);
    ll->addLayout(limitButtons);

    m_scriptKind->setObjectName(u"scriptKind"_s);
    for (TaskKind k : allKinds())
        m_scriptKind->addItem(FollowupText::kind(kindId(k)), kindId(k));
    m_opening->setObjectName(u"scriptOpening"_s);
    m_questions->setObjectName(u"scriptQuestions"_s);
    m_closing->setObjectName(u"scriptClosing"_s);
    for (QPlainTextEdit *e : {m_opening, m_questions, m_closing})
        e->setTabChangesFocus(true);
    auto *saveScript = new QPushButton(tr("Save script"), this);
    saveScript->setObjectName(u"saveScriptButton"_s);
    auto *scriptBox = new QGroupBox(tr("Call scripts"), this);
    auto *sf = new QFormLayout(scriptBox);
    sf->addRow(tr("Task type:"), m_scriptKind);
    auto *placeholders = new QLabel(
        tr("{称呼} becomes the customer's surname with 先生 or 女士 by the known gender, {客户} the surname alone, {店名} "
           "the dealership's name, {服务日} the day of a booked member service as said that day (今天, 明天 …)."),
        this);
    placeholders->setWordWrap(true); // a long hint must not set the page's width
    sf->addRow(placeholders);
    sf->addRow(tr("Opening:"), m_opening);
    sf->addRow(tr("Questions:"), m_questions);
    sf->addRow(tr("Closing:"), m_closing);
    sf->addRow(QString(), saveScript);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(limitsBox);
    right->addWidget(scriptBox);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rulesBox);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(saveRules, &QPushButton::clicked, this, &FollowupRulesPage::saveRules);
    connect(saveLimits, &QPushButton::clicked, this, &FollowupRulesPage::saveLimits);
    connect(addLimit, &QPushButton::clicked, this, [this] {
        const int row = m_limits->rowCount();
        m_limits->insertRow(row);
        m_limits->setItem(row, 0, new QTableWidgetItem);
        const int defaults[] = {kFirstMaintenance.months, kFirstMaintenance.km, kRoutineMaintenance.months,
                                kRoutineMaintenance.km};
        for (int c = 1; c <= 4; ++c)
            m_limits->setCellWidget(row, c, spin(defaults[c - 1], c % 2 ? 1 : 500, c % 2 ? 60 : 100000));
        m_limits->setCurrentCell(row, 0);
        m_limits->editItem(m_limits->item(row, 0));
    });
    connect(removeLimit, &QPushButton::clicked, this, [this] {
        if (m_limits->currentRow() >= 0)
            m_limits->removeRow(m_limits->currentRow());
    });
    connect(m_scriptKind, &QComboBox::currentIndexChanged, this, &FollowupRulesPage::loadScript);
    connect(saveScript, &QPushButton::clicked, this, &FollowupRulesPage::saveScript);
    reload();
}

void FollowupRulesPage::reload()
{
    services::FollowupService f(m_app.services);
    auto rules = f.rules();
    if (!rules) {
        showError(this, tr("Follow-up rules"), rules.error());
        return;
    }
    m_rules->setRowCount(int(rules->size()));
    for (int i = 0; i < rules->size(); ++i) {
        const RuleSetting &r = (*rules)[i];
        auto *name = new QTableWidgetItem(FollowupText::kind(kindId(r.kind)));
        name->setData(Qt::UserRole, int(r.kind));
        m_rules->setItem(i, RName, name);
        auto *on = new QCheckBox;
        on->setChecked(r.enabled);
        m_rules->setCellWidget(i, REnabled, on);
        auto *offset = spin(r.offsetDays, 0, 366);
        offset->setEnabled(usesOffset(r.kind));
        m_rules->setCellWidget(i, ROffset, offset);
        m_rules->setItem(i, RMeaning, new QTableWidgetItem(FollowupText::offsetMeaning(r.kind)));
        m_rules->setCellWidget(i, RDue, spin(r.dueDays, 0, 366));
        m_rules->setCellWidget(i, RExpire, spin(r.expireDays, 0, 366));
        m_rules->setCellWidget(i, RPriority, spin(r.priority, 1, 3));
    }
    m_rules->resizeColumnsToContents();
    auto limits = f.limits();
    if (limits) {
        m_limits->setRowCount(int(limits->size()));
        for (int i = 0; i < limits->size(); ++i) {
            const data::ModelLimits &l = (*limits)[i];
            m_limits->setItem(i, 0, new QTableWidgetItem(l.model));
            m_limits->setCellWidget(i, 1, spin(l.first.months, 1, 60));
            m_limits->setCellWidget(i, 2, spin(l.first.km, 500, 100000));
            m_limits->setCellWidget(i, 3, spin(l.routine.months, 1, 60));
            m_limits->setCellWidget(i, 4, spin(l.routine.km, 500, 100000));
        }
        m_limits->resizeColumnsToContents();
    }
    loadScript();
}

void FollowupRulesPage::saveRules()
{
    QList<RuleSetting> list;
    for (int i = 0; i < m_rules->rowCount(); ++i) {
        RuleSetting r;
        r.kind = TaskKind(m_rules->item(i, RName)->data(Qt::UserRole).toInt());
        r.enabled = qobject_cast<QCheckBox *>(m_rules->cellWidget(i, REnabled))->isChecked();
        r.offsetDays = spinValue(m_rules, i, ROffset);
        r.dueDays = spinValue(m_rules, i, RDue);
        r.expireDays = spinValue(m_rules, i, RExpire);
        r.priority = spinValue(m_rules, i, RPriority);
        list << r;
    }
    if (auto r = services::FollowupService(m_app.services).saveRules(m_app.session, list); !r)
        showError(this, tr("Save rules"), r.error());
    reload();
}

void FollowupRulesPage::saveLimits()
{
    QList<data::ModelLimits> list;
    for (int i = 0; i < m_limits->rowCount(); ++i) {
        const QTableWidgetItem *model = m_limits->item(i, 0);
        list << data::ModelLimits{model ? model->text() : QString(),
                                  {spinValue(m_limits, i, 1), spinValue(m_limits, i, 2)},
                                  {spinValue(m_limits, i, 3), spinValue(m_limits, i, 4)}};
    }
    if (auto r = services::FollowupService(m_app.services).saveLimits(m_app.session, list); !r) {
        showError(this, tr("Save limits"), r.error()); // the table keeps what was typed
        return;
    }
    reload();
}

void FollowupRulesPage::loadScript()
{
    auto s = services::FollowupService(m_app.services).script(m_scriptKind->currentData().toString());
    if (!s)
        return;
    m_opening->setPlainText(s->opening);
    m_questions->setPlainText(s->questions);
    m_closing->setPlainText(s->closing);
}

void FollowupRulesPage::saveScript()
{
    data::CallScript s{m_scriptKind->currentData().toString(),
                       m_opening->toPlainText(),
                       m_questions->toPlainText(),
                       m_closing->toPlainText(),
                       {},
                       {}};
    if (auto r = services::FollowupService(m_app.services).saveScript(m_app.session, s); !r)
        showError(this, tr("Save script"), r.error());
}

} // namespace crm::ui::followups
