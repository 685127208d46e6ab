#pragma once
#include "core/Clock.h"
#include "core/Result.h"
#include "data/Database.h"

#include <QDate>

namespace crm::data {

// Two board figures about members over a window of days ending with a period (migration 0014):
//  - Coverage: members (active club members and VIPs) and how many of them were reached;
//  - Active: club members who earned or spent points (total is not used).
// While the window is still open nothing can be dated after it, so the per-row "last" columns
// answer from one index. A closed window is counted from the raw rows once and stored in
// member_figures, which triggers forget when a call or points entry is dated inside it.
enum class MemberFigure { Coverage, Active };
struct MemberCount {
    qint64 total = 0;
    qint64 counted = 0;
};
// The window is [from, to] in local days.
Result<MemberCount> memberCount(Database &db, const Clock &clock, MemberFigure figure, const QDate &from, const QDate &to);

} // namespace crm::data
