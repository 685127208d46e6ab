#include "ui/shell/SearchWorker.h"

#include "core/Log.h"
#include "data/Database.h"

#include <QMetaObject>

namespace crm::ui {

SearchWorker::SearchWorker(data::ConnectionSpec spec, QObject *parent) : QObject(nullptr), m_spec(std::move(spec))
{
    Q_UNUSED(parent); // lives on its own thread, so it cannot have a parent on the GUI thread
    moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
}

SearchWorker::~SearchWorker()
{
    m_latest = ~quint64(0); // skip whatever is still queued
    QMetaObject::invokeMethod(
        this, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 SearchWorker::request(Job job)
{
    const quint64 id = ++m_latest;
    QMetaObject::invokeMethod(
        this, [this, id, job = std::move(job)] { run(id, job); }, Qt::QueuedConnection);
    return id;
}

void SearchWorker::run(quint64 id, const Job &job)
{
    if (id != m_latest.loadRelaxed())
        return; // a newer request is queued: this one is stale
    if (!m_db) {
        auto db = data::Database::open(m_spec);
        if (!db) {
            emit failed(id, db.error().message);
            return;
        }
        m_db = std::move(*db);
    }
    services::Context ctx{*m_db};
    emit finished(id, job(ctx));
}

} // namespace crm::ui
