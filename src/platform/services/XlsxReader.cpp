#include "services/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <minizip/unzip.h>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("crm::services::ImportService", s);
}

// The system minizip, the same one libxlsxwriter uses. (QuaZip bundles its own altered copy
// of minizip whose exported symbols shadow the system one and crash libxlsxwriter's writer.)
struct Zip {
    unzFile f = nullptr;
    ~Zip()
    {
        if (f)
            unzClose(f);
    }
    bool has(const QString &name) const { return unzLocateFile(f, name.toUtf8().constData(), 1) == UNZ_OK; }
    QStringList names() const
    {
        QStringList out;
        for (int r = unzGoToFirstFile(f); r == UNZ_OK; r = unzGoToNextFile(f)) {
            char name[512];
            if (unzGetCurrentFileInfo64(f, nullptr, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK)
                out << QString::fromUtf8(name);
        }
        return out;
    }
};

Result<QByteArray> entry(Zip &zip, const QString &name)
{
    if (!zip.has(name))
        return Error::invalid(tr("The workbook has no %1; it is not a complete XLSX file.").arg(name));
    if (unzOpenCurrentFile(zip.f) != UNZ_OK)
        return Error::invalid(tr("%1 in the workbook cannot be read; the file may be truncated.").arg(name));
    QByteArray data;
    char buf[65536];
    int n = 0;
    // A million-row export's worksheet is well under a gigabyte of XML; a few kilobytes that
    // inflate past this are a zip bomb, not a workbook.
    constexpr qsizetype kMaxEntry = qsizetype(2) << 30;
    while ((n = unzReadCurrentFile(zip.f, buf, sizeof buf)) > 0) {
        data.append(buf, n);
        if (data.size() > kMaxEntry) {
            unzCloseCurrentFile(zip.f);
            return Error::invalid(
                tr("%1 in the workbook unpacks to more than 2 GB; save the sheet as CSV and import that.").arg(name));
        }
    }
    const int closed = unzCloseCurrentFile(zip.f); // checks the CRC
    if (n < 0 || closed != UNZ_OK)
        return Error::invalid(tr("%1 in the workbook is damaged; the file may be truncated.").arg(name));
    return data;
}

// The column of a cell reference ("C12" → 2): one to three Latin letters up to XFD, Excel's
// last column; -1 for anything else (a damaged file must not make a negative or huge index).
int columnIndex(QStringView ref)
{
    constexpr int kExcelColumns = 16384;
    int col = 0, letters = 0;
    for (QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return -1;
        col = col * 26 + (u - u'A' + 1);
    }
    return letters == 0 || col > kExcelColumns ? -1 : col - 1;
}
} // namespace

Result<QList<QStringList>> readXlsxFirstSheet(const QString &path)
{
    Zip zip;
    zip.f = unzOpen64(QFile::encodeName(path).constData());
    if (!zip.f)
        return Error::invalid(tr("%1 is not a readable XLSX file (damaged or truncated).").arg(QFileInfo(path).fileName()));
    QStringList shared;
    if (zip.has(u"xl/sharedStrings.xml"_s)) {
        auto xml = entry(zip, u"xl/sharedStrings.xml"_s);
        if (!xml)
            return xml.error();
        QXmlStreamReader r(*xml);
        QString current;
        bool inSi = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == u"si"_s) {
                inSi = true;
                current.clear();
            } else if (r.isStartElement() && r.name() == u"t"_s && inSi) {
                current += r.readElementText();
            } else if (r.isStartElement() && r.name() == u"rPh"_s) {
                r.skipCurrentElement(); // phonetic guide text is not part of the value
            } else if (r.isEndElement() && r.name() == u"si"_s) {
                shared << current;
                inSi = false;
            }
        }
        if (r.hasError())
            return Error::invalid(tr("The shared strings of the workbook are damaged: %1").arg(r.errorString()));
    }
    QString sheet = u"xl/worksheets/sheet1.xml"_s;
    if (!zip.has(sheet)) {
        sheet.clear();
        for (const QString &name : zip.names())
            if (name.startsWith(u"xl/worksheets/"_s) && name.endsWith(u".xml"_s) && (sheet.isEmpty() || name < sheet))
                sheet = name;
        if (sheet.isEmpty())
            return Error::invalid(tr("The workbook has no worksheet."));
    }
    auto xml = entry(zip, sheet);
    if (!xml)
        return xml.error();
    QList<QStringList> rows;
    QXmlStreamReader r(*xml);
    QStringList row;
    int col = 0;
    QString type;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"row"_s) {
                row.clear();
                col = 0;
            } else if (r.name() == u"c"_s) {
                const auto ref = r.attributes().value(u"r"_s);
                col = ref.isEmpty() ? col : columnIndex(ref);
                if (col < 0)
                    return Error::invalid(tr("The worksheet has a cell reference Excel does not write (%1); the file is damaged.")
                                              .arg(ref.left(20).toString()));
                type = r.attributes().value(u"t"_s).toString();
            } else if (r.name() == u"v"_s || (r.name() == u"t"_s && type == u"inlineStr"_s)) {
                QString value = r.readElementText();
                if (type == u"s"_s)
                    value = shared.value(value.toInt());
                else if (type == u"b"_s)
                    value = value == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
                while (row.size() < col)
                    row << QString();
                if (row.size() == col)
                    row << value;
                else
                    row[col] += value;
            }
        } else if (r.isEndElement()) {
            if (r.name() == u"c"_s)
                ++col;
            else if (r.name() == u"row"_s)
                rows << row;
        }
    }
    if (r.hasError())
        return Error::invalid(tr("The worksheet is damaged (%1); the file may be truncated.").arg(r.errorString()));
    return rows;
}

} // namespace crm::services
