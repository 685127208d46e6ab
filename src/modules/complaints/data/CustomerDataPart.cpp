#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart complaintsCustomerData()
{
    CustomerDataPart p;
    p.module = u"complaints"_s;
    p.copy = {{u"complaints"_s, u"SELECT * FROM complaints WHERE customer_id = ? ORDER BY registered_at"_s}};
    p.moveOnMerge = {u"complaints"_s};
    // Erasure keeps the register: the case, its category, deadlines, cause and solution and who
    // handled it are the dealer's record. What the customer said (and the notes of its events,
    // which quote it) is theirs: a complaint's words name the person, their phone, their plate.
    p.erase = [](Database &db, const Erasure &e) -> Status {
        CRM_TRY(db.exec(u"UPDATE complaint_events SET note = '' WHERE complaint_id IN "
                        "(SELECT id FROM complaints WHERE customer_id = ?)"_s,
                        {e.customerId}));
        CRM_TRY(db.exec(u"UPDATE complaints SET description = '-', demand = '', customer_reply = '' WHERE customer_id = ?"_s,
                        {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
