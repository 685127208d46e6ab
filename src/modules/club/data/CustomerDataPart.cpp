#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart clubCustomerData()
{
    CustomerDataPart p;
    p.module = u"club"_s;
    p.copy = {
        {u"club_membership"_s, u"SELECT * FROM club_members WHERE customer_id = ?"_s},
        {u"club_cards"_s, u"SELECT k.* FROM club_cards k JOIN club_members m ON m.id = k.member_id WHERE m.customer_id = ?"_s},
        {u"points_ledger"_s,
         u"SELECT l.* FROM points_ledger l JOIN club_members m ON m.id = l.member_id WHERE m.customer_id = ? ORDER BY l.at"_s},
        {u"club_events"_s, u"SELECT * FROM club_events WHERE customer_id = ?"_s},
        {u"member_services"_s, u"SELECT * FROM member_services WHERE customer_id = ?"_s},
    };
    p.moveOnMerge = {u"club_members"_s, u"club_events"_s, u"member_services"_s};
    return p;
}

} // namespace crm::data
