#include "followups/ui/QueueModel.h"

#include "followups/core/FollowupRules.h"
#include "followups/services/CallDeskService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace crm::ui::followups {

QueueModel::QueueModel(services::Context ctx, services::Session session, QObject *parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_session(std::move(session))
{
}

QString QueueModel::priorityTitle(int p)
{
    switch (p) {
    case 1:
        return tr("High");
    case 2:
        return tr("Normal");
    default:
        return tr("Low");
    }
}

void QueueModel::setFilter(const data::QueueFilter &f)
{
    beginResetModel();
    m_filter = f;
    m_rows.clear();
    m_atEnd = false;
    m_error.reset();
    m_rows = nextPage();
    endResetModel();
}

QList<data::TaskRow> QueueModel::nextPage()
{
    std::optional<data::QueueCursor> after;
    if (!m_rows.isEmpty())
        after = data::FollowupRepository::cursorOf(m_rows.last());
    auto page = services::CallDeskService(m_ctx).queue(m_session, m_filter, after, kPageSize);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return {};
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    return *page;
}

const data::TaskRow *QueueModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QueueModel::rowOf(qint64 taskId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == taskId)
            return i;
    return -1;
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    const data::TaskRow *t = taskAt(index.row());
    if (!t || !index.isValid())
        return {};
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Priority:
            return priorityTitle(t->priority);
        case Due:
            if (t->nextAttemptAt.isValid())
                return tr("%1 (retry %2)")
                    .arg(QLocale().toString(t->due, QLocale::ShortFormat),
                         QLocale().toString(t->nextAttemptAt.toLocalTime(), QLocale::ShortFormat));
            return QLocale().toString(t->due, QLocale::ShortFormat);
        case Kind:
            return crm::followups::FollowupText::kind(t->kind);
        case Customer:
            return t->customerName;
        case Mobile:
            return t->mobile;
        case Vehicle:
            return t->vehicle;
        case Attempts:
            return t->attempts;
        case AssignedTo:
            return t->assignedName.isEmpty() ? tr("(unassigned)") : t->assignedName;
        }
    } else if (role == Qt::ForegroundRole) {
        if (index.column() == Due && t->due < today)
            return QBrush(QColor(0xc6, 0x28, 0x28)); // overdue
        if (index.column() == AssignedTo && t->assignedName.isEmpty())
            return QBrush(QColor(0x75, 0x75, 0x75));
    } else if (role == Qt::FontRole && index.column() == Priority && t->priority == 1) {
        QFont f;
        f.setBold(true);
        return f;
    } else if (role == Qt::ToolTipRole && index.column() == Due) {
        return tr("Open from %1, due %2, expires %3")
            .arg(QLocale().toString(t->available, QLocale::ShortFormat), QLocale().toString(t->due, QLocale::ShortFormat),
                 QLocale().toString(t->expires, QLocale::ShortFormat));
    } else if (role == Qt::UserRole) {
        return t->id;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority:
        return tr("Priority");
    case Due:
        return tr("Due");
    case Kind:
        return tr("Type");
    case Customer:
        return tr("Customer");
    case Mobile:
        return tr("Mobile");
    case Vehicle:
        return tr("Vehicle");
    case Attempts:
        return tr("Attempts");
    case AssignedTo:
        return tr("Agent");
    }
    return {};
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<data::TaskRow> more = nextPage();
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace crm::ui::followups
