#include "modules/archives/CustomerListModel.h"

#include "services/CustomerService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {

CustomerListModel::CustomerListModel(services::Context ctx, services::Session session, QObject *parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_session(std::move(session))
{
}

QList<data::CustomerListRow> CustomerListModel::load(const std::optional<data::ListCursor> &after)
{
    auto page = services::CustomerService(m_ctx).page(m_session, m_query, after, kPageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return {};
    }
    m_atEnd = page->size() < kPageSize;
    return *page;
}

void CustomerListModel::setQuery(const data::CustomerQuery &q)
{
    beginResetModel();
    m_query = q;
    m_error.reset();
    m_rows = load(std::nullopt);
    endResetModel();
    emit queryChanged();
}

void CustomerListModel::setFirstPage(const data::CustomerQuery &q, const QList<data::CustomerListRow> &rows)
{
    beginResetModel();
    m_query = q;
    m_error.reset();
    m_rows = rows;
    m_atEnd = rows.size() < kPageSize;
    endResetModel();
    emit queryChanged();
}

const data::CustomerListRow *CustomerListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == customerId)
            return i;
    return -1;
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const QList<data::CustomerListRow> more = load(data::CustomerRepository::cursorOf(m_query, m_rows.last()));
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void CustomerListModel::sort(int column, Qt::SortOrder)
{
    data::CustomerQuery q = m_query;
    q.sort = column == Name ? data::CustomerQuery::Sort::Name
           : column == City ? data::CustomerQuery::Sort::City
                            : data::CustomerQuery::Sort::Newest;
    if (q.sort != m_query.sort)
        setQuery(q);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    const data::CustomerListRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return r->name;
        case Gender: return r->gender == u"M"_s ? tr("Male") : r->gender == u"F"_s ? tr("Female") : QString();
        case Mobile: return r->mobile;
        case City: return r->city;
        case Models: return r->models;
        case Plates: return r->plates;
        case LastContact: return r->lastContact.isValid() ? QLocale().toString(r->lastContact, QLocale::ShortFormat) : QString();
        case Source: return services::CustomerService::sourceTitle(r->source);
        case Vip: return r->vip ? tr("VIP") : QString();
        }
    }
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::ForegroundRole && index.column() == Vip && r->vip)
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Gender: return tr("Gender");
    case Mobile: return tr("Mobile");
    case City: return tr("City");
    case Models: return tr("Models");
    case Plates: return tr("Plates");
    case LastContact: return tr("Last visit");
    case Source: return tr("Source");
    case Vip: return tr("VIP");
    }
    return {};
}

} // namespace crm::ui::archives
