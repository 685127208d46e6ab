#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart leadsCustomerData()
{
    CustomerDataPart p;
    p.module = u"leads"_s;
    p.copy = {{u"leads"_s, u"SELECT * FROM leads WHERE customer_id = ?"_s}};
    p.moveOnMerge = {u"leads"_s};
    return p;
}

} // namespace crm::data
