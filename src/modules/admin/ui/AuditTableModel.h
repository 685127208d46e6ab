#pragma once
#include "admin/services/AuditService.h"
#include "services/Session.h"

#include <QAbstractTableModel>

namespace crm::ui::admin {

// The audit log, newest first, fetched in keyset pages as the view scrolls.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, User, Action, Entity, EntityId, Detail, ColumnCount };
    static constexpr int kPageSize = 200;

    AuditTableModel(services::Context ctx, services::Session session, QObject *parent = nullptr);
    void setFilter(const data::AuditFilter &f); // resets and loads the first page
    const data::AuditEntry *entryAt(int row) const;
    const Error *lastError() const { return m_error ? &*m_error : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString actionTitle(const QString &action);
    static QString entityTitle(const QString &entity);

private:
    QList<data::AuditEntry> nextPage();
    services::Context m_ctx;
    services::Session m_session;
    data::AuditFilter m_filter;
    QList<data::AuditEntry> m_rows;
    bool m_atEnd = false;
    std::optional<Error> m_error;
};

} // namespace crm::ui::admin
