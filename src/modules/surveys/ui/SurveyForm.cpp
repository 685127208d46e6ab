#include "surveys/ui/SurveyForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

namespace crm::ui::surveys {

SurveyForm::SurveyForm(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void SurveyForm::clear()
{
    for (auto &[label, field] : m_rows) {
        if (auto *c = qobject_cast<QComboBox *>(field))
            c->setCurrentIndex(0);
        else if (auto *l = qobject_cast<QLineEdit *>(field))
            l->clear();
        else if (auto *list = qobject_cast<QListWidget *>(field))
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(Qt::Unchecked);
    }
    updateVisibility();
}

void SurveyForm::setTemplate(const services::TemplateDef &t)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_template = t;
    for (const services::QuestionDef &q : t.questions) {
        QWidget *field = nullptr;
        if (q.kind == u"text"_s) {
            auto *line = new QLineEdit(this);
            line->setMaxLength(1000);
            field = line;
        } else if (q.kind == u"multi"_s) {
            auto *list = new QListWidget(this);
            for (const QString &o : q.options) {
                auto *item = new QListWidgetItem(o, list);
                item->setCheckState(Qt::Unchecked);
            }
            list->setMaximumHeight(22 * int(q.options.size()) + 6);
            field = list;
        } else {
            auto *combo = new QComboBox(this);
            combo->addItem(u"—"_s, QVariant());
            // Each point says what it means, as the paper questionnaire does.
            if (q.kind == u"scale5"_s) {
                const QStringList meaning{tr("very dissatisfied"), tr("dissatisfied"), tr("neutral"), tr("satisfied"),
                                          tr("very satisfied")};
                for (int s = 1; s <= 5; ++s)
                    combo->addItem(tr("%1 %2").arg(s).arg(meaning[s - 1]), s);
            } else if (q.kind == u"scale10"_s) {
                for (int s = 0; s <= 10; ++s)
                    combo->addItem(s == 0    ? tr("0 not at all likely")
                                   : s == 10 ? tr("10 extremely likely")
                                             : QString::number(s),
                                   s);
            } else if (q.kind == u"yesno"_s) {
                combo->addItem(tr("Yes"), 1);
                combo->addItem(tr("No"), 0);
            } else {
                for (int i = 0; i < q.options.size(); ++i)
                    combo->addItem(q.options[i], i);
            }
            connect(combo, &QComboBox::currentIndexChanged, this, &SurveyForm::updateVisibility);
            field = combo;
        }
        field->setObjectName(u"surveyQ%1"_s.arg(q.position));
        auto *label = new QLabel(u"%1. %2%3"_s.arg(q.position).arg(q.text, q.mandatory ? u" *"_s : QString()), this);
        label->setWordWrap(true);
        label->setBuddy(field);
        m_form->addRow(label, field);
        m_rows << qMakePair(label, field);
    }
    updateVisibility();
}

QWidget *SurveyForm::fieldAt(int position) const
{
    for (int i = 0; i < m_template.questions.size(); ++i)
        if (m_template.questions[i].position == position)
            return m_rows[i].second;
    return nullptr;
}

QList<services::AnswerInput> SurveyForm::answers() const
{
    QList<services::AnswerInput> out;
    for (int i = 0; i < m_template.questions.size(); ++i) {
        const services::QuestionDef &q = m_template.questions[i];
        QWidget *field = m_rows[i].second;
        if (field->isHidden())
            continue; // not asked
        services::AnswerInput a;
        a.position = q.position;
        if (auto *c = qobject_cast<QComboBox *>(field)) {
            if (!c->currentData().isValid())
                continue;
            a.score = c->currentData().toInt();
        } else if (auto *l = qobject_cast<QLineEdit *>(field)) {
            if (l->text().trimmed().isEmpty())
                continue;
            a.text = l->text().trimmed();
        } else if (auto *list = qobject_cast<QListWidget *>(field)) {
            QStringList chosen;
            for (int k = 0; k < list->count(); ++k)
                if (list->item(k)->checkState() == Qt::Checked)
                    chosen << list->item(k)->text();
            if (chosen.isEmpty())
                continue;
            a.text = chosen.join(u'\n');
        }
        out << a;
    }
    return out;
}

void SurveyForm::updateVisibility()
{
    QMap<int, int> scores;
    for (int i = 0; i < m_template.questions.size(); ++i)
        if (auto *c = qobject_cast<QComboBox *>(m_rows[i].second); c && c->currentData().isValid())
            scores.insert(m_template.questions[i].position, c->currentData().toInt());
    for (int i = 0; i < m_template.questions.size(); ++i) {
        const bool shown = services::SurveyService::visible(m_template, m_template.questions[i], scores);
        m_rows[i].first->setVisible(shown);
        m_rows[i].second->setVisible(shown);
    }
}

} // namespace crm::ui::surveys
