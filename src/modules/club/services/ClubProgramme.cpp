// ClubService: the nightly programme (points expiry, birthday points, tier review) and the member's statement.
#include "club/services/ClubService.h"

#include "archives/data/CustomerRepository.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Result<qint64> ClubService::expire(const Session &who, const QDate &asOf)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("expire points")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto due = m_ledger.expiringLots(asOf);
    if (!due)
        return due.error();
    qint64 total = 0;
    for (const data::ExpiringLot &l : *due) {
        // The balance before the lot, as every points transaction does; then what is left of
        // the lot now (another desk may have spent from it since the list was read).
        CRM_TRY(lockBalance(l.memberId));
        auto left = m_ledger.lotRemaining(l.ledgerId);
        if (!left)
            return left.error();
        const qint64 remaining = *left;
        if (remaining <= 0)
            continue;
        auto taken = m_ledger.takeBalance(l.memberId, remaining);
        if (!taken)
            return taken.error();
        if (!*taken)
            return Error::database(u"balance below the lots of member %1"_s.arg(l.memberId), {});
        CRM_TRY(m_ledger.emptyLot(l.ledgerId));
        data::LedgerEntry e =
            entry(who, l.memberId, u"expire"_s, -remaining, tr("Points earned until %1 expired").arg(l.expiresOn), now);
        e.sourceKey = u"expire:%1"_s.arg(l.ledgerId);
        CRM_TRY(m_ledger.append(e));
        total += remaining;
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"expire"_s, u"points_ledger"_s, {}, {}, {{u"as_of"_s, iso(asOf)}, {u"points"_s, total}}, iso(asOf)}));
    CRM_TRY(tx.commit());
    if (total)
        log::get("club")->info("expired {} points as of {}", total, iso(asOf).toStdString());
    return total;
}

Result<QList<StatementLine>> ClubService::statement(const Session &who, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see member statements")));
    auto lines = m_ledger.lines(memberId);
    if (!lines)
        return lines.error();
    QList<StatementLine> out;
    qint64 balance = 0;
    for (const data::LedgerLine &l : *lines) {
        balance += l.points;
        out << StatementLine{l.at, l.kind, l.points, balance, l.reason, l.cardNumber, l.by};
    }
    return out;
}

Status ClubService::exportStatement(const Session &who, qint64 memberId, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export member statements")));
    auto lines = statement(who, memberId);
    if (!lines)
        return lines.error();
    auto w = TableWriter::open(path);
    if (!w)
        return w.error();
    CRM_TRY(
        (*w)->sheet(tr("Statement"), {tr("When"), tr("What"), tr("Points"), tr("Balance"), tr("Reason"), tr("Card"), tr("By")}));
    for (const StatementLine &l : *lines)
        CRM_TRY((*w)->row({l.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), club::ClubText::ledgerKind(l.kind), l.points,
                           l.balance, l.reason, l.cardNumber, l.by}));
    CRM_TRY((*w)->finish());
    return Guard::audit(m_ctx, &who,
                        {u"export"_s, u"points_ledger"_s, QString::number(memberId), {}, {{u"rows"_s, lines->size()}}, path});
}

Result<int> ClubService::awardBirthdays(const Session &who, const QDate &day)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("award birthday points")));
    const int points = SettingsService(m_ctx).intValue(settings::kBirthdayPoints);
    if (points <= 0)
        return 0;
    // Birthdays are stored yyyy-MM-dd; 29 February is celebrated on 28 February in other years.
    const QString md = day.toString(u"MM-dd"_s);
    const QString leapDay = (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year())) ? u"02-29"_s : md;
    auto ids = m_members.birthdayMembers(md, leapDay);
    if (!ids)
        return ids.error();
    int awarded = 0;
    for (qint64 id : *ids) {
        auto got = earn(who, id, points, tr("Birthday points %1").arg(day.year()), u"birthday:%1:%2"_s.arg(id).arg(day.year()));
        if (got && *got > 0)
            ++awarded; // a member without an active card that day (lost, not yet reissued) is skipped
    }
    return awarded;
}

Result<int> ClubService::reviewTiers(const Session &who, const QDate &asOf)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("review tiers")));
    const QList<club::TierRule> rules = tiers();
    const int keep = SettingsService(m_ctx).intValue(settings::kTierKeepMonths);
    const QDateTime windowStart = QDateTime(asOf.addDays(1), QTime(0, 0)).toUTC().addMonths(-12);
    auto standings = m_members.tierStandings(toStoredUtc(windowStart), rules.first().id, asOf.addMonths(-keep));
    if (!standings)
        return standings.error();
    auto rank = [&](const QString &id) {
        for (int i = 0; i < rules.size(); ++i)
            if (rules[i].id == id)
                return i;
        return 0;
    };
    QList<QPair<qint64, QPair<QString, QString>>> down;
    for (const data::TierStanding &m : *standings) {
        const QString now = club::tierFor(m.earned, rules);
        if (rank(now) < rank(m.tier))
            down << qMakePair(m.memberId, qMakePair(m.tier, now));
    }
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (const auto &[id, change] : down) {
        CRM_TRY(m_members.setTier(id, change.second, asOf));
        CRM_TRY(logEvent(who, id, u"tier"_s, club::ClubText::tier(change.second)));
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"tier"_s,
                              u"club_members"_s,
                              QString::number(id),
                              {{u"tier"_s, change.first}},
                              {{u"tier"_s, change.second}},
                              change.second}));
    }
    CRM_TRY(tx.commit());
    return int(down.size());
}

Result<ClubDailyRun> ClubService::runDaily(const Session &who, const QDate &day)
{
    ClubDailyRun run;
    auto expired = expire(who, day);
    if (!expired)
        return expired.error();
    run.pointsExpired = *expired;
    auto birthdays = awardBirthdays(who, day);
    if (!birthdays)
        return birthdays.error();
    run.birthdaysAwarded = *birthdays;
    auto tiersChanged = reviewTiers(who, day);
    if (!tiersChanged)
        return tiersChanged.error();
    run.tiersChanged = *tiersChanged;
    return run;
}

} // namespace crm::services
