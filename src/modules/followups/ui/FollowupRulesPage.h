#pragma once
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTableWidget;

namespace crm::ui::followups {

// For managers: the rule table (on/off, days, priority), maintenance limits per model and
// the call script of each task type.
class FollowupRulesPage final : public QWidget {
    Q_OBJECT
public:
    FollowupRulesPage(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    void saveRules();
    void saveLimits();
    void loadScript();
    void saveScript();

    AppContext &m_app;
    QTableWidget *m_rules;
    QTableWidget *m_limits;
    QComboBox *m_scriptKind;
    QPlainTextEdit *m_opening;
    QPlainTextEdit *m_questions;
    QPlainTextEdit *m_closing;
};

} // namespace crm::ui::followups
