#include "archives/data/CustomerData.h"
#include "data/AuditSeal.h"
#include "privacy/data/ErasureLedger.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart privacyCustomerData()
{
    CustomerDataPart p;
    p.module = u"privacy"_s;
    p.copy = {{u"privacy_requests"_s, u"SELECT * FROM privacy_requests WHERE customer_id = ? ORDER BY id"_s}};
    p.moveOnMerge = {u"privacy_requests"_s};
    // The duplicate's audit entries stay sealed under its own key; who was erased stays who it was.
    p.keepOnMerge = {u"audit_keys"_s, u"erased_customers"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        // The audit log's entries about them can no longer be opened (crypto-shredding), and the
        // ledger remembers them for a restore.
        CRM_TRY(AuditSeal(db).forget(e.customerId));
        CRM_TRY(ErasureLedger(db).record(e.customerId, e.at));
        // That a request came in, when, and how and when it was answered is the department's proof;
        // who asked, where the answer went and what they said are the person's.
        CRM_TRY(db.exec(u"UPDATE privacy_requests SET requester = '', contact = '', details = '' WHERE customer_id = ?"_s,
                        {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
