#pragma once
#include "data/UserRepository.h"

#include <QAbstractTableModel>

namespace crm::ui::admin {

class UserTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, Role, Status, LastLogin, Created, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(QList<data::UserRow> users);
    const data::UserRow *userAt(int row) const;
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<data::UserRow> m_users;
};

} // namespace crm::ui::admin
