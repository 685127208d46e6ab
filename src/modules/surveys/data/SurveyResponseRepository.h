#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <optional>

namespace crm::data {

// Satisfaction figures of one group. Index: weighted mean on the 1000-point scale (a 5-point
// answer s is (s−1)×250 points, a 0–10 answer s×100); NPS: % promoters (9–10) − % detractors
// (0–6) on NPS questions only; CSAT: share of 4–5 among 5-point answers.
struct SurveyScore {
    QString key;
    QString label;
    qint64 responses = 0;
    double indexPoints = 0; // Σ weight × points
    double indexWeight = 0; // Σ weight
    qint64 promoters = 0, detractors = 0, npsAnswers = 0;
    qint64 satisfied = 0, scale5Answers = 0;
    std::optional<double> index() const
    {
        return indexWeight > 0 ? std::optional<double>(indexPoints / indexWeight) : std::nullopt;
    }
    std::optional<double> nps() const
    {
        return npsAnswers ? std::optional<double>(100.0 * double(promoters - detractors) / double(npsAnswers)) : std::nullopt;
    }
    std::optional<double> csat() const
    {
        return scale5Answers ? std::optional<double>(100.0 * double(satisfied) / double(scale5Answers)) : std::nullopt;
    }
};

struct SurveyResponseRow {
    qint64 id = 0;
    QDateTime answeredAt; // UTC
    QString customerName;
    qint64 customerId = 0;
    QString templateName;
    QString staff;
    QString channel;
    QString answers; // "1. … — 5" lines, for reading
};

struct SurveyAlert {
    qint64 id = 0;
    qint64 responseId = 0;
    QString reason;
    qint64 complaintId = 0;
    QString complaintNumber;
    QString status;
    QDateTime raisedAt;
    QString customerName;
    qint64 customerId = 0;
    QString templateName;
    QString staff;
    QString resolvedBy;
    QString comment;
};

struct NewResponse {
    qint64 templateId = 0;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString staff;
    qint64 taskId = 0;
    qint64 callId = 0;
    QString channel;
    QString answeredAt; // stored UTC
    QString createdBy;
};

// Which responses a drill-down lists: a group of scores() and its key.
struct ResponseFilter {
    QString fromUtc, toUtc;             // [from, to)
    QString purpose;                    // empty: every purpose
    QString groupBy;                    // one of the groupings of scores()
    QString key;                        // the group's key (ignored for "total" and "week")
    QString withinFromUtc, withinToUtc; // a further range (a week's seven days), empty for none
};

// Answered surveys (`survey_responses`, `survey_answers`), the alerts unhappy answers raise
// (`survey_alerts`) and the grouped score queries. Groupings come from a fixed table, never
// from input. The caller owns the transaction.
class SurveyResponseRepository {
public:
    explicit SurveyResponseRepository(Database &db) : m_db(db) {}

    // total, template, staff, model, question, factor, month, quarter, week (by day, to be folded).
    static bool isGrouping(const QString &groupBy);

    // The customer opted out of surveys (or of every contact).
    Result<bool> optedOut(qint64 customerId);
    // The last answer on or after `sinceUtc` (stored UTC), empty when none.
    Result<QString> lastAnsweredSince(qint64 customerId, const QString &sinceUtc);
    Result<qint64> insertResponse(const NewResponse &r);
    Status insertAnswer(qint64 responseId, qint64 questionId, std::optional<int> score, const QString &text);
    Result<qint64> insertAlert(qint64 responseId, const QString &reason, qint64 complaintId, const QString &at);

    // One row per group (one for "total"); "week" comes back by day (key yyyy-MM-dd).
    Result<QList<SurveyScore>> scores(const QString &fromUtc, const QString &toUtc, const QString &groupBy,
                                      const QString &purpose);
    // Newest first, with each response's answers as "1. … — 5" lines.
    Result<QList<SurveyResponseRow>> responses(const ResponseFilter &f, int limit);
    // (score, or the text where there is none) → answers.
    Result<QList<QPair<QString, qint64>>> distribution(qint64 questionId, const QString &fromUtc, const QString &toUtc);
    Result<QList<SurveyResponseRow>> freeText(const QString &fromUtc, const QString &toUtc, int limit);
    Result<QList<SurveyAlert>> alerts(bool openOnly);
    // False when the alert is not open.
    Result<bool> resolveAlert(qint64 alertId, const QString &by, const QString &at, const QString &comment);

private:
    Database &m_db;
};

} // namespace crm::data
