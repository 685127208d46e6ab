#include "archives/core/Consents.h"
#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart archivesCustomerData()
{
    CustomerDataPart p;
    p.module = u"archives"_s;
    p.copy = {
        {u"customer"_s, u"SELECT * FROM customers WHERE id = ?"_s},
        {u"consents"_s, u"SELECT * FROM customer_consents WHERE customer_id = ?"_s},
        {u"tags"_s, u"SELECT * FROM customer_tags WHERE customer_id = ?"_s},
        {u"vehicles"_s, u"SELECT * FROM vehicles WHERE customer_id = ?"_s},
        {u"vehicle_ownership"_s, u"SELECT * FROM vehicle_ownership WHERE customer_id = ?"_s},
        {u"service_visits"_s,
         u"SELECT s.* FROM service_visits s JOIN vehicles v ON v.id = s.vehicle_id WHERE v.customer_id = ? ORDER BY s.visit_date"_s},
        // The stored file's path and checksum are the store's business, not the customer's data.
        {u"documents"_s,
         u"SELECT id, vehicle_id, kind, file_name, archive_location, created_at, deleted_at FROM documents WHERE customer_id = ?"_s},
    };
    p.moveOnMerge = {u"vehicles"_s, u"service_visits"_s, u"vehicle_ownership"_s, u"documents"_s};
    p.keepOnMerge = {u"customer_consents"_s, u"customer_tags"_s, u"customer_search_keys"_s};
    p.erase = [](Database &db, const Erasure &e) -> Status {
        CRM_TRY(db.exec(u"UPDATE customers SET name = ?, gender = '', mobile = NULL, other_phones = '', city = '', address = '', "
                        "birthday = NULL, vip = 0, updated_at = ?, deleted_at = COALESCE(deleted_at, ?) WHERE id = ?"_s,
                        {e.anonymousName, e.at, e.at, e.customerId}));
        CRM_TRY(db.exec(u"DELETE FROM customer_search_keys WHERE customer_id = ?"_s, {e.customerId}));
        // A vehicle's plate points at its keeper; the VIN stays for recalls and warranty.
        CRM_TRY(db.exec(u"UPDATE vehicles SET plate = '' WHERE customer_id = ?"_s, {e.customerId}));
        // Kept documents keep their content (the law's reason to keep them), not a name that may be hers.
        CRM_TRY(db.exec(u"UPDATE documents SET file_name = kind WHERE customer_id = ?"_s, {e.customerId}));
        CRM_TRY(db.exec(u"DELETE FROM customer_tags WHERE customer_id = ?"_s, {e.customerId}));
        for (const QString &purpose : archives::consentPurposes())
            CRM_TRY(db.exec(
                u"INSERT INTO customer_consents (customer_id, purpose, granted, recorded_at, how) VALUES (?, ?, 0, ?, 'erased') "
                "ON CONFLICT (customer_id, purpose) DO UPDATE SET granted = 0, recorded_at = excluded.recorded_at, how = excluded.how"_s,
                {e.customerId, purpose, e.at}));
        return {};
    };
    return p;
}

} // namespace crm::data
