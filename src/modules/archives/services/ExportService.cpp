#include "archives/services/ExportService.h"

#include "archives/services/CustomerService.h"
#include "data/Transaction.h"
#include "services/TableWriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<qint64> ExportService::exportCustomers(const Session &who, const data::CustomerQuery &query, const QString &path,
                                              const Progress &progress, const std::atomic<bool> *cancel)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export customer data")));
    const data::CustomerQuery q = CustomerService(m_ctx).withChurnDates(query);
    const QStringList headers{tr("Name"), tr("Gender"), tr("Mobile"), tr("City"),      tr("Source"),
                              tr("VIP"),  tr("Models"), tr("Plates"), tr("Last visit")};
    auto cells = [](const data::CustomerListRow &r) {
        return QStringList{r.name,
                           r.gender == u"M"_s   ? tr("Male")
                           : r.gender == u"F"_s ? tr("Female")
                                                : QString(),
                           r.mobile,
                           r.city,
                           CustomerService::sourceTitle(r.source),
                           r.vip ? tr("yes") : QString(),
                           r.models,
                           r.plates,
                           r.lastContact.toString(Qt::ISODate)};
    };

    auto writer = TableWriter::open(path);
    if (!writer)
        return writer.error();
    CRM_TRY((*writer)->sheet(tr("Customers"), headers));
    data::CustomerRepository repo(m_ctx.db);
    std::optional<data::ListCursor> cursor;
    qint64 written = 0;
    while (true) {
        if (cancel && cancel->load())
            return Error::conflict(tr("The export was cancelled; no file was written.")); // the writer removes its file
        auto page = repo.page(q, cursor, 1000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const data::CustomerListRow &r : *page) {
            QVariantList row;
            for (const QString &c : cells(r))
                row << c;
            CRM_TRY((*writer)->row(row));
            ++written;
        }
        cursor = data::CustomerRepository::cursorOf(q, page->last());
        if (progress)
            progress(written);
    }
    CRM_TRY((*writer)->finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"customers"_s,
                          {},
                          {},
                          {{u"file"_s, QFileInfo(path).fileName()}, {u"customers"_s, written}},
                          QFileInfo(path).fileName()}));
    CRM_TRY(tx.commit());
    return written;
}

} // namespace crm::services
