// The desks' complaints at scale: 1 % of the customers over three years, numbered as the desk numbers them.
#include "seed/SeedService.h"

#include "data/BatchInsert.h"
#include "data/Transaction.h"
#include "seed/Names.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<qint64> SeedService::seedScaleComplaints(const QList<qint64> &agents, quint64 seed)
{
    DataGenerator gen(seed + 307);
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    static const char *const categories[] = {
        "product_quality", "repair_quality", "service_attitude", "price", "delivery_paperwork", "parts", "other"};
    static const char *const channels[] = {"phone", "walk_in", "followup_call", "oem_hotline", "online"};
    const QStringList departments{tr("After-sales"), tr("Sales"), tr("Parts"), tr("Customer service")};
    const QStringList descriptions{
        u"保养后发动机异响，要求复查"_s,     u"维修等待时间过长"_s, u"服务顾问态度冷淡"_s, u"配件价格比报价高"_s,
        u"交车资料不全，缺少合格证复印件"_s, u"配件到货延误两周"_s};
    // Numbers continue any series already drawn; a customer given a case by an earlier run gets none.
    QHash<QString, int> serials;
    {
        auto q = m_ctx.db.exec(u"SELECT month, last FROM complaint_serials"_s);
        if (!q)
            return q.error();
        while (q->next())
            serials.insert(q->value(0).toString(), q->value(1).toInt());
    }
    QSet<qint64> done;
    {
        auto q = m_ctx.db.exec(u"SELECT customer_id FROM complaints WHERE created_by = 'seed'"_s);
        if (!q)
            return q.error();
        while (q->next())
            done.insert(q->value(0).toLongLong());
    }
    qint64 lastCustomer = 0, written = 0;
    QList<std::tuple<QDateTime, qint64, qint64>> cases;
    for (;;) {
        auto owners = ownersAfter(lastCustomer, 50000);
        if (!owners)
            return owners.error();
        if (owners->isEmpty())
            break;
        lastCustomer = owners->last().first;
        for (const auto &[customer, vehicle] : std::as_const(*owners))
            if (customer % 100 == 7 && !done.contains(customer))
                cases.append(
                    {QDateTime(today.addDays(-gen.uniform(1, 1095)), QTime(gen.uniform(8, 17), gen.uniform(0, 59))).toUTC(),
                     customer, vehicle});
    }
    // Registered in date order, so the numbers follow the calendar.
    std::sort(cases.begin(), cases.end());
    {
        data::Transaction tx(m_ctx.db);
        CRM_TRY(tx.started());
        data::BatchInsert rows(m_ctx.db, u"complaints"_s,
                               {u"number"_s, u"customer_id"_s, u"vehicle_id"_s, u"channel"_s, u"category"_s, u"level"_s,
                                u"description"_s, u"status"_s, u"department"_s, u"assigned_to"_s, u"registered_at"_s,
                                u"responded_at"_s, u"reported_at"_s, u"closed_at"_s, u"accepted"_s, u"created_by"_s,
                                u"updated_at"_s});
        for (const auto &[at, customer, vehicle] : cases) {
            const QDateTime local = at.toLocalTime();
            const QString month = local.toString(u"yyMM"_s);
            const int n = ++serials[local.toString(u"yyyy-MM"_s)]; // ComplaintRepository::nextSerial's key
            const bool open = local.date() > today.addDays(-10);
            const double levelDraw = gen.unit();
            const QString level = levelDraw < 0.9 ? u"normal"_s : levelDraw < 0.98 ? u"escalated"_s : u"major"_s;
            const int closeHours = gen.uniform(24, 200);
            CRM_TRY(rows.add(
                {u"TS-%1-%2"_s.arg(month).arg(n, 4, 10, QChar(u'0')), customer, vehicle,
                 QString::fromLatin1(channels[gen.uniform(0, 4)]), QString::fromLatin1(categories[gen.uniform(0, 6)]), level,
                 descriptions.at(gen.uniform(0, int(descriptions.size()) - 1)), open ? u"investigating"_s : u"closed"_s,
                 departments.at(gen.uniform(0, int(departments.size()) - 1)), agents.at(int(customer % agents.size())),
                 toStoredUtc(at), toStoredUtc(at.addSecs(3600 * gen.uniform(1, 20))),
                 open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toStoredUtc(at.addSecs(3600 * 48))),
                 open ? QVariant(QMetaType(QMetaType::QString)) : QVariant(toStoredUtc(at.addSecs(3600 * closeHours))),
                 open ? QVariant(QMetaType(QMetaType::Int)) : QVariant(1), u"seed"_s, toStoredUtc(at)}));
            ++written;
        }
        CRM_TRY(rows.flush());
        CRM_TRY(tx.commit());
    }
    // Numbers registered from now on continue after the generated ones.
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (auto it = serials.cbegin(); it != serials.cend(); ++it)
        CRM_TRY(statusOf(m_ctx.db.exec(
            u"INSERT INTO complaint_serials(month, last) VALUES (?, ?) ON CONFLICT(month) DO UPDATE SET last = excluded.last"_s,
            {it.key(), it.value()})));
    CRM_TRY(tx.commit());
    return written;
}

} // namespace crm::services
