#include "ui/shell/SettingsDialog.h"

#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "ui/shell/TimeSpansEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

QString SettingsDialog::storedLanguage()
{
    return QSettings().value(u"ui/language"_s).toString();
}

SettingsDialog::SettingsDialog(AppContext &app, QWidget *parent)
    : QDialog(parent), m_app(app), m_language(new QComboBox(this)), m_error(new QLabel(this))
{
    setObjectName(u"SettingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *outer = new QVBoxLayout(this);
    // One tab per area, each scrolling on its own: the settings never push the buttons off a
    // laptop screen, and each area reads as one aligned form.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    outer->addWidget(tabs, 1);
    auto page = [tabs](const QString &title) {
        auto *scroll = new QScrollArea(tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *content = new QWidget(scroll);
        auto *form = new QFormLayout(content);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        scroll->setWidget(content);
        tabs->addTab(scroll, title);
        return form;
    };

    QFormLayout *deskForm = page(tr("This computer"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));
    deskForm->addRow(tr("&Language:"), m_language);
    deskForm->addRow(QString(), new QLabel(tr("A new language takes effect when DealerCRM starts again."), this));

    const bool mayEdit = m_app.session.can(Permission::EditSettings);
    services::SettingsService settings(m_app.services);
    QMap<QString, QFormLayout *> groups;
    const bool backups = services::BackupService(m_app.services).applies();
    for (const services::SettingDef &def : services::SettingsService::definitions()) {
        if (!backups && def.key.startsWith(u"backup."_s))
            continue; // PostgreSQL is backed up on the server (pg_dump)
        QFormLayout *form = groups.value(def.group);
        if (!form)
            groups.insert(def.group, form = page(def.group));
        const QString value = settings.value(def.key);
        m_loaded.insert(def.key, value);
        QWidget *editor = nullptr;
        if (def.kind == services::SettingDef::Kind::Integer && !def.choices.isEmpty()) {
            auto *combo = new QComboBox(this);
            for (int i = 0; i < def.choices.size(); ++i)
                combo->addItem(def.choices[i], def.minimum + i);
            combo->setCurrentIndex(qMax(0, combo->findData(value.toInt())));
            editor = combo;
        } else if (def.kind == services::SettingDef::Kind::Integer) {
            auto *spin = new QSpinBox(this);
            spin->setRange(def.minimum, def.maximum);
            spin->setValue(value.toInt());
            spin->setGroupSeparatorShown(def.maximum >= 10000);
            editor = spin;
        } else if (def.kind == services::SettingDef::Kind::TimeSpans) {
            auto *spans = new TimeSpansEdit(this);
            spans->setValue(value);
            editor = spans;
        } else {
            auto *line = new QLineEdit(value, this);
            if (def.maximum > 0)
                line->setMaxLength(def.maximum);
            editor = line;
        }
        editor->setObjectName(def.key);
        editor->setEnabled(mayEdit);
        m_editors.insert(def.key, editor);
        auto *label = new QLabel(def.label + u':', this);
        label->setWordWrap(true);
        label->setBuddy(editor);
        form->addRow(label, editor);
        if (def.key == services::settings::kBackupFolder) {
            // Whether the backups are happening is what people need to see here.
            services::BackupService b(m_app.services);
            const services::BackupPolicy policy = b.policy();
            const QStringList all = b.backups(policy);
            const QString folder = QDir::toNativeSeparators(policy.folder);
            auto *state = new QLabel(
                all.isEmpty()
                    ? tr("No backup yet in %1.").arg(folder)
                    : tr("Last backup %1; %n kept in %2.", nullptr, int(all.size()))
                          .arg(QLocale().toString(services::BackupService::timeOf(all.first()), QLocale::ShortFormat), folder),
                this);
            state->setObjectName(u"lastBackup"_s);
            state->setWordWrap(true);
            state->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(QString(), state);
        }
    }
    if (!mayEdit)
        outer->addWidget(new QLabel(tr("Only a manager or an administrator can change the business settings."), this));

    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    outer->addWidget(buttons);
    // Wide enough for the labels and a time row, at most four fifths of the screen tall.
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(760, avail.width() - 40), std::min(avail.height() * 4 / 5, 620));
}

void SettingsDialog::accept()
{
    QSettings().setValue(u"ui/language"_s, m_language->currentData().toString());
    if (m_app.session.can(Permission::EditSettings)) {
        services::SettingsService settings(m_app.services);
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            QString value;
            if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
                value = QString::number(spin->value());
            else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
                value = QString::number(combo->currentData().toInt());
            else if (auto *spans = qobject_cast<TimeSpansEdit *>(it.value()))
                value = spans->value();
            else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
                value = line->text().trimmed();
            if (value == m_loaded.value(it.key()))
                continue;
            if (Status s = settings.set(m_app.session, it.key(), value); !s) {
                m_error->setText(s.error().message);
                m_error->show();
                // Show the area holding the refused value: its tab is the scroll area around it.
                QWidget *area = it.value();
                while (area && !qobject_cast<QScrollArea *>(area))
                    area = area->parentWidget();
                if (auto *tabs = findChild<QTabWidget *>(u"settingsTabs"_s); tabs && area)
                    tabs->setCurrentWidget(area);
                it.value()->setFocus();
                return;
            }
            m_loaded.insert(it.key(), value);
        }
    }
    QDialog::accept();
}

} // namespace crm::ui
