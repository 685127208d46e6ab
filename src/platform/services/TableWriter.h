#pragma once
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVariantList>
#include <memory>

namespace crm::services {

// Writes tables to a .csv or .xlsx file (chosen by suffix). Written under a temporary name and
// renamed by finish(): a failed or abandoned export leaves no half file. Text cells are
// neutralised against formula injection; numbers stay numbers in XLSX. A CSV file holds the
// sheets one after another; with `titledSections` each under its title line (a report), else
// just the header row (a plain table that reads back in).
struct TableWriterOptions {
    bool titledSections = false;
    bool gb18030 = false; // CSV: GB18030 without a BOM (what many manufacturers' portals expect), else UTF-8 with one
    QDateTime created;    // XLSX: the workbook's creation time; set, the same rows give the same bytes
};

class TableWriter {
    Q_DECLARE_TR_FUNCTIONS(crm::services::TableWriter)
public:
    static Result<std::unique_ptr<TableWriter>> open(const QString &path, bool titledSections = false);
    static Result<std::unique_ptr<TableWriter>> open(const QString &path, const TableWriterOptions &options);
    ~TableWriter(); // abandons an unfinished file
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    bool isXlsx() const;
    Status sheet(const QString &title, const QStringList &headers);
    Status row(const QVariantList &cells);
    qint64 rowsInSheet() const { return m_row; }
    Status finish();

private:
    struct Impl;
    explicit TableWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
    qint64 m_row = 0;
};

} // namespace crm::services
