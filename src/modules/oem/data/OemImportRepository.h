#pragma once
#include "data/Database.h"

#include <QHash>

namespace crm::data {

struct VinOwner {
    qint64 vehicleId = 0;
    qint64 customerId = 0;
};

struct OemSurveyRow {
    QString sourceKey, type, date, orderNo, vin, staff, scoresJson, verbatim, importedAt, importedBy;
    qint64 vehicleId = 0, customerId = 0;
    int overall = 0;
};

// The manufacturer's score of one advisor or consultant in a period.
struct OemStaffScore {
    QString staff;
    qint64 surveys = 0;
    double average = 0; // 0–100
    qint64 low = 0;     // under the low-score line
};

// The manufacturer's survey results brought home, and the lookups their import and the hotline
// tickets' import match by.
class OemImportRepository {
public:
    explicit OemImportRepository(Database &db) : m_db(db) {}
    // The live vehicle and its live owner per VIN (upper case).
    Result<QHash<QString, VinOwner>> owners(const QStringList &vins);
    // The new row's id, or 0 when its source key was imported before.
    Result<qint64> insertSurvey(const OemSurveyRow &r);
    Status setSurveyComplaint(qint64 id, qint64 complaintId);
    Result<QList<OemStaffScore>> scoresByStaff(const QDate &from, const QDate &to, int lowScore);

private:
    Database &m_db;
};

} // namespace crm::data
