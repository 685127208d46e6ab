#pragma once
#include "data/ConnectionSpec.h"

#include <QSqlError>
#include <QString>

namespace crm::data {

// Everything that differs between SQLite and PostgreSQL lives here and only here.
class Dialect {
public:
    explicit Dialect(Engine e) : m_engine(e) {}
    Engine engine() const { return m_engine; }

    // Suffix of engine-specific migration parts: NNNN_name.sqlite.sql / NNNN_name.postgres.sql.
    QString migrationSuffix() const;
    // Portable DDL tokens in migrations: @ID@ (auto-increment primary key), @BIGINT@.
    QString translate(QString sql) const;
    // SQLite: BEGIN IMMEDIATE takes the write lock up front, so a read-then-write
    // transaction never fails at its first write under a second writer.
    QString beginWrite() const;
    // Appended to a SELECT that must lock its rows until the transaction ends: FOR UPDATE on
    // PostgreSQL; nothing on SQLite, where the write transaction already excludes other writers.
    QString lockRows() const;
    // The other writer holds the lock / a serialization failure: worth retrying.
    bool isTransient(const QSqlError &e) const;
    // The connection itself is gone (PostgreSQL: SQLSTATE class 08, or the server shutting down
    // or killing the session, 57P01–57P03). SQLite has no connection to lose.
    bool isConnectionLost(const QSqlError &e) const;
    // Statements run once on every new connection.
    QStringList sessionSetup() const;

    // "column starts with ?" in the form each engine answers from a plain index:
    // SQLite GLOB (binary collation, uses the index), PostgreSQL LIKE (text_pattern_ops index).
    QString prefixCondition(const QString &column) const;
    QString prefixPattern(const QString &prefix) const;

    // After a table name in FROM: this index and no other, on SQLite (INDEXED BY; a statement
    // the index cannot serve fails to prepare, so a test catches it). For the few statements
    // whose right plan must not depend on statistics: SQLite bases carry none (no ANALYZE), and
    // without them an equality on a plain index beats a partial index that fits the query.
    // Nothing on PostgreSQL, whose statistics the bulk loads refresh.
    QString indexedBy(const QString &index) const;

    // An ISO date text column plus whole months, as ISO date text (for comparisons in SQL).
    QString addMonths(const QString &dateColumn, int months) const;
    // Days from one ISO date (column or bound value) to another, as a number.
    QString daysBetween(const QString &fromDate, const QString &toDate) const;

    // LIKE pattern with %, _ and the escape character escaped; use with ESCAPE '\'.
    static QString escapeLike(const QString &text);

private:
    Engine m_engine;
};

} // namespace crm::data
