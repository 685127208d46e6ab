#pragma once
#include "surveys/services/SurveyService.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace crm::ui::surveys {

// The questions of one template as a form: combo boxes for scales, yes/no and choices (a digit
// key picks the score), checkable lists for multiple choice, a line for free text. A question
// that depends on an earlier answer appears only when that answer is low enough.
class SurveyForm final : public QWidget {
    Q_OBJECT
public:
    explicit SurveyForm(QWidget *parent = nullptr);
    void setTemplate(const services::TemplateDef &t);
    void clear();
    bool hasTemplate() const { return m_template.id != 0; }
    const services::TemplateDef &surveyTemplate() const { return m_template; }
    QList<services::AnswerInput> answers() const;
    QWidget *fieldAt(int position) const; // for tests and focus

private:
    void updateVisibility();
    services::TemplateDef m_template;
    QFormLayout *m_form;
    QList<QPair<QLabel *, QWidget *>> m_rows;
};

} // namespace crm::ui::surveys
