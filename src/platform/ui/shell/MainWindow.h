#pragma once
#include "ui/shell/Module.h"

#include <QMainWindow>
#include <QMap>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace crm::services {
class PhoneListener;
}

namespace crm::ui {

class GlobalSearch;
class ScreenLock;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppContext &app, std::vector<std::unique_ptr<Module>> modules, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString homeModule(Role role);
    QStringList moduleIds() const; // the modules shown to this role, in sidebar order
    QString currentModuleId() const;
    bool activateModule(const QString &id);
    void openHit(const SearchHit &hit); // the record in its module, if this role has it
    QWidget *moduleWidget(const QString &id) const;
    // Hands a file to a module (the first run's DMS export to the customers' import); false when
    // this role lacks the module or the module takes no files.
    bool openFile(const QString &moduleId, const QString &path);
    GlobalSearch *searchField() const { return m_search; }
    ScreenLock *screenLock() const { return m_lock; }
    // Looks in the background whether the scheduled backup is due (SQLite; Settings → Backup) and
    // makes it when it is: the backup folder may be a slow network share, never read on the GUI
    // thread. The window's timer calls it; returns false when a check or backup is running already.
    // backupChecked() says how it ended (an empty path: not due).
    bool backUpIfDue();
    // The window closed to let another user sign in (File → Sign out, or the lock's sign-out):
    // the program shows the sign-in again instead of quitting.
    bool signedOut() const { return m_signOut; }
    void signOut();

signals:
    void backupChecked(const QString &madeFile);

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void buildMenus();
    void openSettings();
    void refreshTitle();
    void startStartupJobs();
    void backUpNow();
    // This desk's phone: caller ID (the phone's notification opens the inbound call) when set up.
    void startPhone();

    AppContext &m_app;
    std::vector<std::unique_ptr<Module>> m_all;
    std::vector<Module *> m_visible;
    QMap<QString, QWidget *> m_widgets; // the module pages by id
    QMap<QString, QWidget *> m_frames;  // the scrolling frame around each page
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    GlobalSearch *m_search;
    ScreenLock *m_lock = nullptr;
    qint64 m_deskSession = 0; // desk_sessions row of this window (the usage report's active time)
    void startDeskSession();
    void endDeskSession();
    bool m_backingUp = false;
    bool m_signOut = false;
    services::PhoneListener *m_phone = nullptr;
};

} // namespace crm::ui
