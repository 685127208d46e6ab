#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart oemCustomerData()
{
    CustomerDataPart p;
    p.module = u"oem"_s;
    // PIPL Art. 23: whom the customer's data was given to, and when — the uploads they were in.
    p.copy = {
        {u"oem_uploads"_s, u"SELECT b.file_name, b.created_at, r.line_no, r.cells FROM oem_batch_rows r "
                           "JOIN oem_batches b ON b.id = r.batch_id WHERE r.customer_id = ? ORDER BY b.id, r.line_no"_s},
        {u"oem_survey_results"_s, u"SELECT * FROM oem_survey_results WHERE customer_id = ? ORDER BY id"_s},
    };
    // The manufacturer's survey of a vehicle is the survivor's, as the vehicle is.
    p.moveOnMerge = {u"oem_survey_results"_s};
    // A line records what was sent about that record; a merge does not change what was sent.
    p.keepOnMerge = {u"oem_batch_rows"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // That a line was sent stays (the batch's count and hash); what it said goes. A batch rebuilt
        // afterwards no longer matches its SHA-256, and says so.
        CRM_TRY(db.exec(u"UPDATE oem_batch_rows SET cells = '[]' WHERE customer_id = ?"_s, {e.customerId}));
        // Their words and the order number go; the score stays in the advisor's figures.
        CRM_TRY(db.exec(u"UPDATE oem_survey_results SET verbatim = '', order_no = '' WHERE customer_id = ?"_s, {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
