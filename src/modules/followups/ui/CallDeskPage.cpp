#include "followups/ui/CallDeskPage.h"

#include "archives/ui/Dialogs.h"
#include "campaigns/ui/CampaignCallBox.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "data/UserRepository.h"
#include "feedback/services/FeedbackService.h"
#include "feedback/ui/FeedbackCallBox.h"
#include "followups/core/FollowupRules.h"
#include "followups/core/ScriptWords.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "followups/ui/QueueModel.h"
#include "frontdesk/ui/DeskPhone.h"
#include "frontdesk/ui/InboundCallDialog.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"
#include "surveys/ui/SurveyForm.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::followups::FollowupText;

namespace crm::ui::followups {
QString CallDeskPage::countText(qint64 n)
{
    return n > services::CallDeskService::kQueueCountCap
               ? tr("More than %1 tasks").arg(QLocale().toString(services::CallDeskService::kQueueCountCap))
               : tr("%n task(s)", nullptr, int(n));
}

CallDeskPage::CallDeskPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_model(new QueueModel(app.services, app.session, this)), m_scope(new QComboBox(this)),
      m_owner(new QComboBox(this)), m_kind(new QComboBox(this)), m_count(new QLabel(this)), m_queue(new QTableView(this)),
      m_right(new QStackedWidget(this)),
      m_empty(new EmptyState(tr("No task selected"),
                             tr("Choose a task in the queue (↑/↓, Enter) to see the customer, the script and the call form."),
                             this)),
      m_header(new QLabel(this)), m_quiet(new QLabel(this)), m_script(new QTextBrowser(this)),
      m_surveyBox(new QGroupBox(tr("Survey"), this)), m_surveyNote(new QLabel(this)), m_survey(new surveys::SurveyForm(this)),
      m_history(new QTreeWidget(this)), m_outcome(new QComboBox(this)), m_callBack(new QDateTimeEdit(this)),
      m_duration(new QSpinBox(this)), m_notes(new QPlainTextEdit(this)), m_feedbackCategory(new QComboBox(this)),
      m_feedbackText(new QLineEdit(this)), m_feedback(new QListWidget(this)), m_nextAction(new QLineEdit(this)),
      m_appointment(new QGroupBox(tr("Book an &appointment"), this)), m_appointmentAt(new QDateTimeEdit(this)),
      m_appointmentKind(new QComboBox(this)), m_appointmentNotes(new QLineEdit(this)),
      m_campaignBox(new campaigns::CampaignCallBox(app, this)), m_feedbackBox(new feedback::FeedbackCallBox(app, this)),
      m_claim(new QPushButton(tr("C&laim"), this)), m_reassign(new QPushButton(tr("&Reassign…"), this)),
      m_optOut(new QPushButton(tr("Do &not call…"), this)), m_save(new QPushButton(tr("&Save call"), this)),
      m_saved(new QLabel(this)), m_tick(new QTimer(this))
{
    setObjectName(u"callDeskPage"_s);
    // Filters.
    m_scope->setObjectName(u"queueScope"_s);
    m_scope->addItem(tr("To call now"), int(data::QueueScope::Now));
    m_scope->addItem(tr("Overdue"), int(data::QueueScope::Overdue));
    m_scope->addItem(tr("Upcoming"), int(data::QueueScope::Upcoming));
    m_scope->addItem(tr("All open"), int(data::QueueScope::AllOpen));
    m_owner->setObjectName(u"queueOwner"_s);
    m_owner->addItem(tr("Mine and unassigned"), int(data::QueueOwner::MineAndUnassigned));
    m_owner->addItem(tr("Mine"), int(data::QueueOwner::Mine));
    m_owner->addItem(tr("Unassigned"), int(data::QueueOwner::Unassigned));
    m_owner->addItem(tr("Everyone's"), int(data::QueueOwner::Everyone));
    m_kind->setObjectName(u"queueKind"_s);
    m_kind->addItem(tr("All types"), QString());
    for (crm::followups::TaskKind k : crm::followups::allKinds())
        m_kind->addItem(FollowupText::kind(crm::followups::kindId(k)), crm::followups::kindId(k));
    campaigns::addCampaignFilters(m_app, m_kind);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setShortcut(Keys::sequence(PageKey::Refresh));
    refresh->setToolTip(tr("Reload the queue (F5)"));
    auto *generate = new QPushButton(tr("Generate tasks"), this);
    generate->setObjectName(u"generateButton"_s);
    generate->setToolTip(tr("Run the follow-up rules for today now (they also run at start-up)"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_scope);
    filters->addWidget(m_owner);
    filters->addWidget(m_kind);
    filters->addStretch();
    m_saved->setObjectName(u"lastSaved"_s);
    filters->addWidget(m_saved);
    filters->addWidget(m_count);
    filters->addWidget(refresh);
    filters->addWidget(generate);
    // The call may answer a task of the queue: reloaded after.
    filters->addWidget(crm::ui::frontdesk::inboundCallButton(m_app, this, [this] { reload(); }));

    // Queue.
    m_queue->setObjectName(u"queueView"_s);
    m_queue->setModel(m_model);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->verticalHeader()->hide();
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setAlternatingRowColors(true);
    m_queue->installEventFilter(this);
    // At least five tasks in view whatever the screen: the agent picks the next call from them.
    m_queue->verticalHeader()->setDefaultSectionSize(m_queue->fontMetrics().height() + 10);
    m_queue->setMinimumHeight(m_queue->horizontalHeader()->sizeHint().height() + 5 * (m_queue->fontMetrics().height() + 10) + 4);
    m_count->setObjectName(u"queueCount"_s);

    // Task panel.
    m_header->setObjectName(u"taskHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_quiet->setObjectName(u"quietBanner"_s);
    m_quiet->setWordWrap(true);
    m_script->setObjectName(u"scriptView"_s);
    m_script->setMinimumHeight(80);
    m_history->setObjectName(u"callHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Task"), tr("Outcome"), tr("Agent"), tr("Notes")});
    m_history->setMinimumHeight(60);

    m_outcome->setObjectName(u"outcomeCombo"_s);
    for (crm::followups::Outcome o : crm::followups::kAllOutcomes)
        m_outcome->addItem(FollowupText::outcome(crm::followups::outcomeId(o)), int(o));
    m_callBack->setObjectName(u"callBackAt"_s);
    m_callBack->setCalendarPopup(true);
    m_callBack->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_duration->setObjectName(u"durationSeconds"_s);
    m_duration->setRange(0, 4 * 3600);
    m_duration->setSuffix(tr(" s"));
    m_notes->setObjectName(u"callNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the customer said, in full"));
    m_notes->setMaximumHeight(80);
    m_feedbackCategory->setObjectName(u"feedbackCategory"_s);
    // The feedback module's categories in use; each line goes to its department after the call.
    if (auto cats = services::FeedbackService(app.services).categories(true))
        for (const data::FeedbackCategory &c : *cats)
            m_feedbackCategory->addItem(crm::feedback::FeedbackText::category(c.code, c.name), c.code);
    m_feedbackText->setObjectName(u"feedbackText"_s);
    m_feedbackText->setPlaceholderText(tr("Feedback item; Enter adds it"));
    m_feedback->setObjectName(u"feedbackList"_s);
    m_feedback->setMaximumHeight(70);
    m_feedback->installEventFilter(this);
    m_nextAction->setObjectName(u"nextAction"_s);
    m_nextAction->setPlaceholderText(tr("e.g. send the insurance quote by WeChat"));
    m_appointment->setObjectName(u"appointmentGroup"_s);
    m_appointment->setCheckable(true);
    m_appointment->setChecked(false);
    m_appointmentAt->setObjectName(u"appointmentAt"_s);
    m_appointmentAt->setCalendarPopup(true);
    m_appointmentAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    if (auto jobs = services::AppointmentService(m_app.services).items(u"job_type"_s))
        for (const data::DeskListItem &j : *jobs)
            m_appointmentKind->addItem(j.title, j.code);
    m_appointmentKind->setObjectName(u"appointmentKind"_s);
    auto *apptForm = new QFormLayout(m_appointment);
    apptForm->addRow(tr("When:"), m_appointmentAt);
    apptForm->addRow(tr("For:"), m_appointmentKind);
    apptForm->addRow(tr("Note:"), m_appointmentNotes);

    auto *feedbackRow = new QHBoxLayout;
    feedbackRow->addWidget(m_feedbackCategory);
    feedbackRow->addWidget(m_feedbackText, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(m_campaignBox); // a campaign's answer sits with the outcome: both are asked first
    form->addRow(m_feedbackBox); // the result to tell, when the call is for that
    form->addRow(tr("Call &back at:"), m_callBack);
    form->addRow(tr("&Duration:"), m_duration);
    form->addRow(tr("&Notes:"), m_notes);
    auto *feedbackLabel = new QLabel(tr("&Feedback:"), this);
    feedbackLabel->setBuddy(m_feedbackText);
    form->addRow(feedbackLabel, feedbackRow);
    // A line added by mistake goes again with this button (or Delete in the list).
    auto *removeFeedback = new QPushButton(tr("Remove"), this);
    removeFeedback->setObjectName(u"removeFeedback"_s);
    removeFeedback->setToolTip(tr("Remove the selected feedback line (Delete)"));
    connect(removeFeedback, &QPushButton::clicked, this, [this] { delete m_feedback->currentItem(); });
    auto *feedbackList = new QHBoxLayout;
    feedbackList->addWidget(m_feedback, 1);
    feedbackList->addWidget(removeFeedback, 0, Qt::AlignTop);
    form->addRow(QString(), feedbackList);
    form->addRow(tr("Ne&xt action:"), m_nextAction);
    form->addRow(m_appointment);

    m_claim->setObjectName(u"claimButton"_s);
    m_reassign->setObjectName(u"reassignButton"_s);
    m_reassign->setVisible(m_app.session.can(Permission::ManageFollowups));
    m_optOut->setObjectName(u"optOutButton"_s);
    m_optOut->setToolTip(tr("The customer does not want this kind of call: record it with the reason"));
    m_optOut->setVisible(m_app.session.can(Permission::EditCustomers));
    m_save->setObjectName(u"saveCallButton"_s);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the call and go on to the next task (Ctrl+Enter)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_claim);
    buttons->addWidget(m_reassign);
    buttons->addWidget(m_optOut);
    buttons->addWidget(crm::ui::frontdesk::dialButton(m_app, this, [this] {
        const data::TaskRow *t = m_model->taskAt(m_queue->currentIndex().row());
        return t ? t->customerId : qint64(0);
    }));
    buttons->addStretch();
    buttons->addWidget(m_save);

    // The script and the earlier calls share one box as tabs: read one at a time, and a laptop's
    // height goes to the queue and the survey instead of a third box.
    auto *scriptBox = new QTabWidget(this);
    scriptBox->setObjectName(u"scriptTabs"_s);
    scriptBox->addTab(m_script, tr("Call script"));
    scriptBox->addTab(m_history, tr("Earlier calls"));
    // The form scrolls inside its box and the buttons stay below it: on a 1366×768 laptop the
    // whole desk fits and Save is always in reach.
    auto *formBox = new QGroupBox(tr("This call"), this);
    auto *formLayout = new QVBoxLayout(formBox);
    auto *formScroll = new QScrollArea(formBox);
    formScroll->setObjectName(u"callFormScroll"_s);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *formContent = new QWidget(formScroll);
    formContent->setLayout(form);
    formScroll->setWidget(formContent);
    formLayout->addWidget(formScroll, 1);
    formLayout->addLayout(buttons);

    auto *task = new QWidget(this);
    auto *taskLayout = new QVBoxLayout(task);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_header);
    taskLayout->addWidget(m_quiet);
    m_surveyBox->setObjectName(u"surveyBox"_s);
    m_surveyNote->setObjectName(u"surveyNote"_s);
    m_surveyNote->setWordWrap(true);
    m_survey->setObjectName(u"surveyForm"_s);
    auto *surveyScroll = new QScrollArea(m_surveyBox);
    surveyScroll->setWidgetResizable(true);
    surveyScroll->setWidget(m_survey);
    surveyScroll->setFrameShape(QFrame::NoFrame);
    auto *surveyLayout = new QVBoxLayout(m_surveyBox);
    surveyLayout->addWidget(m_surveyNote);
    surveyLayout->addWidget(surveyScroll, 1);
    auto *leftCol = new QSplitter(Qt::Vertical, task);
    leftCol->addWidget(scriptBox);
    leftCol->addWidget(m_surveyBox);
    leftCol->setStretchFactor(1, 2); // the survey, when there is one, gets the room
    leftCol->setSizes({170, 300});
    auto *columns = new QSplitter(Qt::Horizontal, task);
    columns->addWidget(leftCol);
    columns->addWidget(formBox);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);
    taskLayout->addWidget(columns, 1);
    m_right->addWidget(m_empty);
    m_right->addWidget(task);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"callDeskSplitter"_s);
    split->addWidget(m_queue);
    split->addWidget(m_right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({280, 440}); // about eight queue rows above the task where the screen allows
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    const QByteArray state = QSettings().value(u"followups/deskSplitter"_s).toByteArray();
    if (!state.isEmpty())
        split->restoreState(state);
    connect(split, &QSplitter::splitterMoved, this,
            [split] { QSettings().setValue(u"followups/deskSplitter"_s, split->saveState()); });

    // Behaviour.
    for (QComboBox *c : {m_scope, m_owner, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &CallDeskPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &CallDeskPage::reload);
    connect(generate, &QPushButton::clicked, this, &CallDeskPage::generateNow);
    generate->setVisible(m_app.session.can(Permission::WorkFollowups));
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTask(current); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &CallDeskPage::updateOutcomeFields);
    connect(m_feedbackText, &QLineEdit::returnPressed, this, &CallDeskPage::addFeedback);
    connect(m_claim, &QPushButton::clicked, this, &CallDeskPage::claim);
    connect(m_reassign, &QPushButton::clicked, this, &CallDeskPage::reassign);
    connect(m_save, &QPushButton::clicked, this, &CallDeskPage::saveCall);
    connect(m_optOut, &QPushButton::clicked, this, [this] {
        const data::TaskRow *t = m_model->taskAt(m_queue->currentIndex().row());
        if (!t)
            return;
        archives::OptOutDialog dlg(m_app, t->customerId, t->customerName, this);
        if (dlg.exec() != QDialog::Accepted)
            return;
        m_saved->setText(tr("Opt-out recorded; %n open task(s) cancelled.", nullptr, dlg.cancelledTasks()));
        m_taskId = 0;
        applyFilter();
    });
    connect(m_duration, &QSpinBox::editingFinished, this, [this] { m_durationTouched = true; });
    // The duration counts itself from opening the task until the agent types one.
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (!m_durationTouched && m_taskId && !m_duration->hasFocus())
            m_duration->setValue(int(m_callTimer.elapsed() / 1000));
        updateQuietBanner();
    });
    m_tick->start(1000);
    setFocusProxy(m_queue); // the page opens ready for ↑/↓ and Enter
    for (int i = 0; i < int(std::size(crm::followups::kAllOutcomes)); ++i) {
        auto *sc = new QShortcut(QKeySequence(Keys::sequence(PageKey::CallOutcome1)[0].toCombined() + i), this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, [this, i] {
            m_outcome->setCurrentIndex(i);
            m_outcome->setFocus();
        });
    }
    for (PageKey key : {PageKey::CallSaveNext, PageKey::CallSaveNextKeypad}) {
        auto *save = new QShortcut(Keys::sequence(key), this);
        save->setContext(Qt::WidgetWithChildrenShortcut);
        connect(save, &QShortcut::activated, this, &CallDeskPage::saveCall);
    }
    auto *back = new QShortcut(Keys::sequence(PageKey::CallBackToQueue), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, m_queue, [this] { m_queue->setFocus(); });

    updateOutcomeFields();
    applyFilter();
}

void CallDeskPage::applyFilter()
{
    data::QueueFilter f;
    f.scope = data::QueueScope(m_scope->currentData().toInt());
    f.owner = data::QueueOwner(m_owner->currentData().toInt());
    f.kind = m_kind->currentData().toString();
    if ((f.campaignId = campaigns::campaignOfFilter(f.kind)))
        f.kind.clear();
    const qint64 keep = m_taskId;
    m_model->setFilter(f);
    if (const Error *e = m_model->lastError())
        showError(this, tr("Follow-up queue"), *e);
    m_queue->resizeColumnsToContents();
    auto count = services::CallDeskService(m_app.services).queueCount(m_app.session, f);
    m_count->setText(count ? countText(*count) : QString());
    const int row = keep ? m_model->rowOf(keep) : -1;
    if (row >= 0) {
        m_queue->setCurrentIndex(m_model->index(row, 0));
    } else if (m_model->rowCount() > 0) {
        m_queue->setCurrentIndex(m_model->index(0, 0));
    } else {
        m_taskId = 0;
        m_empty->setTexts(tr("Nothing to call"),
                          tr("No task matches. Try \"All open\" or \"Everyone's\", or generate today's tasks."));
        m_right->setCurrentWidget(m_empty);
    }
}

void CallDeskPage::reload()
{
    applyFilter();
}

void CallDeskPage::openTask(qint64 taskId)
{
    if (m_model->rowOf(taskId) < 0) {
        m_scope->setCurrentIndex(m_scope->findData(int(data::QueueScope::AllOpen)));
        m_owner->setCurrentIndex(m_owner->findData(int(data::QueueOwner::Everyone)));
        m_kind->setCurrentIndex(0);
    }
    while (m_model->rowOf(taskId) < 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = m_model->rowOf(taskId);
    if (row >= 0)
        m_queue->setCurrentIndex(m_model->index(row, 0));
}

QString CallDeskPage::fillScript(const QString &text) const
{
    const data::TaskRow *t = m_model->taskAt(m_queue->currentIndex().row());
    QString out = text;
    out.replace(u"{称呼}"_s, t ? crm::followups::salutation(t->customerName, t->customerGender) : QString());
    out.replace(u"{客户}"_s, t ? t->customerName.left(1) : QString()); // the surname, for scripts written before {称呼}
    if (t && out.contains(u"{服务日}"_s)) {
        // A reminder opens `offset` days before the service or appointment (its kind's rule).
        const auto kind = crm::followups::kindFromId(t->kind).value_or(crm::followups::TaskKind::MemberService);
        int offset = crm::followups::defaultRule(kind).offsetDays;
        if (auto rules = services::FollowupService(m_app.services).rules())
            for (const auto &r : *rules)
                if (r.kind == kind)
                    offset = r.offsetDays;
        out.replace(u"{服务日}"_s, crm::followups::dayWord(t->available.addDays(offset), localToday(m_app.services.clock)));
    }
    out.replace(u"{店名}"_s, services::SettingsService(m_app.services).value(services::settings::kDealerName));
    return out;
}

void CallDeskPage::showTask(const QModelIndex &index)
{
    const data::TaskRow *t = m_model->taskAt(index.row());
    if (!t) {
        m_taskId = 0;
        m_right->setCurrentWidget(m_empty);
        return;
    }
    const bool sameTask = t->id == m_taskId;
    m_taskId = t->id;
    m_saveUnit.renew();
    m_right->setCurrentIndex(1);
    const QLocale l;
    QStringList facts{FollowupText::kind(t->kind), tr("due %1").arg(l.toString(t->due, QLocale::ShortFormat)),
                      tr("attempts %1").arg(t->attempts)};
    if (!t->vehicle.isEmpty())
        facts.insert(0, t->vehicle);
    facts << (t->assignedName.isEmpty() ? tr("unassigned") : tr("agent %1").arg(t->assignedName));
    m_header->setText(
        u"<span style='font-size:14pt;font-weight:600'>%1</span>&nbsp;&nbsp;<span style='font-size:13pt'>%2</span><br>%3"_s.arg(
            t->customerName.toHtmlEscaped(), t->mobile.toHtmlEscaped(), facts.join(u" · "_s).toHtmlEscaped()));
    m_claim->setEnabled(t->assignedTo != m_app.session.userId);

    auto script = services::FollowupService(m_app.services).script(t->kind);
    if (script) {
        QString html;
        for (const auto &[title, body] :
             {qMakePair(tr("Opening"), script->opening), qMakePair(tr("Questions"), script->questions),
              qMakePair(tr("Closing"), script->closing)})
            if (!body.trimmed().isEmpty())
                html += u"<p><b>%1</b><br>%2</p>"_s.arg(title.toHtmlEscaped(),
                                                        fillScript(body).toHtmlEscaped().replace(u'\n', u"<br>"_s));
        m_script->setHtml(
            html.isEmpty() ? tr("<i>No script for this type yet. A manager can write one under Rules and scripts.</i>") : html);
    }
    m_feedbackBox->setTask(*t);
    if (m_campaignBox->setTask(*t)) // a campaign call reads the campaign's own script
        m_script->setHtml(m_campaignBox->scriptHtml([this](const QString &body) { return fillScript(body); }));
    m_history->clear();
    auto calls = services::CallDeskService(m_app.services).customerCalls(m_app.session, t->customerId, 20);
    if (calls) {
        for (const data::CallRow &c : *calls)
            new QTreeWidgetItem(m_history,
                                {l.toString(c.calledAt.toLocalTime(), QLocale::ShortFormat), FollowupText::kind(c.taskKind),
                                 FollowupText::outcome(c.outcome), c.agentName, c.notes});
        if (calls->isEmpty())
            new QTreeWidgetItem(m_history, {tr("No earlier calls")});
        for (int i = 0; i < m_history->columnCount() - 1; ++i)
            m_history->resizeColumnToContents(i);
    }
    if (!sameTask) {
        clearForm();
        // The survey this task carries, unless the customer was surveyed lately or opted out.
        const QString code = services::SurveyService::templateCodeFor(t->kind);
        m_surveyBox->setVisible(!code.isEmpty());
        m_survey->setTemplate({});
        if (!code.isEmpty()) {
            services::SurveyService surveys(m_app.services);
            auto tpl = surveys.latest(code);
            auto tired = surveys.fatigueReason(t->customerId);
            if (tpl && tpl->has_value() && tired && tired->isEmpty()) {
                m_survey->setTemplate(**tpl);
                m_surveyBox->setTitle(tr("Survey: %1").arg((*tpl)->name));
                m_surveyNote->setText(tr("Ask only when the customer is reached; * marks required answers."));
            } else {
                m_surveyBox->setTitle(tr("Survey"));
                m_surveyNote->setText(tired && !tired->isEmpty() ? tr("No survey on this call: %1").arg(*tired)
                                                                 : tr("No survey template is active for this task."));
            }
        }
    }
    updateQuietBanner();
}

} // namespace crm::ui::followups
