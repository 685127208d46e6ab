#include "services/TableWriter.h"

#include "core/Csv.h"
#include "core/TextCodec.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace crm::services {

struct TableWriter::Impl {
    QString path;
    QString partial;
    bool xlsx = false;
    QFile csv;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    int columns = 0;
    bool finished = false;
    bool firstSheet = true;
    bool titled = false;
    bool gb18030 = false;
    QByteArray encode(const QString &line) const
    {
        return gb18030 ? TextCodec::encode(line, TextCodec::Encoding::Gb18030) : line.toUtf8();
    }
};

TableWriter::TableWriter(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

TableWriter::~TableWriter()
{
    if (d->finished)
        return;
    if (d->book)
        workbook_close(d->book);
    d->csv.close();
    QFile::remove(d->partial);
}

Result<std::unique_ptr<TableWriter>> TableWriter::open(const QString &path, bool titledSections)
{
    return open(path, TableWriterOptions{titledSections, false, {}});
}

Result<std::unique_ptr<TableWriter>> TableWriter::open(const QString &path, const TableWriterOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"xlsx"_s && suffix != u"csv"_s)
        return Error::invalid(tr("Export to a .csv or .xlsx file."));
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->partial = path + u".part"_s;
    impl->xlsx = suffix == u"xlsx"_s;
    impl->titled = options.titledSections;
    impl->gb18030 = options.gb18030;
    QFile::remove(impl->partial);
    if (impl->xlsx) {
        impl->book = workbook_new(impl->partial.toUtf8().constData());
        if (!impl->book)
            return Error::io(tr("Cannot create %1.").arg(path));
        if (options.created.isValid()) {
            lxw_doc_properties properties{};
            properties.created = time_t(options.created.toSecsSinceEpoch());
            workbook_set_properties(impl->book, &properties);
        }
    } else {
        impl->csv.setFileName(impl->partial);
        if (!impl->csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::io(tr("Cannot write %1: %2").arg(path, impl->csv.errorString()));
        if (!impl->gb18030)
            impl->csv.write("\xEF\xBB\xBF"); // Excel in China opens UTF-8 correctly only with a BOM
    }
    return std::unique_ptr<TableWriter>(new TableWriter(std::move(impl)));
}

bool TableWriter::isXlsx() const
{
    return d->xlsx;
}

Status TableWriter::sheet(const QString &title, const QStringList &headers)
{
    m_row = 0;
    d->columns = int(headers.size());
    if (d->xlsx) {
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString name = title;
        name.replace(QRegularExpression(u"[\\[\\]:*?/\\\\]"_s), u"_"_s);
        d->sheet = workbook_add_worksheet(d->book, name.left(31).toUtf8().constData());
        if (!d->sheet)
            return Error::io(tr("Cannot add the sheet %1.").arg(title));
        worksheet_set_column(d->sheet, 0, lxw_col_t(std::max(0, d->columns - 1)), 16, nullptr);
    } else {
        if (!d->firstSheet)
            d->csv.write("\r\n");
        if (d->titled)
            d->csv.write(d->encode(Csv::line({title})));
    }
    d->firstSheet = false;
    QVariantList cells;
    for (const QString &h : headers)
        cells << h;
    return row(cells);
}

Status TableWriter::row(const QVariantList &cells)
{
    if (d->xlsx) {
        if (!d->sheet)
            return Error::invalid(u"no sheet"_s);
        if (m_row >= 1048576)
            return Error::invalid(tr("An Excel sheet holds at most 1,048,576 rows."));
        for (int c = 0; c < cells.size(); ++c) {
            const QVariant &v = cells[c];
            const auto type = v.metaType().id();
            if (type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double || type == QMetaType::UInt)
                worksheet_write_number(d->sheet, lxw_row_t(m_row), lxw_col_t(c), v.toDouble(), nullptr);
            else
                worksheet_write_string(d->sheet, lxw_row_t(m_row), lxw_col_t(c),
                                       Csv::neutralise(v.toString()).toUtf8().constData(), nullptr);
        }
    } else {
        QStringList values;
        for (const QVariant &v : cells)
            values << (v.metaType().id() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 4) : v.toString());
        if (d->csv.write(d->encode(Csv::line(values))) < 0)
            return Error::io(tr("Cannot write %1: %2").arg(d->path, d->csv.errorString()));
    }
    ++m_row;
    return {};
}

Status TableWriter::finish()
{
    if (d->xlsx) {
        const lxw_error e = workbook_close(d->book);
        d->book = nullptr;
        if (e != LXW_NO_ERROR) {
            QFile::remove(d->partial);
            return Error::io(tr("Cannot write %1.").arg(d->path));
        }
    } else {
        if (!d->csv.flush()) {
            d->csv.close();
            QFile::remove(d->partial);
            return Error::io(tr("Cannot write %1: %2").arg(d->path, d->csv.errorString()));
        }
        d->csv.close();
    }
    QFile::remove(d->path);
    if (!QFile::rename(d->partial, d->path)) {
        QFile::remove(d->partial);
        return Error::io(tr("Cannot write %1.").arg(d->path));
    }
    d->finished = true;
    return {};
}

} // namespace crm::services
