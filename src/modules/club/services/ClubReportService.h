#pragma once
#include "club/data/ClubFigures.h"
#include "leads/services/LeadService.h"
#include "services/Guard.h"

#include <QDate>

namespace crm::services {

// The club's figures for a period (and the dashboard's): members by tier, growth, active
// members, points issued / redeemed / expired / outstanding (the liability), redemptions by gift,
// activity attendance, referral and lead conversion.
struct ClubReport {
    QDate from, to;
    QList<QPair<QString, int>> membersByTier; // active members now, every tier listed
    // Members at the period's end (for a running period: now). The board's tile and the report's
    // club section both read this one figure, so a member who joined after the period's end is
    // counted in neither.
    int members = 0;
    int joined = 0;                    // in the period
    int activeMembers = 0;             // earned or redeemed in the 12 months to the period's end
    QList<QPair<QString, int>> growth; // yyyy-MM → joined
    qint64 issued = 0;                 // earned + positive adjustments in the period
    qint64 redeemed = 0;               // spent, less refunds
    qint64 expired = 0;
    qint64 adjustedDown = 0;
    qint64 outstanding = 0; // available at the period's end (for a running period: now)
    using GiftLine = data::GiftRedemptions;
    QList<GiftLine> redemptions;
    using ActivityLine = data::ActivityAttendance;
    QList<ActivityLine> activities;
    QList<ConversionRow> leadsBySource;
    QList<ConversionRow> leadsByConsultant;
};

class ClubReportService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ClubReportService)
public:
    explicit ClubReportService(Context ctx) : m_ctx(ctx) {}
    Result<ClubReport> report(const Session &who, const QDate &from, const QDate &to);
    Status exportReport(const Session &who, const ClubReport &r, const QString &path);

private:
    Context m_ctx;
};

} // namespace crm::services
