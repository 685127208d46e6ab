// SurveysPage: the template editor (versions, questions, conditions) and entering a paper questionnaire.
#include "surveys/ui/SurveysPage.h"

#include "archives/ui/Dialogs.h"
#include "services/SettingsService.h"
#include "surveys/ui/SurveyForm.h"
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

void SurveysPage::loadTemplates()
{
    if (!m_templates)
        return;
    auto list = services::SurveyService(m_app.services).templates();
    if (!list) {
        showError(this, tr("Surveys"), list.error());
        return;
    }
    m_templateList = *list;
    const int keep = std::max(0, m_templates->currentRow());
    const QSignalBlocker block(m_templates);
    m_templates->clear();
    for (const services::TemplateDef &t : m_templateList)
        m_templates->addItem(tr("%1 (v%2)").arg(t.name).arg(t.version));
    m_templates->setCurrentRow(std::min(keep, int(m_templateList.size()) - 1));
    showTemplate(m_templates->currentRow());
}

void SurveysPage::showTemplate(int index)
{
    if (!m_questions || index < 0 || index >= m_templateList.size())
        return;
    const services::TemplateDef &t = m_templateList[index];
    m_templateName->setText(t.name);
    m_templatePurpose->setCurrentIndex(std::max(0, m_templatePurpose->findData(t.purpose)));
    m_templateNote->setText(
        t.responses > 0 ? tr("Version %1 has %2 responses: saving creates version %3, and the answers keep their questions.")
                              .arg(t.version)
                              .arg(t.responses)
                              .arg(t.version + 1)
                        : tr("Version %1 has no responses yet: it is changed in place.").arg(t.version));
    m_questions->setRowCount(int(t.questions.size()));
    for (int r = 0; r < t.questions.size(); ++r) {
        const services::QuestionDef &q = t.questions[r];
        m_questions->setItem(r, QSection, new QTableWidgetItem(q.section));
        m_questions->setItem(r, QText, new QTableWidgetItem(q.text));
        auto *kind = new QComboBox;
        for (const QString &k : services::SurveyService::kinds())
            kind->addItem(services::SurveyService::kindTitle(k), k);
        kind->setCurrentIndex(std::max(0, kind->findData(q.kind)));
        m_questions->setCellWidget(r, QKind, kind);
        m_questions->setItem(r, QOptions, new QTableWidgetItem(q.options.join(u'\n')));
        m_questions->setItem(r, QFactor, new QTableWidgetItem(q.factor));
        auto *weight = new QDoubleSpinBox;
        weight->setRange(0, 100);
        weight->setDecimals(2);
        weight->setValue(q.weight);
        m_questions->setCellWidget(r, QWeight, weight);
        auto *nps = new QTableWidgetItem;
        nps->setCheckState(q.nps ? Qt::Checked : Qt::Unchecked);
        m_questions->setItem(r, QNps, nps);
        auto *mandatory = new QTableWidgetItem;
        mandatory->setCheckState(q.mandatory ? Qt::Checked : Qt::Unchecked);
        m_questions->setItem(r, QMandatory, mandatory);
        auto *showIf = new QSpinBox;
        showIf->setRange(0, 100);
        showIf->setValue(q.showIfPosition);
        showIf->setSpecialValueText(tr("always"));
        m_questions->setCellWidget(r, QShowIf, showIf);
        auto *showMax = new QSpinBox;
        showMax->setRange(0, 100);
        showMax->setValue(q.showIfMax);
        m_questions->setCellWidget(r, QShowMax, showMax);
    }
    m_questions->resizeRowsToContents();
}

void SurveysPage::saveTemplate()
{
    const int index = m_templates->currentRow();
    if (index < 0 || index >= m_templateList.size())
        return;
    services::TemplateDef t = m_templateList[index];
    t.name = m_templateName->text();
    t.purpose = m_templatePurpose->currentData().toString();
    t.questions.clear();
    for (int r = 0; r < m_questions->rowCount(); ++r) {
        services::QuestionDef q;
        q.section = m_questions->item(r, QSection) ? m_questions->item(r, QSection)->text() : QString();
        q.text = m_questions->item(r, QText) ? m_questions->item(r, QText)->text() : QString();
        q.kind = qobject_cast<QComboBox *>(m_questions->cellWidget(r, QKind))->currentData().toString();
        q.options = m_questions->item(r, QOptions) ? m_questions->item(r, QOptions)->text().split(u'\n', Qt::SkipEmptyParts)
                                                   : QStringList();
        q.factor = m_questions->item(r, QFactor) ? m_questions->item(r, QFactor)->text() : QString();
        q.weight = qobject_cast<QDoubleSpinBox *>(m_questions->cellWidget(r, QWeight))->value();
        q.nps = m_questions->item(r, QNps) && m_questions->item(r, QNps)->checkState() == Qt::Checked;
        q.mandatory = m_questions->item(r, QMandatory) && m_questions->item(r, QMandatory)->checkState() == Qt::Checked;
        q.showIfPosition = qobject_cast<QSpinBox *>(m_questions->cellWidget(r, QShowIf))->value();
        q.showIfMax = qobject_cast<QSpinBox *>(m_questions->cellWidget(r, QShowMax))->value();
        t.questions << q;
    }
    auto saved = services::SurveyService(m_app.services).saveTemplate(m_app.session, t);
    if (!saved) {
        showError(this, tr("Save template"), saved.error()); // the table keeps what was typed
        return;
    }
    loadTemplates();
}

void SurveysPage::copyTemplate()
{
    const int index = m_templates->currentRow();
    if (index < 0 || index >= m_templateList.size())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Copy template"), tr("Name of the copy:"), QLineEdit::Normal,
                                               tr("%1 (copy)").arg(m_templateList[index].name), &ok);
    if (!ok)
        return;
    if (auto r = services::SurveyService(m_app.services).copyTemplate(m_app.session, m_templateList[index].id, name); !r)
        showError(this, tr("Copy template"), r.error());
    loadTemplates();
}

void SurveysPage::enterPaper()
{
    // A questionnaire the customer filled in on paper, typed in afterwards.
    QDialog dlg(this);
    dlg.setObjectName(u"paperDialog"_s);
    dlg.setWindowTitle(tr("Paper questionnaire"));
    dlg.resize(640, 640);
    auto *layout = new QVBoxLayout(&dlg);
    auto *search = new QLineEdit(&dlg);
    search->setObjectName(u"paperCustomerSearch"_s);
    search->setPlaceholderText(tr("Find the customer: name, pinyin initials, mobile, plate"));
    auto *results = new QListWidget(&dlg);
    results->setObjectName(u"paperCustomerResults"_s);
    results->setMaximumHeight(100);
    auto *templateBox = new QComboBox(&dlg);
    templateBox->setObjectName(u"paperTemplate"_s);
    auto list = services::SurveyService(m_app.services).templates();
    if (list)
        for (const services::TemplateDef &t : *list)
            if (t.active)
                templateBox->addItem(t.name, t.id);
    auto *staff = new QLineEdit(&dlg);
    staff->setObjectName(u"paperStaff"_s);
    staff->setPlaceholderText(tr("Sales consultant or service advisor concerned"));
    auto *form = new SurveyForm(&dlg);
    auto *scroll = new QScrollArea(&dlg);
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    auto *error = new QLabel(&dlg);
    error->setObjectName(u"paperError"_s);
    error->setStyleSheet(u"color: #c62828;"_s);
    error->setWordWrap(true);
    auto *head = new QFormLayout;
    head->addRow(tr("Customer:"), search);
    head->addRow(QString(), results);
    head->addRow(tr("Survey:"), templateBox);
    head->addRow(tr("Staff:"), staff);
    layout->addLayout(head);
    layout->addWidget(scroll, 1);
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    layout->addWidget(buttons);
    auto loadForm = [this, form, templateBox] {
        auto t = services::SurveyService(m_app.services).templateById(templateBox->currentData().toLongLong());
        if (t)
            form->setTemplate(*t);
    };
    loadForm();
    connect(templateBox, &QComboBox::currentIndexChanged, &dlg, loadForm);
    connect(search, &QLineEdit::textChanged, &dlg,
            [this, results](const QString &text) { archives::fillCustomerMatches(m_app, results, text); });
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, [&] {
        services::ResponseInput in;
        in.templateId = templateBox->currentData().toLongLong();
        in.customerId = results->currentItem() ? results->currentItem()->data(Qt::UserRole).toLongLong() : 0;
        in.staff = staff->text();
        in.channel = u"paper"_s;
        in.answers = form->answers();
        auto r = services::SurveyService(m_app.services).saveResponse(m_app.session, in);
        if (!r) {
            error->setText(r.error().message); // the dialog keeps what was typed
            return;
        }
        if (!r->complaintNumber.isEmpty())
            QMessageBox::information(
                &dlg, tr("Paper questionnaire"),
                tr("An unhappy answer: complaint %1 is opened and the manager alerted.").arg(r->complaintNumber));
        dlg.accept();
    });
    if (dlg.exec() == QDialog::Accepted)
        reload();
}

} // namespace crm::ui::surveys
