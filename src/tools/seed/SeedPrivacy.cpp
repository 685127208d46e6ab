// The demo's register of personal-data requests: a copy given last month, a withdrawal of consent
// waiting for its answer, and an erasure request past its legal deadline (shown in red).
#include "seed/SeedService.h"

#include "privacy/services/RequestService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Status SeedService::seedPrivacyRequests(const Session &archivist)
{
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    auto ids = m_ctx.db.exec(u"SELECT id, mobile FROM customers WHERE deleted_at IS NULL AND mobile <> '' ORDER BY id LIMIT 3"_s);
    if (!ids)
        return ids.error();
    QList<QPair<qint64, QString>> customers;
    while (ids->next())
        customers << qMakePair(ids->value(0).toLongLong(), ids->value(1).toString());
    if (customers.size() < 3)
        return {};
    RequestService requests(m_ctx);
    const struct {
        const char *kind;
        int daysAgo;
        const char16_t *details;
        const char16_t *answer;
    } demo[] = {{"copy", 40, u"要一份我在店里登记的全部资料", u"资料副本已导出，次日由客服当面交给本人并签收"},
                {"withdrawal", 3, u"以后不要再打电话推销保险了", nullptr},
                {"erasure", 30, u"车已经卖了，请删除我的个人信息", nullptr}};
    for (int i = 0; i < 3; ++i) {
        PrivacyRequestInput in;
        in.customerId = customers[i].first;
        in.kind = QString::fromLatin1(demo[i].kind);
        in.contact = customers[i].second;
        in.details = QString::fromUtf16(demo[i].details);
        in.receivedOn = today.addDays(-demo[i].daysAgo);
        auto id = requests.registerRequest(archivist, in);
        if (!id)
            return id.error();
        if (demo[i].answer)
            CRM_TRY(requests.answer(archivist, *id, u"answered"_s, QString::fromUtf16(demo[i].answer)));
    }
    return {};
}

} // namespace crm::services
