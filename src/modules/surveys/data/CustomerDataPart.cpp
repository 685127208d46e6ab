#include "archives/data/CustomerData.h"

using namespace Qt::StringLiterals;

namespace crm::data {

CustomerDataPart surveysCustomerData()
{
    CustomerDataPart p;
    p.module = u"surveys"_s;
    p.copy = {
        {u"survey_responses"_s, u"SELECT * FROM survey_responses WHERE customer_id = ? ORDER BY answered_at"_s},
        {u"survey_answers"_s,
         u"SELECT a.* FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.customer_id = ?"_s},
    };
    p.moveOnMerge = {u"survey_responses"_s};
    // Scores stay in the statistics; the customer's own words go.
    p.erase = [](Database &db, const Erasure &e) -> Status {
        CRM_TRY(db.exec(
            u"UPDATE survey_answers SET text = '' WHERE response_id IN (SELECT id FROM survey_responses WHERE customer_id = ?) "
            "AND question_id IN (SELECT id FROM survey_questions WHERE kind = 'text')"_s,
            {e.customerId}));
        return {};
    };
    return p;
}

} // namespace crm::data
