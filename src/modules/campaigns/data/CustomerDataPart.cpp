#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart campaignsCustomerData()
{
    CustomerDataPart p;
    p.module = u"campaigns"_s;
    p.copy = {
        {u"campaign_targets"_s,
         u"SELECT t.*, p.name AS campaign FROM campaign_targets t JOIN campaigns p ON p.id = t.campaign_id "
         "WHERE t.customer_id = ? ORDER BY t.id"_s},
        {u"messages"_s, u"SELECT * FROM messages WHERE customer_id = ? ORDER BY id"_s},
    };
    p.moveOnMerge = {u"campaign_targets"_s, u"messages"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // A message's number and wording are the customer's; that a message went, and its answer
        // from the provider, stay for the counts. A queued one is not sent any more.
        CRM_TRY(
            db.exec(u"UPDATE messages SET status = 'cancelled' WHERE customer_id = ? AND status = 'queued'"_s, {e.customerId}));
        CRM_TRY(db.exec(u"UPDATE messages SET mobile = '', params = '' WHERE customer_id = ?"_s, {e.customerId}));
        CRM_TRY(db.exec(u"UPDATE campaign_targets SET response_note = '', extra = '' WHERE customer_id = ?"_s, {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
