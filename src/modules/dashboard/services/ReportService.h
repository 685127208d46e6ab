#pragma once
#include "campaigns/services/CampaignService.h"
#include "club/services/ClubReportService.h"
#include "complaints/data/ComplaintRepository.h"
#include "complaints/services/ComplaintService.h"
#include "dashboard/services/DashboardService.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/FollowupReportService.h"

#include <QImage>
#include <memory>

class QTextDocument;

namespace crm::services {

// The weekly or monthly report (周报 / 月报): the board with the previous period beside it,
// the charts, and the complaint, follow-up, club and campaign summaries of the period.
struct ReportData {
    QString dealer;
    Board board;
    ComplaintStats complaintsByCategory;
    QList<data::ComplaintRow> complaints; // registered in the period
    FollowupReport followups;             // by task type
    ClubReport club;
    QList<CampaignResults> campaigns; // campaigns running in the period: their funnels
    FeedbackReport feedback;          // the departments' answers to what customers said
    QString title() const;
};

class ReportService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::ReportService)
public:
    explicit ReportService(Context ctx) : m_ctx(ctx) {}

    Result<ReportData> build(const Session &who, const dashboard::Period &period);
    // .pdf or .xlsx by the suffix; an export of customer data, so it needs the export right and is audited.
    Status write(const Session &who, const ReportData &r, const QString &path);

    // The printable document (charts embedded as images); the PDF is this document printed.
    static std::unique_ptr<QTextDocument> document(const ReportData &r);
    // A chart drawn for paper: the same figures as the board's chart, without Qt Charts.
    static QImage renderChart(const Chart &c, const QSize &size);

private:
    Status writePdf(const ReportData &r, const QString &path);
    Status writeXlsx(const ReportData &r, const QString &path);
    Context m_ctx;
};

} // namespace crm::services

Q_DECLARE_METATYPE(crm::services::ReportData)
