#pragma once
#include "data/ConnectionSpec.h"
#include "ui/shell/Module.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThread>

namespace crm {
namespace data {
class Database;
}
} // namespace crm

namespace crm::ui {

// Runs searches (any read-only job) on its own thread with its own database connection, so typing never waits
// for the database. Requests carry an increasing id; a request that is no longer the latest
// when its turn comes is skipped, and the page ignores answers to anything but the latest.
class SearchWorker final : public QObject {
    Q_OBJECT
public:
    using Job = std::function<QVariant(services::Context &)>;

    explicit SearchWorker(data::ConnectionSpec spec, QObject *parent = nullptr);
    ~SearchWorker() override;
    // Thread-safe; returns the request id the answer will carry.
    quint64 request(Job job);

signals:
    void finished(quint64 id, const QVariant &result);
    void failed(quint64 id, const QString &message);

private:
    void run(quint64 id, const Job &job);

    data::ConnectionSpec m_spec;
    QThread m_thread;
    std::unique_ptr<data::Database> m_db; // opened and used on m_thread only
    QAtomicInteger<quint64> m_latest{0};
};

} // namespace crm::ui
