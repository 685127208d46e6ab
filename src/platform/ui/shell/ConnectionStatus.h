#pragma once
#include "data/Database.h"

#include <QLabel>
#include <QTimer>

namespace crm::ui {

// The status bar's word on the database server: empty while all is well; while the connection
// is lost, says so and tries again every second (the Database's backoff decides when a try
// actually reaches for the server), then says it is back for a few seconds.
class ConnectionStatus : public QLabel {
    Q_OBJECT
public:
    ConnectionStatus(data::Database &db, QWidget *parent);
    ~ConnectionStatus() override;

private:
    void changed(bool connected, const QString &detail);
    void tryAgain();
    data::Database &m_db;
    QTimer m_retry;
    int m_attempts = 0; // seconds waited: the timer ticks once a second
};

} // namespace crm::ui
