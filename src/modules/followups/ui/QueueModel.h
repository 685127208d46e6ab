#pragma once
#include "followups/data/FollowupRepository.h"
#include "services/Guard.h"

#include <QAbstractTableModel>

namespace crm::ui::followups {

// The agent's queue, in the queue's order (priority, due day), fetched in keyset pages.
class QueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Priority, Due, Kind, Customer, Mobile, Vehicle, Attempts, AssignedTo, ColumnCount };
    static constexpr int kPageSize = 200;

    QueueModel(services::Context ctx, services::Session session, QObject *parent = nullptr);
    void setFilter(const data::QueueFilter &f); // resets and loads the first page
    void reload() { setFilter(m_filter); }
    const data::QueueFilter &filter() const { return m_filter; }
    const data::TaskRow *taskAt(int row) const;
    int rowOf(qint64 taskId) const;
    const Error *lastError() const { return m_error ? &*m_error : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString priorityTitle(int p);

private:
    QList<data::TaskRow> nextPage();
    services::Context m_ctx;
    services::Session m_session;
    data::QueueFilter m_filter;
    QList<data::TaskRow> m_rows;
    bool m_atEnd = false;
    std::optional<Error> m_error;
};

} // namespace crm::ui::followups
