// CampaignService: the manufacturer's VIN file — read, checked line by line, reconciled to the
// archive and written as the campaign's list, in one transaction; a second run adds nothing.
#include "campaigns/services/CampaignService.h"

#include "archives/services/ImportService.h"
#include "core/Vin.h"
#include "data/Transaction.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::services {
Result<VinImportResult> CampaignService::importVins(const Session &who, qint64 campaignId, const QString &path,
                                                    const QList<qint64> &agents)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageCampaigns, tr("import recall lists")));
    auto c = campaign(who, campaignId);
    if (!c)
        return c.error();
    auto table = ImportService::readFile(path);
    if (!table)
        return table.error();
    const QStringList &h = table->headers;
    const int vinCol = ImportService::columnOf(h, {u"VIN", u"车架号", u"底盘号", u"VIN码", u"车辆识别代号", u"vin code"});
    const int codeCol =
        ImportService::columnOf(h, {u"活动编号", u"召回编号", u"活动代码", u"召回代码", u"campaign code", u"campaign", u"code"});
    if (vinCol < 0)
        return Error::invalid(tr("%1 has no VIN column (VIN / 车架号): nothing imported.").arg(QFileInfo(path).fileName()));

    VinImportResult result;
    struct Row {
        int line;
        QString vin;
        QString extra;
    };
    QList<Row> rows;
    QHash<QString, int> seen;
    for (int i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows[i];
        const int line = i + 2; // line 1 is the header
        if (std::all_of(row.cbegin(), row.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            continue;
        auto cell = [&](int col) { return col >= 0 && col < row.size() ? row[col].trimmed() : QString(); };
        auto vin = Vin::validate(cell(vinCol));
        if (!vin) {
            result.rejected << VinImportResult::Rejected{line, vin.error().message};
            continue;
        }
        if (codeCol >= 0 && !c->code.isEmpty() && !cell(codeCol).isEmpty() && cell(codeCol) != c->code) {
            result.rejected << VinImportResult::Rejected{
                line, tr("campaign code %1 is not this campaign's (%2)").arg(cell(codeCol), c->code)};
            continue;
        }
        if (seen.contains(*vin)) {
            result.rejected << VinImportResult::Rejected{line, tr("VIN %1 is already on line %2").arg(*vin).arg(seen[*vin])};
            continue;
        }
        seen.insert(*vin, line);
        // Whatever else the manufacturer's file carries stays with the row, by its own headers.
        QJsonObject extra;
        for (int col = 0; col < row.size() && col < h.size(); ++col)
            if (col != vinCol && !row[col].trimmed().isEmpty())
                extra.insert(h[col].trimmed(), row[col].trimmed());
        rows << Row{line, *vin, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact))};
    }
    QStringList vins;
    for (const Row &r : rows)
        vins << r.vin;

    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto matches = m_repo.matchVins(vins, c->kind);
    if (!matches)
        return matches.error();
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    for (const Row &r : rows) {
        TargetRow t;
        t.campaignId = campaignId;
        t.vin = r.vin;
        t.line = r.line;
        t.extra = r.extra;
        const auto m = matches->constFind(r.vin);
        if (m == matches->cend()) {
            t.state = u"not_found"_s;
        } else {
            t.customerId = m->customerId;
            t.vehicleId = m->vehicleId;
            if (m->vehicleStatus != u"active"_s) {
                t.state = u"vehicle_gone"_s;
                t.reason = m->vehicleStatus;
            } else if (!m->reason.isEmpty()) {
                t.state = u"excluded"_s;
                t.reason = m->reason;
            } else {
                t.state = u"target"_s;
            }
        }
        auto added = m_repo.insertTarget(t, now);
        if (!added)
            return added.error();
        if (!*added) {
            ++result.alreadyThere;
            continue;
        }
        if (t.state == u"target"_s) {
            ++result.found;
        } else if (t.state == u"not_found"_s) {
            ++result.notFound;
        } else {
            ++result.excluded;
            ++result.excludedBy[t.state == u"vehicle_gone"_s ? u"vehicle_gone"_s : t.reason];
        }
    }
    auto tasks = distribute(who, campaignId, agents);
    if (!tasks)
        return tasks.error();
    result.tasks = *tasks;
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"import"_s,
                          u"campaigns"_s,
                          QString::number(campaignId),
                          {},
                          {{u"file"_s, QFileInfo(path).fileName()},
                           {u"found"_s, result.found},
                           {u"not_found"_s, result.notFound},
                           {u"excluded"_s, result.excluded},
                           {u"rejected"_s, int(result.rejected.size())},
                           {u"already_there"_s, result.alreadyThere}},
                          c->name}));
    CRM_TRY(tx.commit());
    return result;
}

} // namespace crm::services
