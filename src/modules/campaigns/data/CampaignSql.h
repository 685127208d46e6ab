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

// Why a customer (alias c) is not called for a campaign of `kind`; '' = call. The opt-out and
// consent flags are kept on the customer row by triggers (migration 0034). Only fixed words are
// spliced in (the opt-out type comes from campaigns::optOutType, never from input).
inline QString exclusionCase(const QString &kind)
{
    QString sql = u"CASE WHEN c.deleted_at IS NOT NULL OR c.merged_into IS NOT NULL THEN 'removed' "
                  "WHEN c.mobile IS NULL OR c.mobile = '' THEN 'no_mobile' "
                  "WHEN c.opted_out_all = 1 THEN 'do_not_disturb' "
                  "WHEN c.opted_out_%1 = 1 THEN 'opted_out' "_s.arg(campaigns::optOutType(kind));
    if (campaigns::isMarketing(kind))
        sql += u"WHEN c.marketing_consent = 0 THEN 'no_consent' "_s;
    return sql + u"ELSE '' END"_s;
}

} // namespace crm::data::campaignsql
