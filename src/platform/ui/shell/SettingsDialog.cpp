#include "ui/shell/SettingsDialog.h"

#include "services/BackupService.h"
#include "services/SettingsService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
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
    setWindowTitle(tr("Settings"));
    setMinimumWidth(480);
    auto *outer = new QVBoxLayout(this);
    // The groups scroll: there are more settings than a laptop screen is tall, and the buttons
    // must stay in reach.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *desk = new QGroupBox(tr("This computer"), this);
    auto *deskForm = new QFormLayout(desk);
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));
    deskForm->addRow(tr("&Language:"), m_language);
    deskForm->addRow(QString(), new QLabel(tr("A new language takes effect when DealerCRM starts again."), desk));
    layout->addWidget(desk);

    const bool mayEdit = m_app.session.can(Permission::EditSettings);
    services::SettingsService settings(m_app.services);
    QMap<QString, QFormLayout *> groups;
    const bool backups = services::BackupService(m_app.services).applies();
    for (const services::SettingDef &def : services::SettingsService::definitions()) {
        if (!backups && def.key.startsWith(u"backup."_s))
            continue; // PostgreSQL is backed up on the server (pg_dump)
        QFormLayout *form = groups.value(def.group);
        if (!form) {
            auto *box = new QGroupBox(def.group, this);
            form = new QFormLayout(box);
            groups.insert(def.group, form);
            layout->addWidget(box);
        }
        const QString value = settings.value(def.key);
        m_loaded.insert(def.key, value);
        QWidget *editor = nullptr;
        if (def.kind == services::SettingDef::Kind::Integer) {
            auto *spin = new QSpinBox(this);
            spin->setRange(def.minimum, def.maximum);
            spin->setValue(value.toInt());
            editor = spin;
        } else {
            auto *line = new QLineEdit(value, this);
            if (def.maximum > 0)
                line->setMaxLength(def.maximum);
            editor = line;
        }
        editor->setObjectName(def.key);
        editor->setEnabled(mayEdit);
        m_editors.insert(def.key, editor);
        form->addRow(def.label + u':', editor);
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
    // As tall as the settings need, at most four fifths of the screen; wide enough for the labels.
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMax(640, content->sizeHint().width() + 40),
           qMin(avail.height() * 4 / 5, content->sizeHint().height() + buttons->sizeHint().height() + 60));
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
            else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
                value = line->text().trimmed();
            if (value == m_loaded.value(it.key()))
                continue;
            if (Status s = settings.set(m_app.session, it.key(), value); !s) {
                m_error->setText(s.error().message);
                m_error->show();
                it.value()->setFocus();
                return;
            }
            m_loaded.insert(it.key(), value);
        }
    }
    QDialog::accept();
}

} // namespace crm::ui
