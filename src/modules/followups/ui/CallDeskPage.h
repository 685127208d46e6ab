#pragma once
#include "ui/common/SaveUnit.h"
#include "ui/shell/Module.h"

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;
class QTimer;

namespace crm::ui {
class EmptyState;
}

namespace crm::ui::surveys {
class SurveyForm;
}

namespace crm::ui::campaigns {
class CampaignCallBox;
}
namespace crm::ui::feedback {
class FeedbackCallBox;
}

namespace crm::ui::followups {

class QueueModel;

// The agent's desk: the queue on the left; the task, its script, earlier calls and the call
// form on the right. Keyboard-first: ↑/↓ in the queue, Enter to the form, Alt+1…6 outcome,
// Ctrl+Enter to save and move on to the next task, Esc back to the queue.
class CallDeskPage final : public QWidget {
    Q_OBJECT
public:
    CallDeskPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    void openTask(qint64 taskId); // selects it in the queue (switching to "all open" if needed)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // "12 tasks", or "more than …" past the count the queue stops counting at.
    static QString countText(qint64 n);
    void applyFilter();
    void showTask(const QModelIndex &index);
    void clearForm();
    void updateQuietBanner();
    void updateOutcomeFields();
    void addFeedback();
    void claim();
    void reassign();
    void saveCall();
    void moveOnAfterSave(const QString &done);
    void generateNow();
    QString fillScript(const QString &text) const;

    AppContext &m_app;
    QueueModel *m_model;
    QComboBox *m_scope;
    QComboBox *m_owner;
    QComboBox *m_kind;
    QLabel *m_count;
    QTableView *m_queue;
    QStackedWidget *m_right;
    EmptyState *m_empty;
    QLabel *m_header;
    QLabel *m_quiet;
    QTextBrowser *m_script;
    QGroupBox *m_surveyBox;
    QLabel *m_surveyNote;
    surveys::SurveyForm *m_survey;
    QTreeWidget *m_history;
    QComboBox *m_outcome;
    QDateTimeEdit *m_callBack;
    QSpinBox *m_duration;
    QPlainTextEdit *m_notes;
    QComboBox *m_feedbackCategory;
    QLineEdit *m_feedbackText;
    QListWidget *m_feedback;
    QLineEdit *m_nextAction;
    QGroupBox *m_appointment;
    QDateTimeEdit *m_appointmentAt;
    QComboBox *m_appointmentKind;
    QLineEdit *m_appointmentNotes;
    campaigns::CampaignCallBox *m_campaignBox;
    feedback::FeedbackCallBox *m_feedbackBox;
    QPushButton *m_claim;
    QPushButton *m_reassign;
    QPushButton *m_optOut;
    QPushButton *m_save;
    QLabel *m_saved;
    QTimer *m_tick;
    QElapsedTimer m_callTimer;
    bool m_durationTouched = false;
    qint64 m_taskId = 0;
    SaveUnit m_saveUnit{m_app.services.db};
};

} // namespace crm::ui::followups
