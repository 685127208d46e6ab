#include "oem/data/OemImportRepository.h"

#include "data/Rows.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace crm::data {

Result<QHash<QString, VinOwner>> OemImportRepository::owners(const QStringList &vins)
{
    QHash<QString, VinOwner> out;
    CRM_TRY(overInList(m_db,
                       u"SELECT v.vin, v.id, v.customer_id FROM vehicles v JOIN customers c ON c.id = v.customer_id "
                       "WHERE v.vin IN (%1) AND v.deleted_at IS NULL AND c.deleted_at IS NULL"_s,
                       variants(vins), [&](const QSqlQuery &q) {
                           out.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
                       }));
    return out;
}

Result<qint64> OemImportRepository::insertSurvey(const OemSurveyRow &r)
{
    auto q = m_db.execCached(
        u"INSERT INTO oem_survey_results(source_key, survey_type, survey_date, order_no, vin, vehicle_id, customer_id, staff, "
        "overall, scores_json, verbatim, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (source_key) DO NOTHING RETURNING id"_s,
        {r.sourceKey, r.type, r.date, Database::text(r.orderNo), r.vin, r.vehicleId, r.customerId, Database::text(r.staff),
         r.overall, r.scoresJson, Database::text(r.verbatim), r.importedAt, r.importedBy});
    if (!q)
        return q.error();
    const qint64 id = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return id;
}

Status OemImportRepository::setSurveyComplaint(qint64 id, qint64 complaintId)
{
    CRM_TRY(m_db.exec(u"UPDATE oem_survey_results SET complaint_id = ? WHERE id = ?"_s, {complaintId, id}));
    return {};
}

Result<QList<OemStaffScore>> OemImportRepository::scoresByStaff(const QDate &from, const QDate &to, int lowScore)
{
    auto q = m_db.exec(u"SELECT staff, COUNT(*) AS n, SUM(overall) AS total, SUM(CASE WHEN overall < ? THEN 1 ELSE 0 END) AS low "
                       "FROM oem_survey_results WHERE survey_date >= ? AND survey_date <= ? GROUP BY staff ORDER BY staff"_s,
                       {lowScore, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<OemStaffScore> out;
    while (q->next()) {
        const qint64 n = q->value(u"n"_s).toLongLong();
        out << OemStaffScore{q->value(u"staff"_s).toString(), n, n ? q->value(u"total"_s).toDouble() / double(n) : 0.0,
                             q->value(u"low"_s).toLongLong()};
    }
    return out;
}

} // namespace crm::data
