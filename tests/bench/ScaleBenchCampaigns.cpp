// Campaigns at scale (issue 24): a segment's live count over the whole archive, drawing a large
// list with its call tasks, and queuing its messages. Everything written is rolled back.
#include "Bench.h"
#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

namespace bench {

void campaignsBench(services::Context &ctx, const services::Session &who)
{
    data::Database &db = ctx.db;
    services::CampaignService campaigns(ctx);
    const QString top = db.scalar(u"SELECT model FROM vehicles GROUP BY model ORDER BY COUNT(*) DESC LIMIT 1"_s)->toString();
    struct Probe {
        QString what;
        campaigns::Segment segment;
        QString kind;
    };
    campaigns::Segment all, model, atRisk, modelYear, members;
    model.models = {top};
    atRisk.churn = u"at_risk"_s;
    modelYear.models = {top};
    modelYear.deliveryFrom = QDate(2023, 1, 1);
    modelYear.deliveryTo = QDate(2023, 12, 31);
    members.member = 1;
    members.openComplaint = 0;
    const QList<Probe> probes{{u"every active vehicle's owner"_s, all, u"recall"_s},
                              {u"one model, marketing"_s, model, u"service"_s},
                              {u"at-risk customers, win-back"_s, atRisk, u"win_back"_s},
                              {u"one model delivered in 2023"_s, modelYear, u"service"_s},
                              {u"club members without an open complaint"_s, members, u"event"_s}};
    std::vector<double> counts;
    for (const Probe &p : probes) {
        services::TargetCount n;
        const double ms = msOf([&] { n = must(campaigns.preview(who, p.segment, p.kind), "preview"); });
        counts.push_back(ms);
        std::printf("    %-44s %8lld matched %8lld to call  %8.1f ms\n", qPrintable(p.what), n.matched, n.targets, ms);
    }
    report(u"campaigns: a segment's live count, slowest of 5 segments"_s, *std::max_element(counts.begin(), counts.end()), -1,
           u"ms"_s, u"≤ 1000 ms"_s);

    // A recall to every owner of the top model (no consent needed): the list and its tasks, then
    // the notice to those who agreed to messages. Rolled back: the bench leaves the base as it was.
    data::Transaction outer(db);
    must(outer.started(), "begin");
    must(services::SettingsService(ctx).set(who, services::settings::kMessageDealerPhone, u"020-88886666"_s), "phone");
    services::CampaignInput in;
    in.name = u"bench recall"_s;
    in.kind = u"recall"_s;
    in.startsOn = QDate::currentDate();
    in.endsOn = in.startsOn.addDays(60);
    in.messageTemplate = u"recall_notice"_s;
    qint64 id = 0;
    const double create = msOf([&] { id = must(campaigns.createFromSegment(who, in, model, {}), "create"); });
    const qint64 listed =
        db.scalar(u"SELECT COUNT(*) FROM campaign_targets WHERE campaign_id = ? AND state = 'target'"_s, {id})->toLongLong();
    std::printf("    (%lld customers on the list, each with a call task)\n", listed);
    report(u"campaigns: draw a list with its call tasks, per 50,000"_s, create * 50000.0 / double(std::max<qint64>(1, listed)),
           -1, u"ms"_s, u"≤ 10000 ms"_s);
    must(db.exec(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) SELECT customer_id, 'sms', 1, "
                 "'2026-01-01T00:00:00Z', 'signed_form' FROM campaign_targets WHERE campaign_id = ? AND state = 'target' "
                 "ON CONFLICT (customer_id, purpose) DO NOTHING"_s,
                 {id}),
         "consents");
    services::QueueResult queued;
    const double queue = msOf([&] { queued = must(services::MessageService(ctx).queueCampaign(who, id), "queue"); });
    std::printf("    (%d messages queued)\n", queued.queued);
    report(u"messages: queue a campaign's messages, per 10,000"_s, queue * 10000.0 / double(std::max(1, queued.queued)), -1,
           u"ms"_s, u"≤ 2000 ms"_s);
    // `outer` is not committed: everything above is rolled back.
}

} // namespace bench
