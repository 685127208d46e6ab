#include "admin/ui/UserTableModel.h"

#include "core/Clock.h"

#include <QBrush>
#include <QLocale>

namespace crm::ui::admin {

void UserTableModel::setUsers(QList<data::UserRow> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const data::UserRow *UserTableModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users[i].id == userId)
            return i;
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const data::UserRow *u = userAt(index.row());
    if (!u)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username:
            return u->username;
        case DisplayName:
            return u->displayName;
        case Role:
            return RoleText::title(u->role);
        case Status:
            return u->active ? tr("Active") : tr("Disabled");
        case LastLogin:
            return u->lastLogin.isValid() ? QLocale().toString(u->lastLogin.toLocalTime(), QLocale::ShortFormat) : tr("never");
        case Created:
            return QLocale().toString(fromStoredUtc(u->createdAt).toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ForegroundRole && !u->active)
        return QBrush(Qt::gray);
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case LastLogin:
        return tr("Last sign-in");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace crm::ui::admin
