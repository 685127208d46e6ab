#pragma once
#include "services/Guard.h"
#include "services/Session.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>

class QMainWindow;
class QTimer;

namespace crm::ui {

// Locks the main window after the desk has been idle for the minutes of the
// security.idle_lock_minutes setting (0 = never): the window's contents are hidden behind a
// dialog that asks the signed-in person's password again (through UserService::login, so failed
// attempts count towards the account lock-out) or signs out. Any key or mouse input anywhere in
// the application counts as activity.
class ScreenLock final : public QObject {
    Q_OBJECT
public:
    ScreenLock(services::Context ctx, services::Session session, QMainWindow *window);
    bool isLocked() const { return m_dialog != nullptr; }
    qint64 msSinceInput() const { return m_sinceInput.elapsed(); }
    void lockNow();
    void setIdleLimitMsForTests(qint64 ms);
    QDialog *dialog() const { return m_dialog; }

signals:
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void unlock();

    services::Context m_ctx;
    services::Session m_session;
    QMainWindow *m_window;
    QTimer *m_timer;
    QElapsedTimer m_sinceInput;
    qint64 m_limitMs = 0;
    QPointer<QDialog> m_dialog;
};

} // namespace crm::ui
