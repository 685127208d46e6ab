#pragma once
// What CampaignRepository's files share: bind lists and the exclusion rule of a campaign's list.
#include "campaigns/core/Campaigns.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace crm::data::campaignsql {
using namespace Qt::StringLiterals;

inline QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << u"?"_s;
    return q.join(u", "_s);
}

inline QDateTime utcOf(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QDateTime() : fromStoredUtc(v.toString());
}

// Why a customer (alias c) is not called for a campaign of `kind`; '' = call. Only fixed words are
// spliced in (the opt-out type comes from campaigns::optOutType, never from input).
inline QString exclusionCase(const QString &kind)
{
    QString sql = u"CASE WHEN c.deleted_at IS NOT NULL OR c.merged_into IS NOT NULL THEN 'removed' "
                  "WHEN c.mobile IS NULL OR c.mobile = '' THEN 'no_mobile' "
                  "WHEN EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = c.id AND o.contact_type = 'all') "
                  "THEN 'do_not_disturb' "
                  "WHEN EXISTS (SELECT 1 FROM customer_optouts o WHERE o.customer_id = c.id AND o.contact_type = '%1') "
                  "THEN 'opted_out' "_s.arg(campaigns::optOutType(kind));
    if (campaigns::isMarketing(kind))
        sql += u"WHEN NOT EXISTS (SELECT 1 FROM customer_consents k WHERE k.customer_id = c.id "
               "AND k.purpose = 'marketing_calls' AND k.granted = 1) THEN 'no_consent' "_s;
    return sql + u"ELSE '' END"_s;
}

} // namespace crm::data::campaignsql
