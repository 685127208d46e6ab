#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart leadsCustomerData()
{
    CustomerDataPart p;
    p.module = u"leads"_s;
    p.copy = {{u"leads"_s, u"SELECT * FROM leads WHERE customer_id = ?"_s}};
    p.moveOnMerge = {u"leads"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // A lead carries its own copy of the name and mobile it came in with; that a lead came
        // from a source and converted stays for the sales figures.
        CRM_TRY(db.exec(u"UPDATE leads SET name = ?, mobile = '', note = '', lost_reason = '' WHERE customer_id = ?"_s,
                        {e.anonymousName, e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
