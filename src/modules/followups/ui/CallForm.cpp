// CallDeskPage: the call form — outcome, feedback, quiet hours, claiming and reassigning, saving the call.
#include "followups/ui/CallDeskPage.h"

#include "archives/ui/Dialogs.h"
#include "campaigns/ui/CampaignCallBox.h"
#include "complaints/ui/ComplaintDialogs.h"
#include "data/UserRepository.h"
#include "feedback/services/FeedbackService.h"
#include "followups/core/FollowupRules.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "followups/ui/QueueModel.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"
#include "surveys/ui/SurveyForm.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
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
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::followups::FollowupText;

namespace crm::ui::followups {

void CallDeskPage::clearForm()
{
    m_outcome->setCurrentIndex(0);
    const QDateTime now = m_app.services.clock.nowUtc().toLocalTime();
    // An hour from now, moved out of the customer's rest time (13:00 becomes 14:00).
    m_callBack->setDateTime(services::FollowupService(m_app.services).quietHours().nextAllowed(now.addSecs(3600)));
    // The workshop's first free place from tomorrow 10:00 (the desk may choose another).
    const QDateTime wish(now.date().addDays(1), QTime(10, 0));
    auto free = services::AppointmentService(m_app.services).nextFree(wish, 1);
    m_appointmentAt->setDateTime(free && !free->isEmpty() ? free->first() : wish);
    m_duration->setValue(0);
    m_durationTouched = false;
    m_callTimer.start();
    m_notes->clear();
    m_feedback->clear();
    m_feedbackText->clear();
    m_feedbackCategory->setCurrentIndex(0); // the last customer's feedback type is not this one's
    m_nextAction->clear();
    m_appointment->setChecked(false);
    m_appointmentNotes->clear();
    m_campaignBox->clear();
    updateOutcomeFields();
}

void CallDeskPage::updateQuietBanner()
{
    QString span;
    const bool quiet = services::CallDeskService(m_app.services).isQuietNow(&span);
    m_quiet->setProperty("quiet", quiet);
    if (quiet) {
        m_quiet->setText(tr("⚠ Customer's rest time now (%1): call only if the customer asked for this time.").arg(span));
        m_quiet->setStyleSheet(u"background:#fff3cd;color:#7a5a00;padding:4px;border-radius:3px"_s);
    } else {
        m_quiet->setText(
            tr("Calling hours. Rest times: %1").arg(services::FollowupService(m_app.services).quietHours().toString()));
        m_quiet->setStyleSheet(u"color:#2e7d32;padding:4px"_s);
    }
}

void CallDeskPage::updateOutcomeFields()
{
    m_callBack->setEnabled(crm::followups::Outcome(m_outcome->currentData().toInt()) == crm::followups::Outcome::CallBack);
}

void CallDeskPage::addFeedback()
{
    const QString text = m_feedbackText->text().simplified();
    if (text.isEmpty())
        return;
    auto *item = new QListWidgetItem(u"%1: %2"_s.arg(m_feedbackCategory->currentText(), text), m_feedback);
    item->setData(Qt::UserRole, m_feedbackCategory->currentData());
    item->setData(Qt::UserRole + 1, text);
    m_feedbackText->clear();
}

bool CallDeskPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_queue && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && m_taskId) {
            m_outcome->setFocus(); // Enter: start working the selected task
            return true;
        }
        if (watched == m_feedback && key->key() == Qt::Key_Delete) {
            delete m_feedback->currentItem();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallDeskPage::claim()
{
    if (!m_taskId)
        return;
    if (auto r = services::CallDeskService(m_app.services).claim(m_app.session, m_taskId); !r)
        showError(this, tr("Claim task"), r.error());
    applyFilter();
}

void CallDeskPage::reassign()
{
    if (!m_taskId)
        return;
    auto users = data::UserRepository(m_app.services.db).list();
    if (!users) {
        showError(this, tr("Reassign task"), users.error());
        return;
    }
    QStringList names{tr("(back to the pool)")};
    QList<qint64> ids{0};
    for (const data::UserRow &u : *users) {
        if (u.active && roleHas(u.role, Permission::WorkFollowups)) {
            names << u"%1 (%2)"_s.arg(u.displayName, u.username);
            ids << u.id;
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Reassign task"), tr("Give this task to:"), names, 0, false, &ok);
    if (!ok)
        return;
    if (auto r = services::CallDeskService(m_app.services).reassign(m_app.session, m_taskId, ids.value(names.indexOf(chosen)));
        !r)
        showError(this, tr("Reassign task"), r.error());
    applyFilter();
}

void CallDeskPage::saveCall()
{
    if (!m_taskId)
        return;
    if (!m_feedbackText->text().trimmed().isEmpty())
        addFeedback(); // typed but not yet added: the agent meant it
    services::CallInput in;
    in.outcome = crm::followups::Outcome(m_outcome->currentData().toInt());
    in.durationSec = m_duration->value();
    in.notes = m_notes->toPlainText();
    in.nextAction = m_nextAction->text();
    if (in.outcome == crm::followups::Outcome::CallBack)
        in.callBackAt = m_callBack->dateTime();
    for (int i = 0; i < m_feedback->count(); ++i)
        in.feedback << data::FeedbackRow{0, m_feedback->item(i)->data(Qt::UserRole).toString(),
                                         m_feedback->item(i)->data(Qt::UserRole + 1).toString(), QString()};
    if (m_survey->hasTemplate() && in.outcome == crm::followups::Outcome::Reached) {
        const QList<services::AnswerInput> answers = m_survey->answers();
        if (!answers.isEmpty()) {
            services::ResponseInput r;
            r.templateId = m_survey->surveyTemplate().id;
            r.answers = answers;
            in.survey = r;
        }
    }
    in.campaignResponse = m_campaignBox->response();
    in.campaignNote = m_campaignBox->note();
    if (m_appointment->isChecked()) {
        services::BookingRequest a;
        a.at = m_appointmentAt->dateTime();
        a.jobType = m_appointmentKind->currentData().toString();
        a.notes = m_appointmentNotes->text().trimmed();
        a.source = u"outbound_call"_s;
        in.appointment = a;
    }
    // The call began when the duration began counting (or as long ago as the agent says it lasted).
    in.startedAt = m_app.services.clock.nowUtc().addSecs(-in.durationSec);
    services::CallDeskService desk(m_app.services);
    QString span;
    if (desk.isQuietAt(in.startedAt, &span)) {
        if (QMessageBox::question(this, tr("Customer's rest time"),
                                  tr("It is the customer's rest time (%1). Record a call made now anyway?").arg(span),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
            return;
        in.callInQuietHours = true;
    }
    auto r = m_saveUnit.run([&] { return desk.logCall(m_app.session, m_taskId, in); });
    if (!r && r.error().kind == Error::Kind::AlreadyApplied) {
        // The first press did save; only its answer was lost with the connection.
        const QString done = tr("Call saved (the first try had saved it; only the answer was lost with the connection).");
        moveOnAfterSave(done);
        m_saved->setText(done);
        return;
    }
    if (!r) {
        showError(this, tr("Save call"), r.error()); // the form keeps what was typed
        return;
    }
    // A grievance heard on the call becomes a complaint in one step, linked to the call and to
    // its feedback item (which is handed over to the complaint desk).
    QString registered;
    QStringList heard;
    qint64 grievanceItem = 0;
    for (int i = 0; i < in.feedback.size(); ++i)
        if (in.feedback[i].category == crm::feedback::kGrievance) {
            heard << in.feedback[i].text;
            if (!grievanceItem)
                grievanceItem = r->feedbackItems.value(i);
        }
    if (!heard.isEmpty() && m_app.session.can(Permission::HandleComplaints)) {
        const data::TaskRow *t = m_model->taskAt(m_model->rowOf(m_taskId));
        if (t && QMessageBox::question(this, tr("Register a complaint"),
                                       tr("The customer complained on this call. Register it as a complaint now?"),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes) {
            services::ComplaintInput c;
            c.customerId = t->customerId;
            c.vehicleId = t->vehicleId;
            c.channel = u"followup_call"_s;
            c.category = u"service_attitude"_s;
            c.description = heard.join(u'\n') + (in.notes.trimmed().isEmpty() ? QString() : u"\n"_s + in.notes.trimmed());
            c.callId = r->callId;
            complaints::ComplaintDialog dlg(m_app, c, t->customerName, this);
            if (grievanceItem)
                dlg.setRegistrar([this, grievanceItem](const services::ComplaintInput &in) -> Result<data::ComplaintRow> {
                    services::FeedbackService feedback(m_app.services);
                    auto item = feedback.view(m_app.session, grievanceItem);
                    if (!item)
                        return item.error();
                    return feedback.toComplaint(m_app.session, grievanceItem, item->row.version, in);
                });
            if (dlg.exec() == QDialog::Accepted)
                registered = tr("Complaint %1 registered from the call.").arg(dlg.number());
        }
    }
    if (!registered.isEmpty() && r->survey.alertId)
        registered += u' ';
    if (!r->survey.complaintNumber.isEmpty())
        registered += tr("Unhappy answer: complaint %1 opened and the manager alerted.").arg(r->survey.complaintNumber);
    else if (r->survey.alertId)
        registered += tr("Unhappy answer: the manager is alerted.");
    QString done;
    switch (r->decision.action) {
    case crm::followups::RetryDecision::Action::Done:
        done = tr("Call saved; task done.");
        break;
    case crm::followups::RetryDecision::Action::Unreachable:
        done = tr("Call saved; the customer is marked unreachable for this task.");
        break;
    case crm::followups::RetryDecision::Action::Retry:
        done = tr("Call saved; the task comes back at %1.")
                   .arg(QLocale().toString(r->decision.nextAttempt.toLocalTime(), QLocale::ShortFormat));
        break;
    }
    moveOnAfterSave(done);
    m_saved->setText(registered.isEmpty() ? done : registered + u' ' + done);
}

// On to the next task: the one below the saved one, or the first.
void CallDeskPage::moveOnAfterSave(const QString &done)
{
    services::CallDeskService desk(m_app.services);
    const int row = m_model->rowOf(m_taskId);
    m_taskId = 0;
    data::QueueFilter f = m_model->filter();
    m_model->setFilter(f);
    auto count = desk.queueCount(m_app.session, f);
    m_count->setText(count ? countText(*count) : QString());
    if (m_model->rowCount() > 0) {
        m_queue->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0));
    } else {
        m_empty->setTexts(tr("Queue done"), done + u' ' + tr("Nothing else to call in this view."));
        m_right->setCurrentWidget(m_empty);
    }
    m_queue->setFocus();
}

void CallDeskPage::generateNow()
{
    // On a large base this reads every vehicle and visit in the windows: off the GUI thread.
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant v =
        BackgroundJob::run(this, m_app.services.db.spec(), tr("Generating today's follow-up tasks…"),
                           [who, clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
                               services::Context ctx{threadCtx.db, *clock};
                               auto r = services::FollowupService(ctx).generate(who, clock->nowUtc().toLocalTime().date());
                               return r ? QVariant(r->total()) : QVariant::fromValue(r.error());
                           });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Generate tasks"), v.value<Error>());
        return;
    }
    m_saved->setText(tr("%n new task(s) for today.", nullptr, v.toInt()));
    applyFilter();
}

} // namespace crm::ui::followups
