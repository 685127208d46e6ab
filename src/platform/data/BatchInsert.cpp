#include "data/BatchInsert.h"

using namespace Qt::StringLiterals;

namespace crm::data {
namespace {
// Bound values per statement (SQLite): well under its limit of 32,766, large enough
// that the per-statement cost is spread thin, small enough that one statement compiles quickly.
constexpr int kValuesPerStatement = 2000;
// COPY sends this much at a time: big enough to stream, small enough to hold.
constexpr qsizetype kCopyBytes = 4 << 20;

// A value in COPY's text format: \N for NULL; backslash, tab, newline and return escaped.
void appendCopyValue(QByteArray &out, const QVariant &v)
{
    // As the drivers bind it: a null QString is SQL NULL (Database::text() says "" instead).
    if (v.isNull() || (v.metaType().id() == QMetaType::QString && v.toString().isNull())) {
        out += "\\N";
        return;
    }
    const QByteArray text = v.toString().toUtf8();
    for (char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}
} // namespace

BatchInsert::BatchInsert(Database &db, const QString &table, const QStringList &columns)
    : m_db(db), m_head(u"INSERT INTO "_s + table + u'(' + columns.join(u", "_s) + u") VALUES "_s), m_columns(int(columns.size()))
{
    if (db.engine() == Engine::Postgres) {
        m_copy = true;
        m_table = table;
        m_columnNames = columns;
        return;
    }
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
    if (m_copy) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i)
                m_copyRows += '\t';
            appendCopyValue(m_copyRows, row[i]);
        }
        m_copyRows += '\n';
        ++m_rows;
        return m_copyRows.size() >= kCopyBytes ? flush() : Status();
    }
    m_pending += row;
    if (++m_rows == m_perStatement)
        return flush();
    return {};
}

Status BatchInsert::flush()
{
    if (m_rows == 0)
        return {};
    if (m_copy) {
        Status s = m_db.copyIn(m_table, m_columnNames, m_copyRows);
        m_copyRows.clear();
        m_rows = 0;
        return s;
    }
    Status s = m_rows == m_perStatement ? statusOf(m_db.execCached(m_full, m_pending))
                                        : statusOf(m_db.exec(statement(m_rows), m_pending));
    m_pending.clear();
    m_rows = 0;
    return s;
}

BulkCache::BulkCache(Database &db) : m_db(db)
{
    if (m_db.engine() != Engine::Sqlite)
        return;
    auto before = m_db.scalar(u"PRAGMA cache_size"_s);
    if (before && before->isValid())
        m_before = *before;
    (void)m_db.execRaw(u"PRAGMA cache_size=-1048576"_s);
}

BulkCache::~BulkCache()
{
    if (m_before.isValid())
        (void)m_db.execRaw(u"PRAGMA cache_size=%1"_s.arg(m_before.toLongLong()));
}

} // namespace crm::data
