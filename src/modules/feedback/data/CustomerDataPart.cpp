#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart feedbackCustomerData()
{
    CustomerDataPart p;
    p.module = u"feedback"_s;
    p.copy = {
        {u"feedback_items"_s, u"SELECT * FROM feedback_items WHERE customer_id = ? ORDER BY id"_s},
        {u"feedback_events"_s,
         u"SELECT e.* FROM feedback_events e JOIN feedback_items i ON i.id = e.item_id WHERE i.customer_id = ? ORDER BY e.id"_s},
    };
    p.moveOnMerge = {u"feedback_items"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // What the customer said and what was answered is theirs; that an item was received,
        // routed and answered on time stays for the department's figures.
        CRM_TRY(db.exec(u"UPDATE feedback_items SET text = '-', answer = '', result = '', "
                        "status = CASE WHEN status IN ('open', 'answered', 'informing') THEN 'closed' ELSE status END, "
                        "closed_at = COALESCE(closed_at, ?) WHERE customer_id = ?"_s,
                        {e.at, e.customerId}));
        CRM_TRY(db.exec(u"UPDATE feedback_events SET note = '' WHERE item_id IN "
                        "(SELECT id FROM feedback_items WHERE customer_id = ?)"_s,
                        {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
