#include "services/ExportService.h"

#include "core/Csv.h"
#include "data/Transaction.h"
#include "services/CustomerService.h"

#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<qint64> ExportService::exportCustomers(const Session &who, const data::CustomerQuery &query, const QString &path,
                                              const Progress &progress, const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export customer data")));
    const bool xlsx = QFileInfo(path).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0;
    if (!xlsx && QFileInfo(path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) != 0)
        return Error::invalid(tr("Export to a .csv or .xlsx file."));
    const data::CustomerQuery q = CustomerService(m_ctx).withChurnDates(query);
    const QStringList headers{tr("Name"), tr("Gender"), tr("Mobile"), tr("City"), tr("Source"), tr("VIP"), tr("Models"), tr("Plates"),
                              tr("Last visit")};
    auto cells = [](const data::CustomerListRow &r) {
        return QStringList{r.name, r.gender == u"M"_s ? tr("Male") : r.gender == u"F"_s ? tr("Female") : QString(), r.mobile, r.city,
                           CustomerService::sourceTitle(r.source), r.vip ? tr("yes") : QString(), r.models, r.plates,
                           r.lastContact.toString(Qt::ISODate)};
    };

    // Written to a temporary name and renamed at the end: a failed or cancelled export leaves no half file.
    const QString partial = path + u".part"_s;
    QFile::remove(partial);
    QFile csv(partial);
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    if (xlsx) {
        book = workbook_new(partial.toUtf8().constData());
        sheet = book ? workbook_add_worksheet(book, tr("Customers").toUtf8().constData()) : nullptr;
        if (!sheet)
            return Error::io(tr("Cannot create %1.").arg(path));
    } else {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::io(tr("Cannot write %1: %2").arg(path, csv.errorString()));
        csv.write("\xEF\xBB\xBF");   // Excel in China opens UTF-8 correctly only with a BOM
    }
    auto writeRow = [&](int rowIndex, const QStringList &values) {
        if (xlsx) {
            for (int c = 0; c < values.size(); ++c)
                worksheet_write_string(sheet, lxw_row_t(rowIndex), lxw_col_t(c), Csv::neutralise(values[c]).toUtf8().constData(), nullptr);
        } else {
            csv.write(Csv::line(values).toUtf8());
        }
    };
    auto abandon = [&] {
        if (book)
            workbook_close(book);
        csv.close();
        QFile::remove(partial);
    };
    writeRow(0, headers);
    data::CustomerRepository repo(m_ctx.db);
    std::optional<data::ListCursor> cursor;
    qint64 written = 0;
    while (true) {
        if (cancel && cancel->load()) {
            abandon();
            return Error::conflict(tr("The export was cancelled; no file was written."));
        }
        auto page = repo.page(q, cursor, 1000);
        if (!page) {
            abandon();
            return page.error();
        }
        if (page->isEmpty())
            break;
        for (const data::CustomerListRow &r : *page)
            writeRow(int(++written), cells(r));
        cursor = data::CustomerRepository::cursorOf(q, page->last());
        if (progress)
            progress(written);
        if (xlsx && written >= 1048575)   // Excel's row limit
            break;
    }
    if (xlsx) {
        worksheet_set_column(sheet, 0, 8, 14, nullptr);
        if (workbook_close(book) != LXW_NO_ERROR) {
            QFile::remove(partial);
            return Error::io(tr("Cannot write %1.").arg(path));
        }
    } else if (!csv.flush()) {
        abandon();
        return Error::io(tr("Cannot write %1: %2").arg(path, csv.errorString()));
    } else {
        csv.close();
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return Error::io(tr("Cannot write %1.").arg(path));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who, {u"export"_s, u"customers"_s, {}, {}, {{u"file"_s, QFileInfo(path).fileName()}, {u"customers"_s, written}},
                                       QFileInfo(path).fileName()}));
    CRM_TRY(tx.commit());
    return written;
}

} // namespace crm::services
