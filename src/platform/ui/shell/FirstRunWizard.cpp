#include "ui/shell/FirstRunWizard.h"

#include "frontdesk/services/AppointmentService.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "ui/common/FileDialogs.h"
#include "ui/shell/TimeSpansEdit.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
// A page whose Next stores what it holds; a refusal keeps the user on it.
class StoringPage final : public QWizardPage {
public:
    StoringPage(const QString &name, const QString &title, std::function<bool()> store = {})
        : m_store(std::move(store)), m_box(new QVBoxLayout(this))
    {
        setObjectName(name);
        setTitle(title);
    }
    QVBoxLayout *box() const { return m_box; }
    bool validatePage() override { return !m_store || m_store(); }
    // Next stays off until the field has text.
    void require(QWidget *field) { registerField(field->objectName() + u'*', field); }

private:
    std::function<bool()> m_store;
    QVBoxLayout *m_box;
};

QLineEdit *line(QWidget *parent, const QString &name, int maxLength, bool password = false)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setMaxLength(maxLength);
    if (password)
        e->setEchoMode(QLineEdit::Password);
    return e;
}

QLabel *intro(const QString &text)
{
    auto *l = new QLabel(text);
    l->setWordWrap(true);
    return l;
}

// The rows of a browse field: the path and a button that picks it.
QWidget *withBrowse(QLineEdit *edit, const QString &objectName, std::function<void()> browse)
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *button = new QPushButton(FirstRunWizard::tr("Choose…"), row);
    button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, row, std::move(browse));
    h->addWidget(button);
    return row;
}
} // namespace

FirstRunWizard::FirstRunWizard(services::Context ctx, QWidget *parent) : QWizard(parent), m_ctx(ctx)
{
    setObjectName(u"firstRunWizard"_s);
    setWindowTitle(tr("Setting up DealerCRM"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(DealerPage, dealerPage());
    setPage(AdminPage, adminPage());
    setPage(UsersPage, usersPage());
    setPage(BackupPage, backupPage());
    setPage(ImportPage, importPage());
    setStartId(DealerPage);
    resize(640, 560);
}

QString FirstRunWizard::importPath() const
{
    return m_importFile->text().trimmed();
}

QLabel *FirstRunWizard::errorLabel(QWidget *page)
{
    auto *l = new QLabel(page);
    l->setObjectName(u"error"_s);
    l->setStyleSheet(u"color: #c62828;"_s);
    l->setWordWrap(true);
    l->hide();
    return l;
}

bool FirstRunWizard::fail(QLabel *label, const QString &message)
{
    label->setText(message);
    label->show();
    return false;
}

QWizardPage *FirstRunWizard::dealerPage()
{
    auto *page = new StoringPage(u"dealerPage"_s, tr("Welcome to DealerCRM"));
    QVBoxLayout *layout = page->box();
    layout->addWidget(intro(tr("This database is new. A few questions set it up for your dealership; every answer can be "
                               "changed later in File → Settings.")));
    auto *form = new QFormLayout;
    m_dealerName = line(page, u"dealerName"_s, 120);
    m_dealerName->setPlaceholderText(tr("e.g. 广州某某汽车销售服务有限公司"));
    m_dealerCode = line(page, u"dealerCode"_s, 32);
    form->addRow(tr("&Dealership name:"), m_dealerName);
    form->addRow(tr("Dealer &code (manufacturer):"), m_dealerCode);
    // The appointment book's calendar. Most stores keep one set of hours on weekdays; a weekday
    // with different hours, and holidays, are set in Settings → Front desk.
    const QString defaultHours = services::SettingsService::definition(services::settings::deskHoursKey(1))->defaultValue;
    m_weekdays = new TimeSpansEdit(page);
    m_saturday = new TimeSpansEdit(page);
    m_sunday = new TimeSpansEdit(page);
    for (auto [edit, name] :
         {std::pair{m_weekdays, u"weekdayHours"_s}, {m_saturday, u"saturdayHours"_s}, {m_sunday, u"sundayHours"_s}}) {
        edit->setObjectName(name);
        edit->setValue(defaultHours);
    }
    form->addRow(tr("Open Monday to Friday:"), m_weekdays);
    form->addRow(tr("Open on Saturdays:"), m_saturday);
    form->addRow(tr("Open on Sundays:"), m_sunday);
    layout->addLayout(form);
    layout->addWidget(intro(tr("A day without hours is closed. Holidays and a weekday with its own hours: Settings → Front "
                               "desk and appointments.")));
    layout->addStretch();
    page->require(m_dealerName);
    return page;
}

QWizardPage *FirstRunWizard::adminPage()
{
    auto *page = new StoringPage(u"adminPage"_s, tr("The administrator"), [this] { return saveAdmin(); });
    QVBoxLayout *layout = page->box();
    layout->addWidget(intro(tr("The administrator adds the staff's accounts, changes the settings and keeps the backups. "
                               "Choose a password only you know; it cannot be read back, only reset by another "
                               "administrator.")));
    auto *form = new QFormLayout;
    m_adminName = line(page, u"displayName"_s, 64); // created first: the page opens with the cursor here
    m_adminUser = line(page, u"username"_s, 32);
    m_adminUser->setText(u"admin"_s);
    m_password = line(page, u"password"_s, 128, true);
    m_confirm = line(page, u"confirm"_s, 128, true);
    // "Na&me", not "&Name": Alt+N is Next.
    form->addRow(tr("Na&me:"), m_adminName);
    form->addRow(tr("&User name:"), m_adminUser);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);
    layout->addLayout(form);
    m_adminError = errorLabel(page);
    layout->addWidget(m_adminError);
    layout->addStretch();
    return page;
}

bool FirstRunWizard::saveAdmin()
{
    m_adminError->hide();
    if (!m_session) {
        if (m_password->text() != m_confirm->text())
            return fail(m_adminError, tr("The two passwords differ."));
        auto s = services::UserService(m_ctx).createFirstAdmin(
            {m_adminUser->text().trimmed().toLower(), m_adminName->text().trimmed(), Role::Admin, m_password->text()});
        if (!s)
            return fail(m_adminError, s.error().message);
        m_session = *s;
        // The account exists now: its fields cannot change it any more (Back shows what was made).
        for (QLineEdit *e : {m_adminUser, m_adminName, m_password, m_confirm})
            e->setReadOnly(true);
    }
    // The first page's answers are stored by the administrator they need.
    QMap<QString, QString> values{{services::settings::kDealerName, m_dealerName->text().trimmed()},
                                  {services::settings::kDealerCode, m_dealerCode->text().trimmed()}};
    for (int weekday = 1; weekday <= 7; ++weekday)
        values.insert(services::settings::deskHoursKey(weekday), (weekday <= 5   ? m_weekdays
                                                                  : weekday == 6 ? m_saturday
                                                                                 : m_sunday)
                                                                     ->value());
    if (Status s = services::SettingsService(m_ctx).setAll(*m_session, values); !s)
        return fail(m_adminError, s.error().message);
    return true;
}

QWizardPage *FirstRunWizard::usersPage()
{
    auto *page = new StoringPage(u"usersPage"_s, tr("The desks' accounts"), [this] { return addPendingUser(); });
    QVBoxLayout *layout = page->box();
    layout->addWidget(intro(tr("Add an account for each person who works with DealerCRM — now or later in Users. Each "
                               "person signs in with their own account: the audit log and the reports say who did what.")));
    auto *form = new QFormLayout;
    m_userName = line(page, u"newName"_s, 64);
    m_userLogin = line(page, u"newUsername"_s, 32);
    m_userRole = new QComboBox(page);
    m_userRole->setObjectName(u"newRole"_s);
    for (Role r : kAllRoles)
        m_userRole->addItem(RoleText::title(r), int(r));
    m_userPassword = line(page, u"newPassword"_s, 128, true);
    form->addRow(tr("Na&me:"), m_userName);
    form->addRow(tr("&User name:"), m_userLogin);
    form->addRow(tr("R&ole:"), m_userRole);
    form->addRow(tr("First &password:"), m_userPassword);
    layout->addLayout(form);
    auto *add = new QPushButton(tr("&Add this account"), page);
    add->setObjectName(u"addUser"_s);
    connect(add, &QPushButton::clicked, this, &FirstRunWizard::addUser);
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addStretch();
    layout->addLayout(bar);
    m_usersError = errorLabel(page);
    layout->addWidget(m_usersError);
    m_added = new QListWidget(page);
    m_added->setObjectName(u"addedUsers"_s);
    layout->addWidget(m_added, 1);
    return page;
}

bool FirstRunWizard::addUser()
{
    m_usersError->hide();
    if (!m_session)
        return false;
    const auto role = Role(m_userRole->currentData().toInt());
    auto id = services::UserService(m_ctx).add(
        *m_session, {m_userLogin->text().trimmed().toLower(), m_userName->text().trimmed(), role, m_userPassword->text()});
    if (!id)
        return fail(m_usersError, id.error().message);
    m_added->addItem(
        tr("%1 (%2) — %3").arg(m_userName->text().trimmed(), m_userLogin->text().trimmed().toLower(), RoleText::title(role)));
    for (QLineEdit *e : {m_userName, m_userLogin, m_userPassword})
        e->clear();
    m_userName->setFocus();
    return true;
}

bool FirstRunWizard::addPendingUser()
{
    // Enter in the form, or Next, with an account typed but not added: it is added (or its
    // refusal shown) rather than left behind.
    const bool typed =
        !m_userName->text().trimmed().isEmpty() || !m_userLogin->text().trimmed().isEmpty() || !m_userPassword->text().isEmpty();
    return !typed || addUser();
}

QWizardPage *FirstRunWizard::backupPage()
{
    auto *page = new StoringPage(u"backupPage"_s, tr("Backups"), [this] { return saveBackup(); });
    QVBoxLayout *layout = page->box();
    m_backupFolder = line(page, u"backupFolder"_s, 400);
    m_backupHours = new QSpinBox(page);
    m_backupHours->setObjectName(u"backupHours"_s);
    m_backupHours->setRange(0, 168);
    m_backupHours->setValue(24);
    m_backupError = errorLabel(page);
    if (m_ctx.db.engine() == data::Engine::Postgres) {
        // The server's data is backed up on the server (pg_dump), not by the desks.
        layout->addWidget(intro(tr("This database is on a PostgreSQL server: it is backed up on the server with pg_dump "
                                   "(see the administrator's chapter of the user guide, F1). The desks make no "
                                   "copies of their own.")));
        m_backupHours->setValue(0);
        m_backupFolder->hide();
        m_backupHours->hide();
    } else {
        layout->addWidget(intro(tr("DealerCRM copies the whole database by itself while a desk is open. Choose a folder "
                                   "on another disk or a shared folder, so a broken disk does not take the copies "
                                   "with it. Empty: beside the database.")));
        auto *form = new QFormLayout;
        form->addRow(tr("Backup &folder:"), withBrowse(m_backupFolder, u"chooseBackupFolder"_s, [this] {
                         const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), startPath({}));
                         if (!dir.isEmpty())
                             m_backupFolder->setText(dir);
                     }));
        form->addRow(tr("Back up &every (hours; 0 = never):"), m_backupHours);
        layout->addLayout(form);
    }
    layout->addWidget(m_backupError);
    layout->addStretch();
    return page;
}

bool FirstRunWizard::saveBackup()
{
    m_backupError->hide();
    if (!m_session || m_ctx.db.engine() == data::Engine::Postgres)
        return true;
    if (Status s = services::SettingsService(m_ctx).setAll(
            *m_session, {{services::settings::kBackupFolder, m_backupFolder->text().trimmed()},
                         {services::settings::kBackupEveryHours, QString::number(m_backupHours->value())}});
        !s)
        return fail(m_backupError, s.error().message);
    return true;
}

QWizardPage *FirstRunWizard::importPage()
{
    auto *page = new StoringPage(u"importPage"_s, tr("Your customers"));
    page->setFinalPage(true);
    QVBoxLayout *layout = page->box();
    layout->addWidget(intro(tr("Bring in the customers and vehicles from the DMS: export them there as Excel (.xlsx) or "
                               "CSV — GB18030 files are read as they are — and choose the file. After Finish you "
                               "match its columns and see every refused row with its reason before anything is "
                               "stored. You can also do it later: Customers → Import (Ctrl+I).")));
    m_importFile = line(page, u"importFile"_s, 1000);
    auto *form = new QFormLayout;
    form->addRow(tr("DMS &export:"), withBrowse(m_importFile, u"chooseImportFile"_s, [this] {
                     const QString path = askOpenPath(this, tr("The DMS export"), QString(),
                                                      tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"));
                     if (!path.isEmpty())
                         m_importFile->setText(path);
                 }));
    layout->addLayout(form);
    layout->addWidget(intro(tr("Press F1 in any page of the program for its part of the user guide.")));
    layout->addStretch();
    return page;
}

} // namespace crm::ui
