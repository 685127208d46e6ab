#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart frontdeskCustomerData()
{
    CustomerDataPart p;
    p.module = u"frontdesk"_s;
    p.copy = {
        {u"appointments"_s, u"SELECT * FROM appointments WHERE customer_id = ? ORDER BY scheduled_at"_s},
        {u"appointment_history"_s, u"SELECT e.* FROM appointment_events e JOIN appointments a ON a.id = e.appointment_id "
                                   "WHERE a.customer_id = ? ORDER BY e.id"_s},
        {u"inbound_calls"_s, u"SELECT * FROM inbound_calls WHERE customer_id = ? ORDER BY called_at"_s},
    };
    p.moveOnMerge = {u"appointments"_s, u"inbound_calls"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // What the customer said is theirs; when and what for stays for the workshop's figures.
        CRM_TRY(db.exec(u"UPDATE appointments SET notes = '', reason = '' WHERE customer_id = ?"_s, {e.customerId}));
        CRM_TRY(db.exec(u"UPDATE appointment_events SET note = '' WHERE appointment_id IN "
                        "(SELECT id FROM appointments WHERE customer_id = ?)"_s,
                        {e.customerId}));
        CRM_TRY(
            db.exec(u"UPDATE inbound_calls SET notes = '', outcome = '', number = '' WHERE customer_id = ?"_s, {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
