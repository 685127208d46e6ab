#pragma once
#include "data/Database.h"

#include <QDate>

namespace crm::data {

// Which records lie behind a figure of the manager's board (see services::Drill).
struct DrillQuery {
    QString kind; // followup_tasks, member_coverage, survey_responses, complaints, churned, at_risk,
                  // first_return, second_return, members, members_joined, points, referral_leads
    QString key;  // narrows the kind: "late", "agent:<id>", a survey purpose, "category:…", "department:…" …
    QDate from, to;
    // The settings the figure was computed with.
    int coverageDays = 0, lostMonths = 0, atRiskMonths = 0;
};

// One record: the id it opens by (a customer, or a complaint) and its cells as stored.
struct DrillRow {
    qint64 key = 0;
    QStringList cells;
};

// The records behind each figure of the board, each the same condition as the figure's own
// grouped query in its module (so a tile and its list agree), at most `limit` of them.
class DrillQueries {
public:
    explicit DrillQueries(Database &db) : m_db(db) {}

    static bool isKind(const QString &kind);
    // The rows, and whether more exist than `limit`.
    Result<QPair<QList<DrillRow>, bool>> rows(const DrillQuery &d, int limit);

private:
    Database &m_db;
};

} // namespace crm::data
