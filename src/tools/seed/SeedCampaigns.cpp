// The demo's campaigns: a winter check for the store's most common model drawn from a segment,
// half worked at the desk (answers, bookings), its invitations queued as messages; and the
// manufacturer's recall file imported, with two VINs the archive does not know.
#include "seed/Names.h"
#include "seed/SeedService.h"

#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "data/Transaction.h"
#include "followups/services/CallDeskService.h"
#include "services/SettingsService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace crm::services {

Status SeedService::seedCampaigns(const QList<Session> &agents, const Session &manager, quint64 seed)
{
    if (agents.isEmpty())
        return {};
    DataGenerator gen(seed + 31);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    CRM_TRY(SettingsService(m_ctx).set(manager, settings::kMessageDealerPhone, u"020-8888 6666"_s));
    // SMS consent, as signed on the service form: three customers in four.
    {
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        CRM_TRY(m_ctx.db.exec(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
                              "SELECT id, 'sms', 1, ?, 'signed_form' FROM customers WHERE id % 4 <> 3 "
                              "ON CONFLICT (customer_id, purpose) DO NOTHING"_s,
                              {toStoredUtc(m_ctx.clock.nowUtc())}));
        CRM_TRY(tx.commit());
    }
    auto top = m_ctx.db.scalar(u"SELECT model FROM vehicles WHERE status = 'active' GROUP BY model ORDER BY COUNT(*) DESC, "
                               "model LIMIT 1"_s);
    if (!top)
        return top.error();
    CampaignService campaigns(m_ctx);
    CampaignInput winter;
    winter.name = u"%1冬季免费检测"_s.arg(today.year());
    winter.kind = u"seasonal"_s;
    winter.startsOn = today.addDays(-3);
    winter.endsOn = today.addDays(27);
    winter.script = u"您好，请问是{称呼}吗？我是{店名}的客服专员。本店冬季免费检测活动开始了，"
                    "电瓶、轮胎、防冻液、暖风一次查好，检测免费，工时八折。\n您看这几天哪天方便，我帮您预约？"_s;
    winter.messageTemplate = u"campaign_invite"_s;
    winter.goal = 60;
    campaigns::Segment segment;
    segment.models = {top->toString()};
    QList<qint64> agentIds;
    for (const Session &a : agents)
        if (a.role == Role::Agent)
            agentIds << a.userId;
    auto id = campaigns.createFromSegment(manager, winter, segment, agentIds);
    if (!id)
        return id.error();

    // Half of the list called: the answers a desk hears, bookings into the book.
    CallDeskService desk(m_ctx);
    auto targets = campaigns.targets(manager, *id, u"target"_s, 0, 1000);
    if (!targets)
        return targets.error();
    const QStringList codes{u"booked"_s, u"booked"_s, u"accepted"_s, u"declined"_s, u"thinking"_s, u"unreachable"_s};
    for (int i = 0; i < targets->size() / 2; ++i) {
        const data::TargetRow &t = (*targets)[i];
        const Session *agent = nullptr;
        for (const Session &a : agents)
            if (a.displayName == t.agentName)
                agent = &a;
        if (!agent || !t.taskId)
            continue;
        CallInput call;
        call.callInQuietHours = true; // the seed runs at any hour; the calls are the desk's day
        call.durationSec = gen.uniform(40, 240);
        call.campaignResponse = codes[gen.uniform(0, int(codes.size()) - 1)];
        if (call.campaignResponse == u"unreachable"_s) {
            call.outcome = followups::Outcome::NoAnswer;
            call.campaignResponse.clear();
        }
        if (call.campaignResponse == u"declined"_s)
            call.campaignNote = u"最近太忙，过段时间再说"_s;
        if (call.campaignResponse == u"booked"_s) {
            auto free = AppointmentService(m_ctx).nextFree(QDateTime(today.addDays(gen.uniform(1, 6)), QTime(9, 0)), 1);
            if (!free)
                return free.error();
            if (free->isEmpty()) {
                call.campaignResponse = u"accepted"_s;
            } else {
                BookingRequest b;
                b.at = free->first();
                b.jobType = u"inspection"_s;
                call.appointment = b;
            }
        }
        if (auto r = desk.logCall(*agent, t.taskId, call); !r && r.error().kind == Error::Kind::Database)
            return r.error();
    }
    auto queued = MessageService(m_ctx).queueCampaign(manager, *id);
    if (!queued)
        return queued.error();

    // The manufacturer's recall file: fifteen VINs of the archive, two it does not know.
    CampaignInput recall;
    recall.name = u"EA211发动机正时皮带召回"_s;
    recall.kind = u"recall"_s;
    recall.code = u"R26EA211"_s;
    recall.startsOn = today.addDays(-10);
    recall.endsOn = today.addDays(80);
    recall.script = u"您好，请问是{称呼}吗？我是{店名}的客服专员。您的车辆在厂家EA211发动机正时皮带召回范围内，"
                    "检查和更换完全免费，大约需要两小时。\n您看哪天方便到店？"_s;
    auto recallId = campaigns.createForVinList(manager, recall);
    if (!recallId)
        return recallId.error();
    auto vins = m_ctx.db.exec(u"SELECT vin FROM vehicles ORDER BY id DESC LIMIT 15"_s);
    if (!vins)
        return vins.error();
    QString csv = u"VIN,召回编号,车型,生产日期\n"_s;
    while (vins->next())
        csv += u"%1,R26EA211,%2,2022-08-15\n"_s.arg(vins->value(0).toString(), top->toString());
    csv += u"LFV2A21K0N3000001,R26EA211,速腾,2022-09-01\nLFV2A21K2N3000002,R26EA211,速腾,2022-09-02\n"_s;
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"recall.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(file.errorString());
    file.write(csv.toUtf8());
    file.close();
    auto imported = campaigns.importVins(manager, *recallId, path, agentIds);
    if (!imported)
        return imported.error();
    return {};
}

} // namespace crm::services
