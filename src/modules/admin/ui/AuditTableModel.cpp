#include "admin/ui/AuditTableModel.h"

#include "core/AuditText.h"

#include "core/Clock.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui::admin {

AuditTableModel::AuditTableModel(services::Context ctx, services::Session session, QObject *parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_session(std::move(session))
{
}

void AuditTableModel::setFilter(const data::AuditFilter &f)
{
    beginResetModel();
    m_filter = f;
    m_rows.clear();
    m_atEnd = false;
    m_error.reset();
    m_rows = nextPage(); // the first page arrives with the reset, not as an insert during it
    endResetModel();
}

QList<data::AuditEntry> AuditTableModel::nextPage()
{
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id;
    auto page = services::AuditService(m_ctx).page(m_session, m_filter, before, kPageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return {};
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    return *page;
}

const data::AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<data::AuditEntry> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::actionTitle(const QString &a)
{
    const QString t = AuditText::action(a);
    return t.isEmpty() ? a : t;
}

QString AuditTableModel::entityTitle(const QString &e)
{
    const QString t = AuditText::entity(e);
    return t.isEmpty() ? e : t;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const data::AuditEntry *e = entryAt(index.row());
    if (!e || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return QLocale().toString(fromStoredUtc(e->at).toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case User:
        return e->person.isEmpty() || e->person == e->username ? e->username : u"%1 (%2)"_s.arg(e->person, e->username);
    case Action:
        return actionTitle(e->action);
    case Entity:
        return entityTitle(e->entity);
    case EntityId:
        return e->entityId;
    case Detail:
        if (e->values == data::AuditEntry::Values::Erased)
            return tr("(personal values erased with the customer)");
        if (e->values == data::AuditEntry::Values::Locked)
            return tr("(sealed: this desk has no key file for this database)");
        return e->detail;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record type");
    case EntityId:
        return tr("Record");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace crm::ui::admin
