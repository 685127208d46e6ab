#include "data/BatchInsert.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
// Bound values per statement: well under SQLite's 32,766 and PostgreSQL's 65,535, large enough
// that the per-statement cost is spread thin, small enough that one statement compiles quickly.
constexpr int kValuesPerStatement = 2000;
} // namespace

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_head(u"INSERT INTO "_s + table + u'(' + columns.join(u", "_s) + u") VALUES "_s), m_columns(int(columns.size()))
{
    QStringList marks(m_columns, u"?"_s);
    m_tuple = u'(' + marks.join(u", "_s) + u')';
    m_perStatement = std::max(1, kValuesPerStatement / std::max(1, m_columns));
    m_full = statement(m_perStatement);
    m_pending.reserve(m_perStatement * m_columns);
}

QString BatchInsert::statement(int rows) const
{
    QString sql = m_head;
    sql.reserve(m_head.size() + rows * (m_tuple.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += u", "_s;
        sql += m_tuple;
    }
    return sql;
}

Status BatchInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns);
    m_pending += row;
    if (++m_rows == m_perStatement)
        return flush();
    return {};
}

Status BatchInsert::flush()
{
    if (m_rows == 0)
        return {};
    Status s = m_rows == m_perStatement ? statusOf(m_db.execCached(m_full, m_pending)) : statusOf(m_db.exec(statement(m_rows), m_pending));
    m_pending.clear();
    m_rows = 0;
    return s;
}

BulkCache::BulkCache(Database &db) : m_db(db)
{
    if (m_db.engine() == Engine::Sqlite)
        (void)m_db.execRaw(u"PRAGMA cache_size=-1048576"_s);
}

BulkCache::~BulkCache()
{
    if (m_db.engine() == Engine::Sqlite)
        (void)m_db.execRaw(u"PRAGMA cache_size=-65536"_s);   // the session's, Dialect::sessionSetup
}

} // namespace crm::data
