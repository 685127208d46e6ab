#include "ui/shell/ConnectionStatus.h"

using namespace Qt::StringLiterals;

namespace crm::ui {

ConnectionStatus::ConnectionStatus(data::Database &db, QWidget *parent) : QLabel(parent), m_db(db)
{
    setObjectName(u"connectionStatus"_s);
    hide();
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionStatus::tryAgain);
    // The listener may be called from inside any statement of this (the GUI) thread's database.
    m_db.setStateListener([this](bool connected, const QString &detail) {
        QMetaObject::invokeMethod(
            this, [this, connected, detail] { changed(connected, detail); }, Qt::QueuedConnection);
    });
}

ConnectionStatus::~ConnectionStatus()
{
    m_db.setStateListener({});
}

void ConnectionStatus::changed(bool connected, const QString &detail)
{
    if (connected) {
        m_retry.stop();
        m_attempts = 0;
        setStyleSheet(u"color: #1b5e20;"_s);
        setText(tr("Connected to the database server again."));
        setToolTip({});
        QTimer::singleShot(8000, this, [this] {
            if (m_db.connected())
                hide();
        });
    } else {
        setStyleSheet(u"color: #b71c1c; font-weight: bold;"_s);
        setText(tr("Database server unreachable — reconnecting… Nothing is lost: forms stay open until saved."));
        setToolTip(detail);
        m_retry.start();
    }
    show();
}

void ConnectionStatus::tryAgain()
{
    if (m_db.connected()) {
        m_retry.stop();
        return;
    }
    ++m_attempts;
    setText(
        tr("Database server unreachable for %1 s — reconnecting… Nothing is lost: forms stay open until saved.").arg(m_attempts));
    (void)m_db.reconnectIfDue(); // success reaches changed() through the listener
}

} // namespace crm::ui
