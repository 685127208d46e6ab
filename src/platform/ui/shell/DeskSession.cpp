// MainWindow's desk session: the signed-in window recorded for the usage report's active time.
#include "ui/shell/MainWindow.h"

#include "core/Log.h"
#include "services/UserService.h"
#include "ui/shell/ScreenLock.h"

#include <QSysInfo>
#include <QTimer>

namespace crm::ui {

void MainWindow::startDeskSession()
{
    auto id = services::UserService(m_app.services).openDeskSession(m_app.session, QSysInfo::machineHostName());
    if (!id) {
        log::get("ui")->warn("desk session not recorded: {}", id.error().message.toStdString());
        return;
    }
    m_deskSession = *id;
    // A minute counts as active when it had input and the screen was not locked.
    auto *beat = new QTimer(this);
    beat->setInterval(60 * 1000);
    connect(beat, &QTimer::timeout, this, [this] {
        const bool active = !m_lock->isLocked() && m_lock->msSinceInput() < 60 * 1000;
        if (auto s = services::UserService(m_app.services).deskSeen(m_deskSession, active ? 60 : 0); !s)
            log::get("ui")->warn("desk session not updated: {}", s.error().message.toStdString());
    });
    beat->start();
}

void MainWindow::endDeskSession()
{
    if (!m_deskSession)
        return;
    if (auto s = services::UserService(m_app.services).closeDeskSession(m_deskSession); !s)
        log::get("ui")->warn("desk session not closed: {}", s.error().message.toStdString());
    m_deskSession = 0;
}

} // namespace crm::ui
