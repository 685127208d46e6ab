#pragma once
#include "surveys/services/SurveyService.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace crm::ui::surveys {

// Satisfaction surveys: the analysis (index, NPS, CSAT by period and group, against targets),
// the alerts on unhappy answers, the templates (managers) and paper questionnaires.
class SurveysPage final : public QWidget {
    Q_OBJECT
public:
    SurveysPage(AppContext &app, QWidget *parent = nullptr);
    void reload();

private:
    // The columns of the template editor's question table.
    enum QColumn { QSection, QText, QKind, QOptions, QFactor, QWeight, QNps, QMandatory, QShowIf, QShowMax, QColumns };
    void loadAnalysis();
    void exportAnalysis();
    void drillDown(int row);
    void showDistribution(int row);
    void loadFreeText();
    void loadAlerts();
    void resolveAlert();
    void loadTemplates();
    void showTemplate(int index);
    void saveTemplate();
    void copyTemplate();
    void enterPaper();

    AppContext &m_app;
    QTabWidget *m_tabs;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_group;
    QComboBox *m_purpose;
    QLabel *m_summary;
    QTableWidget *m_scores;
    QList<services::SurveyScore> m_rows;
    QLabel *m_distribution;
    QTreeWidget *m_freeText;
    QCheckBox *m_openOnly;
    QTreeWidget *m_alerts;
    QListWidget *m_templates = nullptr;
    QLineEdit *m_templateName = nullptr;
    QComboBox *m_templatePurpose = nullptr;
    QTableWidget *m_questions = nullptr;
    QLabel *m_templateNote = nullptr;
    QList<services::TemplateDef> m_templateList;
};

} // namespace crm::ui::surveys
