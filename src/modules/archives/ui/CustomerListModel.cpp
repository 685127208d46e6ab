#include "archives/ui/CustomerListModel.h"

#include "archives/services/CustomerService.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {

CustomerListModel::CustomerListModel(services::Context ctx, services::Session session, QObject *parent, int pageSize)
    : QAbstractTableModel(parent), m_ctx(ctx), m_session(std::move(session)), m_pageSize(qMax(1, pageSize))
{
}

void CustomerListModel::resetTo(const data::CustomerQuery &q, QList<data::CustomerListRow> first)
{
    m_query = q;
    m_pages.clear();
    m_recent.clear();
    m_missing.clear();
    m_rows = int(first.size());
    m_totalKnown = first.size() < m_pageSize;
    m_pages.insert(0, std::move(first));
    m_recent << 0;
}

void CustomerListModel::setQuery(const data::CustomerQuery &q)
{
    // A new sort keeps the rows, so the count still holds and the scroll bar keeps its size.
    data::CustomerQuery sameRows = q;
    sameRows.sort = m_query.sort;
    const int keptTotal = sameRows == m_query && m_totalKnown ? m_rows : -1;
    beginResetModel();
    m_error.reset();
    auto page = services::CustomerService(m_ctx).page(m_session, q, std::nullopt, m_pageSize);
    if (!page)
        m_error = page.error();
    resetTo(q, page ? *page : QList<data::CustomerListRow>());
    if (keptTotal > m_rows && !m_error) {
        m_rows = keptTotal;
        m_totalKnown = true;
    }
    endResetModel();
    emit queryChanged();
}

void CustomerListModel::setFirstPage(const data::CustomerQuery &q, const QList<data::CustomerListRow> &rows)
{
    beginResetModel();
    m_error.reset();
    resetTo(q, rows);
    endResetModel();
    emit queryChanged();
}

void CustomerListModel::setTotal(qint64 total)
{
    const int n = int(std::clamp<qint64>(total, 0, std::numeric_limits<int>::max()));
    // Known before the signals go out: a view answering them must not fetch the next page.
    m_totalKnown = true;
    if (n > m_rows) {
        beginInsertRows({}, m_rows, n - 1);
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        // Rows went away since the first page was read (another desk): the count is the truth.
        beginRemoveRows({}, n, m_rows - 1);
        m_rows = n;
        endRemoveRows();
    }
}

const QList<data::CustomerListRow> *CustomerListModel::pageAt(int page) const
{
    if (auto held = m_pages.find(page); held != m_pages.end()) {
        m_recent.removeOne(page);
        m_recent << page;
        return &*held;
    }
    if (m_missing.contains(page))
        return nullptr;
    ++m_pagesAsked;
    auto missing = [this, page](std::optional<Error> e) {
        if (e)
            m_error = std::move(e);
        m_missing.insert(page);
        return nullptr;
    };
    services::CustomerService customers(m_ctx);
    std::optional<data::ListCursor> after;
    if (page > 0) {
        const auto previous = m_pages.constFind(page - 1);
        if (previous != m_pages.cend() && previous->size() == m_pageSize) {
            after = data::CustomerRepository::cursorOf(m_query, previous->last());
        } else {
            auto at = customers.cursorAt(m_session, m_query, qint64(page) * m_pageSize - 1, m_totalKnown ? m_rows : -1);
            if (!at)
                return missing(at.error());
            if (!*at)
                return missing(std::nullopt); // past the end of the list
            after = **at;
        }
    }
    auto rows = customers.page(m_session, m_query, after, m_pageSize);
    if (!rows)
        return missing(rows.error());
    while (m_recent.size() >= kPagesKept)
        m_pages.remove(m_recent.takeFirst());
    m_recent << page;
    return &*m_pages.insert(page, *rows);
}

const data::CustomerListRow *CustomerListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const QList<data::CustomerListRow> *page = pageAt(row / m_pageSize);
    const int at = row % m_pageSize;
    return page && at < page->size() ? &page->at(at) : nullptr;
}

int CustomerListModel::rowOf(qint64 customerId) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page)
        for (int i = 0; i < page->size(); ++i)
            if (page->at(i).id == customerId)
                return page.key() * m_pageSize + i;
    return -1;
}

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_totalKnown && !m_inserting && m_rows > 0;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canFetchMore(parent))
        return;
    const QList<data::CustomerListRow> *more = pageAt(m_rows / m_pageSize);
    const int size = more ? int(more->size()) : 0;
    if (size == 0) {
        m_totalKnown = true;
        return;
    }
    m_totalKnown = size < m_pageSize;
    m_inserting = true; // a view answering the signals must not fetch the same page again
    beginInsertRows({}, m_rows, m_rows + size - 1);
    m_rows += size;
    endInsertRows();
    m_inserting = false;
}

void CustomerListModel::sort(int column, Qt::SortOrder)
{
    data::CustomerQuery q = m_query;
    q.sort = column == Name   ? data::CustomerQuery::Sort::Name
             : column == City ? data::CustomerQuery::Sort::City
                              : data::CustomerQuery::Sort::Newest;
    if (q.sort != m_query.sort)
        setQuery(q);
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
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
        case Name:
            return r->name;
        case Gender:
            return r->gender == u"M"_s ? tr("Male") : r->gender == u"F"_s ? tr("Female") : QString();
        case Mobile:
            return r->mobile;
        case City:
            return r->city;
        case Models:
            return r->models;
        case Plates:
            return r->plates;
        case LastContact:
            return r->lastContact.isValid() ? QLocale().toString(r->lastContact, QLocale::ShortFormat) : QString();
        case Source:
            return services::CustomerService::sourceTitle(r->source);
        case Vip:
            return r->vip ? tr("VIP") : QString();
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
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case Mobile:
        return tr("Mobile");
    case City:
        return tr("City");
    case Models:
        return tr("Models");
    case Plates:
        return tr("Plates");
    case LastContact:
        return tr("Last visit");
    case Source:
        return tr("Source");
    case Vip:
        return tr("VIP");
    }
    return {};
}

} // namespace crm::ui::archives
