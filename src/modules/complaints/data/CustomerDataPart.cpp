#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart complaintsCustomerData()
{
    CustomerDataPart p;
    p.module = u"complaints"_s;
    p.copy = {{u"complaints"_s, u"SELECT * FROM complaints WHERE customer_id = ? ORDER BY registered_at"_s}};
    p.moveOnMerge = {u"complaints"_s};
    // Erasure keeps the register: the case, its deadlines and who handled it are the dealer's
    // record (the customer's name is gone with the customer row).
    return p;
}

} // namespace crm::data
