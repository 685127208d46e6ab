#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart followupsCustomerData()
{
    CustomerDataPart p;
    p.module = u"followups"_s;
    p.copy = {
        {u"contact_optouts"_s, u"SELECT * FROM customer_optouts WHERE customer_id = ?"_s},
        {u"followup_tasks"_s, u"SELECT * FROM followup_tasks WHERE customer_id = ? ORDER BY due_date"_s},
        {u"followup_calls"_s, u"SELECT * FROM followup_calls WHERE customer_id = ? ORDER BY called_at"_s},
    };
    p.moveOnMerge = {u"followup_tasks"_s, u"followup_calls"_s};
    p.keepOnMerge = {u"customer_optouts"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // Never called again, whatever the old consents said.
        CRM_TRY(db.exec(u"INSERT INTO customer_optouts (customer_id, contact_type, reason, created_at, created_by) "
                        "VALUES (?, 'all', 'erased', ?, ?) ON CONFLICT (customer_id, contact_type) DO NOTHING"_s,
                        {e.customerId, e.at, e.by}));
        CRM_TRY(
            db.exec(u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE customer_id = ? AND status = 'open'"_s,
                    {e.at, e.customerId}));
        CRM_TRY(db.exec(u"UPDATE followup_calls SET notes = '', next_action = '' WHERE customer_id = ?"_s, {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
