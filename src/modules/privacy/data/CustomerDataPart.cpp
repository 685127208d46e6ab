#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart privacyCustomerData()
{
    CustomerDataPart p;
    p.module = u"privacy"_s;
    p.copy = {{u"privacy_requests"_s, u"SELECT * FROM privacy_requests WHERE customer_id = ? ORDER BY id"_s}};
    p.moveOnMerge = {u"privacy_requests"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // That a request came in, when, and how and when it was answered is the department's proof;
        // who asked, where the answer went and what they said are the person's.
        CRM_TRY(db.exec(u"UPDATE privacy_requests SET requester = '', contact = '', details = '' WHERE customer_id = ?"_s,
                        {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
