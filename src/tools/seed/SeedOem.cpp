// The demo's exchange with the manufacturer: their CSI survey results for the workshop visits of
// the last two months (brought home through the import, so the low ones became complaints), two
// tickets from their hotline, and a week of desk sessions so the usage report has active time.
#include "seed/SeedService.h"

#include "data/UserRepository.h"
#include "oem/services/OemService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

Status SeedService::seedOem(const QList<Session> &agents, const Session &manager, quint64 seed)
{
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    auto visits =
        m_ctx.db.exec(u"SELECT v.vin, sv.advisor, sv.visit_date, c.mobile FROM service_visits sv "
                      "JOIN vehicles v ON v.id = sv.vehicle_id JOIN customers c ON c.id = sv.customer_id "
                      "WHERE sv.visit_date >= ? AND sv.visit_date <= ? AND sv.deleted_at IS NULL AND c.deleted_at IS NULL "
                      "ORDER BY sv.visit_date, sv.id LIMIT 80"_s,
                      {today.addDays(-60).toString(Qt::ISODate), today.addDays(-4).toString(Qt::ISODate)});
    if (!visits)
        return visits.error();
    ImportTable csi;
    csi.headers = {u"问卷编号"_s, u"调查类型"_s, u"调查日期"_s,    u"VIN码"_s,   u"服务顾问"_s,
                   u"总分"_s,     u"Q1 接待"_s,  u"Q2 维修质量"_s, u"Q3 交车"_s, u"客户意见"_s};
    ImportTable tickets;
    tickets.headers = {u"工单号"_s, u"车架号"_s, u"手机号码"_s, u"投诉内容"_s, u"投诉级别"_s, u"投诉类别"_s, u"结案时限"_s};
    quint64 x = seed * 2654435761u + 7;
    auto next = [&x](int n) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((x >> 33) % quint64(n));
    };
    int n = 0;
    while (visits->next()) {
        const QString vin = visits->value(0).toString();
        const QDate visit = QDate::fromString(visits->value(2).toString(), Qt::ISODate);
        const int overall = n % 17 == 5 ? 40 + next(15) : 72 + next(29); // now and then a customer who was let down
        const auto q = [&](int spread) { return QString::number(std::clamp(overall / 10 + next(spread) - 1, 1, 10)); };
        csi.rows << QStringList{u"CSI-%1-%2"_s.arg(visit.toString(u"yyMM"_s)).arg(++n, 4, 10, QLatin1Char('0')),
                                u"CSI"_s,
                                visit.addDays(3 + next(5)).toString(Qt::ISODate),
                                vin,
                                visits->value(1).toString(),
                                QString::number(overall),
                                q(3),
                                q(3),
                                q(3),
                                overall < 60 ? u"等待时间太长，交车时也没人解释做了哪些项目"_s : QString()};
        if (n == 7 || n == 23)
            tickets.rows << QStringList{u"FAW-HL-%1-%2"_s.arg(today.toString(u"yyMMdd"_s)).arg(n),
                                        vin,
                                        visits->value(3).toString(),
                                        n == 7 ? u"客户致电厂家热线：保养后仪表仍提示保养，两次进店未解决"_s
                                               : u"客户反映维修后车辆异响，要求厂家介入"_s,
                                        n == 7 ? u"一般"_s : u"重大"_s,
                                        u"维修质量"_s,
                                        today.addDays(n == 7 ? 3 : 1).toString(Qt::ISODate) + u" 18:00"_s};
    }
    OemService oem(m_ctx);
    if (!csi.rows.isEmpty())
        CRM_TRY(statusOf(oem.importFile(manager, oem::ImportKind::Surveys, csi,
                                        oem::guessImportMapping(oem::ImportKind::Surveys, csi.headers))));
    if (!tickets.rows.isEmpty())
        CRM_TRY(statusOf(oem.importFile(manager, oem::ImportKind::Tickets, tickets,
                                        oem::guessImportMapping(oem::ImportKind::Tickets, tickets.headers))));

    // A working week at the desks: mornings and afternoons, most minutes active.
    data::UserRepository users(m_ctx.db);
    QList<Session> people = agents;
    people << manager;
    for (int day = 7; day >= 1; --day) {
        const QDate d = today.addDays(-day);
        if (d.dayOfWeek() == 7)
            continue;
        for (int p = 0; p < people.size(); ++p) {
            const QString desk = u"DESK-%1"_s.arg(p + 1);
            for (const auto &[from, minutes] : {qMakePair(QTime(8, 35), 200), qMakePair(QTime(13, 35), 220)}) {
                const QDateTime start = QDateTime(d, from.addSecs(60 * next(20))).toUTC();
                auto id = users.openDeskSession(people[p].userId, desk, toStoredUtc(start));
                if (!id)
                    return id.error();
                const QDateTime end = start.addSecs(60 * (minutes + next(40)));
                CRM_TRY(users.deskSeen(*id, toStoredUtc(end), int(start.secsTo(end)) * (70 + next(25)) / 100));
                CRM_TRY(users.closeDeskSession(*id, toStoredUtc(end)));
            }
        }
    }
    return {};
}

} // namespace crm::services
