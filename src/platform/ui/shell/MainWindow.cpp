#include "ui/shell/MainWindow.h"

#include "club/services/ClubService.h"
#include "core/Log.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/services/PhoneLink.h"
#include "frontdesk/ui/DeskPhone.h"
#include "frontdesk/ui/InboundCallDialog.h"
#include "privacy/services/RetentionService.h"
#include "services/BackupService.h"
#include "services/SettingsService.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Messages.h"
#include "ui/shell/ConnectionStatus.h"
#include "ui/shell/GlobalSearch.h"
#include "ui/shell/HelpDialogs.h"
#include "ui/shell/ScreenLock.h"
#include "ui/shell/SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace crm::ui {

// Where each role's day starts on its first sign-in (later: where the user left off).
QString MainWindow::homeModule(Role role)
{
    switch (role) {
    case Role::Agent:
        return u"followups"_s;
    case Role::Archivist:
        return u"archives"_s;
    case Role::Club:
        return u"club"_s;
    case Role::Manager:
        return u"dashboard"_s;
    case Role::Admin:
        return u"users"_s;
    }
    return {};
}

MainWindow::MainWindow(AppContext &app, std::vector<std::unique_ptr<Module>> modules, QWidget *parent)
    : QMainWindow(parent), m_app(app), m_all(std::move(modules)), m_sidebar(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/icons/dealercrm.svg"_s));
    for (auto &m : m_all)
        if (m->availableTo(m_app.session))
            m_visible.push_back(m.get());

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setMinimumWidth(150);
    m_sidebar->setMaximumWidth(260);
    m_sidebar->setSpacing(2);
    for (Module *m : m_visible) {
        auto *item = new QListWidgetItem(m->icon(), m->title(), m_sidebar);
        item->setData(Qt::UserRole, m->id());
        item->setSizeHint(QSize(0, 36));
    }
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    if (m_visible.empty()) {
        m_sidebar->hide();
        m_stack->addWidget(new EmptyState(tr("Nothing here for your role yet"),
                                          tr("An administrator can change your role in User accounts."), m_stack));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_visible.size()))
            activateModule(m_visible[size_t(row)]->id());
    });

    auto *toolbar = addToolBar(tr("Search"));
    toolbar->setObjectName(u"searchToolbar"_s);
    toolbar->setMovable(false);
    m_search = new GlobalSearch(m_app, m_visible, toolbar);
    m_search->setObjectName(u"globalSearch"_s);
    toolbar->addWidget(m_search);
    connect(m_search, &GlobalSearch::hitChosen, this, &MainWindow::openHit);
    m_app.open = [this](const SearchHit &hit) { openHit(hit); };
    buildMenus();
    auto *user = new QLabel(tr("User: %1 (%2)").arg(m_app.session.displayName, m_app.session.username), this);
    auto *role = new QLabel(tr("Role: %1").arg(RoleText::title(m_app.session.role)), this);
    auto *db = new QLabel(tr("Database: %1").arg(m_app.services.db.spec().display()), this);
    user->setObjectName(u"statusUser"_s);
    role->setObjectName(u"statusRole"_s);
    db->setObjectName(u"statusDatabase"_s);
    statusBar()->addWidget(user);
    statusBar()->addWidget(role);
    statusBar()->addPermanentWidget(new ConnectionStatus(m_app.services.db, this));
    statusBar()->addPermanentWidget(db);
    // The server's list of sessions names the person at this desk.
    (void)m_app.services.db.setApplicationUser(m_app.session.username);
    refreshTitle();

    QSettings s;
    if (!restoreGeometry(s.value(u"mainwindow/geometry"_s).toByteArray())) {
        // First start: most of the screen, as an archive list needs the width; all of it on a
        // laptop or desk PC (768 rows or so), where every row counts for the call desk.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        if (avail.height() < 900)
            setGeometry(avail);
        else
            resize(avail.width() * 9 / 10, avail.height() * 9 / 10);
        splitter->setSizes({170, width() - 170}); // the module names, not half the window
    }
    restoreState(s.value(u"mainwindow/state"_s).toByteArray());
    splitter->restoreState(s.value(u"mainwindow/splitter"_s).toByteArray());
    const QString last = s.value(u"mainwindow/module/"_s + m_app.session.username).toString();
    if (!m_visible.empty() && !activateModule(last) && !activateModule(homeModule(m_app.session.role)))
        activateModule(m_visible.front()->id());
    m_lock = new ScreenLock(m_app.services, m_app.session, this);
    connect(m_lock, &ScreenLock::signOutRequested, this, &MainWindow::signOut);
    startDeskSession();
    HelpDialogs::whatsNewAfterUpgrade(this);
    if (m_app.startupJobs)
        startStartupJobs();
    startPhone();
    // Scheduled backups: looked at a minute after start (a desk switched off overnight catches
    // up then) and every ten minutes; the backup files say when the last one was made.
    if (services::BackupService(m_app.services).applies()) {
        auto *timer = new QTimer(this);
        timer->setObjectName(u"backupTimer"_s);
        connect(timer, &QTimer::timeout, this, [this] { backUpIfDue(); });
        timer->start(10 * 60 * 1000);
        if (m_app.startupJobs)
            QTimer::singleShot(60 * 1000, this, [this] { backUpIfDue(); });
    }
}

void MainWindow::startPhone()
{
    delete m_phone;
    m_phone = nullptr;
    const services::PhoneSettings settings = services::PhoneSettings::load();
    if (!m_app.session.can(Permission::BookAppointments) || !settings.callerIdOn())
        return;
    m_phone = new services::PhoneListener(this);
    if (Status s = m_phone->start(settings); !s) {
        statusBar()->showMessage(s.error().message, 15000);
        return;
    }
    connect(m_phone, &services::PhoneListener::refused, this,
            [this](const QString &why) { statusBar()->showMessage(why, 15000); });
    connect(m_phone, &services::PhoneListener::incomingCall, this, [this](const QString &number) {
        raise();
        activateWindow();
        if (QApplication::activeModalWidget()) { // one call at a time: the open form is not taken away
            statusBar()->showMessage(tr("Incoming call from %1: finish the open form, then press F2.").arg(number), 30000);
            return;
        }
        frontdesk::openInboundCall(m_app, this, number);
        for (const auto &m : m_visible)
            if (m->id() == u"frontdesk"_s)
                m->refresh();
    });
}

bool MainWindow::backUpIfDue()
{
    if (m_backingUp)
        return false;
    m_backingUp = true;
    const Clock *clock = &m_app.services.clock;
    BackgroundJob::start(
        this, m_app.services.db.spec(),
        [clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
            services::Context ctx{threadCtx.db, *clock};
            services::BackupService backups(ctx);
            if (!backups.isDue())
                return QString();
            auto r = backups.backUp(services::Session::system(u"scheduled backup"_s));
            return r ? QVariant(*r) : QVariant::fromValue(r.error());
        },
        [this](const QVariant &v) {
            m_backingUp = false;
            if (BackgroundJob::isError(v)) {
                // Said where it is seen every day; the next attempt is in ten minutes.
                statusBar()->showMessage(tr("The scheduled backup failed: %1").arg(v.value<Error>().message));
                log::get("backup")->error("scheduled backup failed: {}", v.value<Error>().text().toStdString());
                emit backupChecked(QString());
                return;
            }
            if (!v.toString().isEmpty())
                statusBar()->showMessage(tr("Backed up the database to %1.").arg(v.toString()), 15000);
            emit backupChecked(v.toString());
        });
    return true;
}

void MainWindow::backUpNow()
{
    if (m_backingUp) {
        statusBar()->showMessage(tr("A backup is being made already."), 8000);
        return;
    }
    const Clock *clock = &m_app.services.clock;
    const services::Session who = m_app.session;
    m_backingUp = true;
    const QVariant r = BackgroundJob::run(this, m_app.services.db.spec(), tr("Backing up the database…"),
                                          [&](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
                                              services::Context ctx{threadCtx.db, *clock};
                                              auto path = services::BackupService(ctx).backUp(who);
                                              return path ? QVariant(*path) : QVariant::fromValue(path.error());
                                          });
    m_backingUp = false;
    if (BackgroundJob::isError(r))
        showError(this, tr("Back up now"), r.value<Error>());
    else
        statusBar()->showMessage(tr("Backed up the database to %1.").arg(r.toString()), 15000);
}

void MainWindow::startStartupJobs()
{
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    // The club's daily run (points expiry, birthday points, tier review) in case no nightly job
    // ran: idempotent, so every club desk that starts may run it.
    if (who.can(Permission::ManageClub)) {
        BackgroundJob::start(
            this, m_app.services.db.spec(),
            [who, clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
                services::Context ctx{threadCtx.db, *clock};
                auto r = services::ClubService(ctx).runDaily(who, clock->nowUtc().toLocalTime().date());
                return r ? QVariant(r->pointsExpired) : QVariant::fromValue(r.error());
            },
            [this](const QVariant &v) {
                if (BackgroundJob::isError(v))
                    statusBar()->showMessage(tr("The club's daily run failed: %1").arg(v.value<Error>().message), 15000);
            });
    }
    // The retention policy's daily run when it erases by itself and no nightly job did (once a day).
    if (who.can(Permission::EditCustomers) && who.can(Permission::ExportData))
        BackgroundJob::start(
            this, m_app.services.db.spec(),
            [who, clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
                services::Context ctx{threadCtx.db, *clock};
                auto r = services::RetentionService(ctx).runIfDue(who);
                return r ? QVariant() : QVariant::fromValue(r.error());
            },
            [this](const QVariant &v) {
                if (BackgroundJob::isError(v))
                    statusBar()->showMessage(tr("The retention policy's run failed: %1").arg(v.value<Error>().message), 15000);
            });
    // Today's follow-up tasks, generated off the GUI thread so the window is usable at once;
    // generation is idempotent, so every desk that starts may run it.
    if (!who.can(Permission::WorkFollowups))
        return;
    statusBar()->showMessage(tr("Generating today's follow-up tasks…"));
    BackgroundJob::start(
        this, m_app.services.db.spec(),
        [who, clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
            services::Context ctx{threadCtx.db, *clock};
            // Yesterday's no-shows and the coming confirmation calls first, so today's queue has them
            // (the nightly close-day may not have run: a desk switched off overnight catches up).
            if (who.can(Permission::BookAppointments))
                if (auto closed = services::AppointmentService(ctx).closeDay(who, clock->nowUtc().toLocalTime()); !closed)
                    return QVariant::fromValue(closed.error());
            auto r = services::FollowupService(ctx).generate(who, clock->nowUtc().toLocalTime().date());
            if (!r)
                return QVariant::fromValue(r.error());
            // Feedback reminders due and informing calls that ended: the nightly job's work, caught up.
            if (who.can(Permission::HandleFeedback))
                if (auto chased = services::FeedbackService(ctx).raiseReminders(who); !chased)
                    return QVariant::fromValue(chased.error());
            return QVariant(r->total());
        },
        [this](const QVariant &v) {
            if (BackgroundJob::isError(v)) {
                statusBar()->showMessage(tr("Follow-up tasks were not generated: %1").arg(v.value<Error>().message), 15000);
                return;
            }
            statusBar()->showMessage(tr("%n new follow-up task(s) for today.", nullptr, v.toInt()), 10000);
            for (Module *m : m_visible)
                if (m_widgets.contains(m->id()))
                    m->refresh();
        });
}

MainWindow::~MainWindow()
{
    m_app.open = nullptr; // the context outlives the window
}

void MainWindow::buildMenus()
{
    // Every shortcut the window answers to is an action in a menu, so the menus show them and the
    // shortcut list (Help) is read from the same actions.
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    // QKeySequence::Preferences has no binding on most Linux desktops; the README promises Ctrl+,.
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    settings->setObjectName(u"actionSettings"_s);
    if (m_app.session.can(Permission::BookAppointments) || m_app.session.can(Permission::WorkFollowups)) {
        QAction *phone = file->addAction(tr("Desk &phone…"), this, [this] {
            if (frontdesk::editDeskPhone(this))
                startPhone();
        });
        phone->setObjectName(u"actionDeskPhone"_s);
    }
    if (services::BackupService(m_app.services).applies() && m_app.session.can(Permission::BackUp)) {
        QAction *backup = file->addAction(tr("&Back up now"), this, &MainWindow::backUpNow);
        backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
        backup->setObjectName(u"actionBackupNow"_s);
    }
    file->addSeparator();
    QAction *lock = file->addAction(tr("&Lock the screen"), this, [this] { m_lock->lockNow(); });
    lock->setShortcut(QKeySequence(tr("Ctrl+L")));
    lock->setObjectName(u"actionLock"_s);
    QAction *out = file->addAction(tr("Sign &out / switch user"), this, &MainWindow::signOut);
    out->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    out->setObjectName(u"actionSignOut"_s);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(tr("Ctrl+Q")));
    quit->setObjectName(u"actionQuit"_s);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *find = go->addAction(tr("&Search customers and records"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence(tr("Ctrl+K")));
    find->setObjectName(u"actionSearch"_s);
    if (m_app.session.can(Permission::BookAppointments)) {
        // The phone rings whatever page is open: the caller is looked up from anywhere.
        QAction *inbound = go->addAction(tr("&Inbound call…"), this, [this] {
            frontdesk::openInboundCall(m_app, this);
            for (const auto &m : m_visible)
                if (m->id() == u"frontdesk"_s)
                    m->refresh();
        });
        inbound->setShortcut(QKeySequence(Qt::Key_F2));
        inbound->setObjectName(u"actionInboundCall"_s);
    }
    go->addSeparator();
    for (int i = 0; i < int(m_visible.size()); ++i) {
        QAction *a = go->addAction(m_visible[size_t(i)]->icon(), m_visible[size_t(i)]->title(), this,
                                   [this, i] { m_sidebar->setCurrentRow(i); });
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setObjectName(u"actionModule_"_s + m_visible[size_t(i)]->id());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    // F1 opens the guide at the chapter of the page in front (the guide's anchors are the module ids).
    QAction *guide = help->addAction(tr("User &guide"), this, [this] { HelpDialogs::guide(this, currentModuleId()); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setObjectName(u"actionGuide"_s);
    HelpDialogs::coverDialogs(this, [this] { return currentModuleId(); });
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] { HelpDialogs::shortcuts(this); });
    keys->setShortcut(QKeySequence(tr("Ctrl+/")));
    keys->setObjectName(u"actionShortcuts"_s);
    QAction *news = help->addAction(tr("&What's new"), this, [this] { HelpDialogs::whatsNew(this); });
    news->setObjectName(u"actionWhatsNew"_s);
    help->addSeparator();
    help->addAction(tr("&About DealerCRM"), this, [this] { HelpDialogs::about(this, m_app.services.db.spec().display()); });
}

void MainWindow::signOut()
{
    m_signOut = true;
    close();
}

void MainWindow::refreshTitle()
{
    const QString dealer = services::SettingsService(m_app.services).value(services::settings::kDealerName);
    setWindowTitle(dealer.isEmpty() ? tr("DealerCRM") : tr("DealerCRM — %1").arg(dealer));
}

QStringList MainWindow::moduleIds() const
{
    QStringList ids;
    for (Module *m : m_visible)
        ids << m->id();
    return ids;
}

QString MainWindow::currentModuleId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < int(m_visible.size()) ? m_visible[size_t(row)]->id() : QString();
}

QWidget *MainWindow::moduleWidget(const QString &id) const
{
    return m_widgets.value(id);
}

void MainWindow::openHit(const SearchHit &hit)
{
    for (Module *m : m_visible) {
        if (m->id() == hit.moduleId && activateModule(m->id())) {
            m->open(hit);
            return;
        }
    }
    statusBar()->showMessage(tr("Your role cannot open this record here."), 8000);
}

bool MainWindow::activateModule(const QString &id)
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        Module *m = m_visible[i];
        if (m->id() != id)
            continue;
        QWidget *w = m_widgets.value(id);
        if (!w) {
            // Each page sits in a frame that scrolls only when the window is smaller than the
            // page needs (a 1024×768 desk PC): the window itself never has to be wider or taller
            // than the screen, and nothing is out of reach.
            auto *frame = new QScrollArea(m_stack);
            frame->setObjectName(u"frame_"_s + id);
            frame->setWidgetResizable(true);
            frame->setFrameShape(QFrame::NoFrame);
            frame->setFocusPolicy(Qt::NoFocus); // not a stop of its own on Tab
            w = m->createWidget(m_app, frame);
            w->setObjectName(u"module_"_s + id);
            frame->setWidget(w);
            m_widgets.insert(id, w);
            m_frames.insert(id, frame);
            m_stack->addWidget(frame);
        }
        m_stack->setCurrentWidget(m_frames.value(id));
        if (m_sidebar->currentRow() != int(i)) {
            const QSignalBlocker block(m_sidebar);
            m_sidebar->setCurrentRow(int(i));
        }
        log::get("ui")->debug("module {} shown", id.toStdString());
        return true;
    }
    return false;
}

void MainWindow::openSettings()
{
    SettingsDialog dlg(m_app, this);
    if (dlg.exec() == QDialog::Accepted)
        refreshTitle();
}

bool MainWindow::openFile(const QString &moduleId, const QString &path)
{
    for (Module *m : m_visible)
        if (m->id() == moduleId && activateModule(moduleId))
            return m->openFile(path);
    return false;
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    QSettings s;
    s.setValue(u"mainwindow/geometry"_s, saveGeometry());
    s.setValue(u"mainwindow/state"_s, saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        s.setValue(u"mainwindow/splitter"_s, splitter->saveState());
    s.setValue(u"mainwindow/module/"_s + m_app.session.username, currentModuleId());
    endDeskSession();
    e->accept();
}

} // namespace crm::ui
