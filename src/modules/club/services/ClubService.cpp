#include "club/services/ClubService.h"

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

Status ClubService::requireActiveCard(qint64 memberId, const QString &cardNumber, qint64 *cardId)
{
    auto member = m_ctx.db.scalar(u"SELECT status FROM club_members WHERE id = ?"_s, {memberId});
    if (!member)
        return member.error();
    if (!member->isValid())
        return Error::notFound(tr("Club member %1 does not exist.").arg(memberId));
    if (member->toString() != u"active"_s)
        return Error::invalid(tr("This membership is cancelled."));
    auto q =
        cardNumber.isEmpty()
            ? m_ctx.db.exec(
                  u"SELECT id, status, number FROM club_cards WHERE member_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1"_s,
                  {memberId})
            : m_ctx.db.exec(u"SELECT id, status, number FROM club_cards WHERE member_id = ? AND number = ?"_s,
                            {memberId, cardNumber.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::invalid(cardNumber.isEmpty() ? tr("The member has no active card (reported lost and not yet reissued?).")
                                                   : tr("Card %1 is not this member's.").arg(cardNumber));
    if (q->value(1).toString() != u"active"_s)
        return Error::invalid(tr("Card %1 is %2: it can neither earn nor spend points.")
                                  .arg(q->value(2).toString(), club::ClubText::cardStatus(q->value(1).toString())));
    if (cardId)
        *cardId = q->value(0).toLongLong();
    return {};
}

Result<qint64> ClubService::lockBalance(qint64 memberId)
{
    auto available = m_ctx.db.scalar(
        u"SELECT available FROM points_balances WHERE member_id = ?"_s + m_ctx.db.dialect().lockRows(), {memberId});
    if (!available)
        return available.error();
    return available->toLongLong();
}

Status ClubService::takePoints(qint64 memberId, qint64 points, const QString &refusal)
{
    // One conditional UPDATE: the row lock (PostgreSQL) or the write transaction (SQLite) makes
    // a second desk wait and then see the new balance.
    auto taken = m_ctx.db.exec(u"UPDATE points_balances SET available = available - ? WHERE member_id = ? AND available >= ?"_s,
                               {points, memberId, points});
    if (!taken)
        return taken.error();
    if (taken->numRowsAffected() != 1)
        return Error::invalid(refusal);
    // First in, first out: the oldest lots are spent first.
    auto lots = m_ctx.db.exec(u"SELECT ledger_id, remaining FROM points_lots WHERE member_id = ? AND remaining > 0 "
                              "ORDER BY expires_on, ledger_id"_s,
                              {memberId});
    if (!lots)
        return lots.error();
    QList<QPair<qint64, qint64>> use;
    qint64 left = points;
    while (left > 0 && lots->next()) {
        const qint64 take = std::min(left, lots->value(1).toLongLong());
        use << qMakePair(lots->value(0).toLongLong(), take);
        left -= take;
    }
    lots->finish();
    if (left > 0)
        return Error::database(u"points lots do not cover the balance"_s, {});
    for (const auto &[lot, take] : use)
        CRM_TRY(m_ctx.db.exec(u"UPDATE points_lots SET remaining = remaining - ? WHERE ledger_id = ?"_s, {take, lot}));
    return {};
}

Status ClubService::addLot(qint64 ledgerId, qint64 memberId, qint64 points, const QDate &expires)
{
    CRM_TRY(m_ctx.db.exec(u"INSERT INTO points_lots(ledger_id, member_id, expires_on, remaining) VALUES (?, ?, ?, ?)"_s,
                          {ledgerId, memberId, iso(expires), points}));
    CRM_TRY(m_ctx.db.exec(u"UPDATE points_balances SET available = available + ? WHERE member_id = ?"_s, {points, memberId}));
    return {};
}

Result<MemberView> ClubService::enroll(const Session &who, qint64 customerId, qint64 vehicleId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("enrol club members")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto exists = m_ctx.db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ? AND deleted_at IS NULL"_s, {customerId});
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error::notFound(tr("Customer %1 does not exist (merged or deleted?).").arg(customerId));
    auto already = m_ctx.db.scalar(u"SELECT id FROM club_members WHERE customer_id = ?"_s, {customerId});
    if (!already)
        return already.error();
    if (already->isValid())
        return Error::conflict(tr("This customer is already a club member."));
    if (SettingsService(m_ctx).intValue(settings::kCardPerVehicle) != 0) {
        if (!vehicleId)
            return Error::invalid(tr("Cards are issued per vehicle: choose the vehicle the card is for."));
        auto owns = m_ctx.db.scalar(u"SELECT COUNT(*) FROM vehicles WHERE id = ? AND customer_id = ? AND deleted_at IS NULL"_s,
                                    {vehicleId, customerId});
        if (!owns)
            return owns.error();
        if (owns->toInt() == 0)
            return Error::invalid(tr("That vehicle is not this customer's."));
    } else {
        vehicleId = 0;
    }
    auto made = m_ctx.db.exec(
        u"INSERT INTO club_members(customer_id, joined_on, tier_since, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id"_s,
        {customerId, iso(now.toLocalTime().date()), iso(now.toLocalTime().date()), who.username, toStoredUtc(now)});
    if (!made || !made->next())
        return made ? Error::database(u"no id"_s, {}) : made.error();
    const qint64 memberId = made->value(0).toLongLong();
    made->finish();
    auto number = newCard(memberId, vehicleId ? QVariant(vehicleId) : QVariant(QMetaType(QMetaType::LongLong)), {});
    if (!number)
        return number.error();
    CRM_TRY(m_ctx.db.exec(u"INSERT INTO points_balances(member_id, available) VALUES (?, 0)"_s, {memberId}));
    CRM_TRY(logEvent(who, memberId, u"enrol"_s, *number));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"enrol"_s, u"club_members"_s, QString::number(memberId), {}, {{u"card"_s, *number}}, *number}));
    CRM_TRY(tx.commit());
    return member(who, memberId);
}

Result<MemberView> ClubService::member(const Session &who, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club members")));
    auto q = m_ctx.db.exec(
        u"SELECT m.id, m.customer_id, c.name, m.tier, m.status, m.joined_on, COALESCE(b.available, 0) FROM club_members m "
        "JOIN customers c ON c.id = m.customer_id LEFT JOIN points_balances b ON b.member_id = m.id WHERE m.id = ?"_s,
        {memberId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Club member %1 does not exist.").arg(memberId));
    MemberView v;
    v.id = q->value(0).toLongLong();
    v.customerId = q->value(1).toLongLong();
    v.customerName = q->value(2).toString();
    v.tier = q->value(3).toString();
    v.status = q->value(4).toString();
    v.joinedOn = QDate::fromString(q->value(5).toString(), Qt::ISODate);
    v.available = q->value(6).toLongLong();
    auto earned =
        m_ctx.db.scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ? AND kind = 'earn' AND at >= ?"_s,
                        {memberId, toStoredUtc(m_ctx.clock.nowUtc().addMonths(-12))});
    if (!earned)
        return earned.error();
    v.earnedLast12Months = earned->toLongLong();
    auto cards = m_ctx.db.exec(
        u"SELECT id, number, status, issued_at, replaced_by FROM club_cards WHERE member_id = ? ORDER BY id"_s, {memberId});
    if (!cards)
        return cards.error();
    while (cards->next())
        v.cards << MemberView::Card{cards->value(0).toLongLong(), cards->value(1).toString(), cards->value(2).toString(),
                                    fromStoredUtc(cards->value(3).toString()), cards->value(4).toLongLong()};
    return v;
}

Result<std::optional<qint64>> ClubService::memberOfCustomer(qint64 customerId)
{
    auto id = m_ctx.db.scalar(u"SELECT id FROM club_members WHERE customer_id = ?"_s, {customerId});
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<qint64> ClubService::memberOfCard(const QString &number)
{
    if (!club::isValidCardNumber(number))
        return Error::invalid(
            tr("%1 is not a card number (nine digits with a check digit); check for a mistyped digit.").arg(number));
    auto id = m_ctx.db.scalar(u"SELECT member_id FROM club_cards WHERE number = ?"_s, {number.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error::notFound(tr("There is no card %1.").arg(number));
    return id->toLongLong();
}

Status ClubService::reportLost(const Session &who, const QString &cardNumber, const QString &note)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("report cards lost")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto q = m_ctx.db.exec(u"UPDATE club_cards SET status = 'lost', note = ? WHERE number = ? AND status = 'active'"_s,
                           {data::Database::text(note.trimmed()), cardNumber.trimmed()});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("Card %1 is not an active card.").arg(cardNumber));
    auto owner = m_ctx.db.scalar(u"SELECT member_id FROM club_cards WHERE number = ?"_s, {cardNumber.trimmed()});
    if (!owner)
        return owner.error();
    CRM_TRY(logEvent(who, owner->toLongLong(), u"card_lost"_s,
                     note.trimmed().isEmpty() ? cardNumber.trimmed() : cardNumber.trimmed() + u" · "_s + note.trimmed()));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"card_lost"_s,
                          u"club_cards"_s,
                          cardNumber.trimmed(),
                          {{u"status"_s, u"active"_s}},
                          {{u"status"_s, u"lost"_s}},
                          note.trimmed()}));
    return tx.commit();
}

Result<QString> ClubService::reissue(const Session &who, const QString &lostCardNumber)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("reissue cards")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto old =
        m_ctx.db.exec(u"SELECT id, member_id, vehicle_id, status FROM club_cards WHERE number = ?"_s, {lostCardNumber.trimmed()});
    if (!old)
        return old.error();
    if (!old->next())
        return Error::notFound(tr("There is no card %1.").arg(lostCardNumber));
    if (old->value(3).toString() != u"lost"_s)
        return Error::invalid(tr("Only a card reported lost is reissued; card %1 is %2.")
                                  .arg(lostCardNumber, club::ClubText::cardStatus(old->value(3).toString())));
    const qint64 oldId = old->value(0).toLongLong();
    const qint64 memberId = old->value(1).toLongLong();
    const QVariant vehicle = old->value(2);
    old->finish();
    qint64 newId = 0;
    auto number = newCard(memberId, vehicle, tr("replaces %1").arg(lostCardNumber.trimmed()), &newId);
    if (!number)
        return number.error();
    // The old number is void forever; balance, tier and history belong to the member and carry over.
    CRM_TRY(m_ctx.db.exec(u"UPDATE club_cards SET status = 'replaced', replaced_by = ? WHERE id = ?"_s, {newId, oldId}));
    CRM_TRY(logEvent(who, memberId, u"card_reissued"_s, tr("%1 replaces %2").arg(*number, lostCardNumber.trimmed())));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"card_reissued"_s,
                          u"club_cards"_s,
                          lostCardNumber.trimmed(),
                          {{u"card"_s, lostCardNumber.trimmed()}},
                          {{u"card"_s, *number}},
                          *number}));
    CRM_TRY(tx.commit());
    return *number;
}

Status ClubService::cancelMembership(const Session &who, qint64 memberId, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("cancel memberships")));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the membership is cancelled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto q =
        m_ctx.db.exec(u"UPDATE club_members SET status = 'cancelled', cancel_reason = ? WHERE id = ? AND status = 'active'"_s,
                      {reason.trimmed(), memberId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::invalid(tr("This membership is not active."));
    CRM_TRY(m_ctx.db.exec(u"UPDATE club_cards SET status = 'cancelled' WHERE member_id = ? AND status IN ('active', 'lost')"_s,
                          {memberId}));
    CRM_TRY(logEvent(who, memberId, u"cancel"_s, reason.trimmed()));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"cancel"_s, u"club_members"_s, QString::number(memberId), {}, {{u"reason"_s, reason.trimmed()}}, {}}));
    return tx.commit();
}

Result<qint64> ClubService::earn(const Session &who, qint64 memberId, qint64 points, const QString &reason,
                                 const QString &sourceKey, const QString &cardNumber)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("add points")));
    if (points <= 0)
        return Error::invalid(tr("Points earned must be more than zero."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say what the points are for."));
    const QDateTime now = m_ctx.clock.nowUtc();
    const int months = SettingsService(m_ctx).intValue(settings::kPointsExpiryMonths);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 cardId = 0;
    CRM_TRY(requireActiveCard(memberId, cardNumber, &cardId));
    CRM_TRY(lockBalance(memberId));
    auto row = m_ctx.db.exec(
        u"INSERT INTO points_ledger(member_id, card_id, at, kind, points, expires_on, reason, source_key, created_by) "
        "VALUES (?, ?, ?, 'earn', ?, ?, ?, ?, ?) ON CONFLICT(source_key) DO NOTHING RETURNING id"_s,
        {memberId, cardId, toStoredUtc(now), points, iso(now.toLocalTime().date().addMonths(months)), reason.trimmed(),
         data::Database::optional(sourceKey), who.username});
    if (!row)
        return row.error();
    if (!row->next())
        return qint64(0); // this event earned its points before
    const qint64 ledgerId = row->value(0).toLongLong();
    row->finish();
    CRM_TRY(addLot(ledgerId, memberId, points, now.toLocalTime().date().addMonths(months)));
    CRM_TRY(updateTier(who, memberId));
    CRM_TRY(tx.commit());
    return points;
}

Result<qint64> ClubService::earnForSpend(const Session &who, qint64 memberId, qint64 amountFen, const QString &sourceKey)
{
    auto tier = m_ctx.db.scalar(u"SELECT tier FROM club_members WHERE id = ?"_s, {memberId});
    if (!tier)
        return tier.error();
    const double perYuan = SettingsService(m_ctx).intValue(settings::kPointsPerYuan);
    const qint64 points = club::pointsForSpend(amountFen, perYuan, club::multiplierOf(tier->toString(), tiers()));
    if (points <= 0)
        return qint64(0);
    return earn(who, memberId, points, tr("Service spend ¥%1").arg(double(amountFen) / 100.0, 0, 'f', 2), sourceKey);
}

Status ClubService::spend(const Session &who, qint64 memberId, qint64 points, const QString &reason, const QString &cardNumber)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("redeem points")));
    if (points <= 0)
        return Error::invalid(tr("Points redeemed must be more than zero."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say what the points are redeemed for."));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 cardId = 0;
    CRM_TRY(requireActiveCard(memberId, cardNumber, &cardId));
    auto available = lockBalance(memberId);
    if (!available)
        return available.error();
    CRM_TRY(takePoints(memberId, points, tr("Not enough points: %1 available, %2 asked.").arg(*available).arg(points)));
    CRM_TRY(m_ctx.db.exec(
        u"INSERT INTO points_ledger(member_id, card_id, at, kind, points, reason, created_by) VALUES (?, ?, ?, 'spend', ?, ?, ?)"_s,
        {memberId, cardId, toStoredUtc(now), -points, reason.trimmed(), who.username}));
    return tx.commit();
}

Status ClubService::adjust(const Session &who, qint64 memberId, qint64 points, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("adjust points")));
    if (points == 0)
        return Error::invalid(tr("An adjustment changes the balance: give a positive or negative number."));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("An adjustment needs a reason."));
    if (std::abs(points) > SettingsService(m_ctx).intValue(settings::kAdjustApprovalAbove))
        CRM_TRY(Guard::require(m_ctx, who, Permission::ApproveClub, tr("adjust points above the approval threshold")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(lockBalance(memberId));
    if (points < 0) {
        CRM_TRY(takePoints(memberId, -points, tr("The adjustment would take the balance below zero.")));
        CRM_TRY(m_ctx.db.exec(
            u"INSERT INTO points_ledger(member_id, at, kind, points, reason, created_by) VALUES (?, ?, 'adjust', ?, ?, ?)"_s,
            {memberId, toStoredUtc(now), points, reason.trimmed(), who.username}));
    } else {
        const int months = SettingsService(m_ctx).intValue(settings::kPointsExpiryMonths);
        auto row = m_ctx.db.exec(u"INSERT INTO points_ledger(member_id, at, kind, points, expires_on, reason, created_by) "
                                 "VALUES (?, ?, 'adjust', ?, ?, ?, ?) RETURNING id"_s,
                                 {memberId, toStoredUtc(now), points, iso(now.toLocalTime().date().addMonths(months)),
                                  reason.trimmed(), who.username});
        if (!row || !row->next())
            return row ? Error::database(u"no id"_s, {}) : row.error();
        const qint64 ledgerId = row->value(0).toLongLong();
        row->finish();
        CRM_TRY(addLot(ledgerId, memberId, points, now.toLocalTime().date().addMonths(months)));
    }
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"adjust"_s, u"points_ledger"_s, QString::number(memberId), {}, {{u"points"_s, points}}, reason.trimmed()}));
    return tx.commit();
}

Result<qint64> ClubService::expire(const Session &who, const QDate &asOf)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("expire points")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto lots = m_ctx.db.exec(
        u"SELECT ledger_id, member_id, remaining, expires_on FROM points_lots WHERE expires_on < ? AND remaining > 0 "
        "ORDER BY member_id, expires_on, ledger_id"_s,
        {iso(asOf)});
    if (!lots)
        return lots.error();
    struct Lot {
        qint64 ledger, member;
        QString expires;
    };
    QList<Lot> due;
    while (lots->next())
        due << Lot{lots->value(0).toLongLong(), lots->value(1).toLongLong(), lots->value(3).toString()};
    lots->finish();
    qint64 total = 0;
    for (const Lot &l : due) {
        // The balance before the lot, as every points transaction does; then what is left of
        // the lot now (another desk may have spent from it since the list was read).
        CRM_TRY(lockBalance(l.member));
        auto left = m_ctx.db.scalar(u"SELECT remaining FROM points_lots WHERE ledger_id = ?"_s, {l.ledger});
        if (!left)
            return left.error();
        const qint64 remaining = left->toLongLong();
        if (remaining <= 0)
            continue;
        auto taken =
            m_ctx.db.exec(u"UPDATE points_balances SET available = available - ? WHERE member_id = ? AND available >= ?"_s,
                          {remaining, l.member, remaining});
        if (!taken)
            return taken.error();
        if (taken->numRowsAffected() != 1)
            return Error::database(u"balance below the lots of member %1"_s.arg(l.member), {});
        CRM_TRY(m_ctx.db.exec(u"UPDATE points_lots SET remaining = 0 WHERE ledger_id = ?"_s, {l.ledger}));
        CRM_TRY(m_ctx.db.exec(u"INSERT INTO points_ledger(member_id, at, kind, points, reason, source_key, created_by) "
                              "VALUES (?, ?, 'expire', ?, ?, ?, ?)"_s,
                              {l.member, toStoredUtc(now), -remaining, tr("Points earned until %1 expired").arg(l.expires),
                               u"expire:%1"_s.arg(l.ledger), who.username}));
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
    auto q = m_ctx.db.exec(u"SELECT l.at, l.kind, l.points, l.reason, c.number, l.created_by FROM points_ledger l "
                           "LEFT JOIN club_cards c ON c.id = l.card_id WHERE l.member_id = ? ORDER BY l.at, l.id"_s,
                           {memberId});
    if (!q)
        return q.error();
    QList<StatementLine> out;
    qint64 balance = 0;
    while (q->next()) {
        balance += q->value(2).toLongLong();
        out << StatementLine{fromStoredUtc(q->value(0).toString()),
                             q->value(1).toString(),
                             q->value(2).toLongLong(),
                             balance,
                             q->value(3).toString(),
                             q->value(4).toString(),
                             q->value(5).toString()};
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

QList<club::TierRule> ClubService::tiers()
{
    SettingsService settings(m_ctx);
    QList<club::TierRule> t = club::defaultTiers();
    t[1].minPoints = settings.intValue(settings::kTierSilver);
    t[2].minPoints = settings.intValue(settings::kTierGold);
    t[3].minPoints = settings.intValue(settings::kTierPlatinum);
    return t;
}

Status ClubService::logEvent(const Session &who, qint64 memberId, const QString &kind, const QString &detail)
{
    CRM_TRY(m_ctx.db.exec(
        u"INSERT INTO club_events(member_id, customer_id, at, kind, detail, created_by) SELECT id, customer_id, ?, ?, ?, ? "
        "FROM club_members WHERE id = ?"_s,
        {toStoredUtc(m_ctx.clock.nowUtc()), kind, data::Database::text(detail), who.username, memberId}));
    return {};
}

Result<QString> ClubService::newCard(qint64 memberId, const QVariant &vehicleId, const QString &note, qint64 *cardId)
{
    auto serial = m_ctx.db.exec(u"UPDATE club_card_serial SET last = last + 1 WHERE id = 1 RETURNING last"_s);
    if (!serial || !serial->next())
        return serial ? Error::database(u"no serial"_s, {}) : serial.error();
    const QString number = club::cardNumber(serial->value(0).toLongLong());
    serial->finish();
    auto made = m_ctx.db.exec(
        u"INSERT INTO club_cards(member_id, number, vehicle_id, issued_at, note) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
        {memberId, number, vehicleId, toStoredUtc(m_ctx.clock.nowUtc()), data::Database::text(note)});
    if (!made || !made->next())
        return made ? Error::database(u"no id"_s, {}) : made.error();
    if (cardId)
        *cardId = made->value(0).toLongLong();
    made->finish();
    return number;
}

Result<QString> ClubService::issueCard(const Session &who, qint64 memberId, qint64 vehicleId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("issue cards")));
    if (SettingsService(m_ctx).intValue(settings::kCardPerVehicle) == 0)
        return Error::invalid(tr("Cards are issued per customer: a member has one card (a lost card is reissued)."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto owns = m_ctx.db.scalar(u"SELECT COUNT(*) FROM vehicles v JOIN club_members m ON m.customer_id = v.customer_id "
                                "WHERE v.id = ? AND m.id = ? AND m.status = 'active' AND v.deleted_at IS NULL"_s,
                                {vehicleId, memberId});
    if (!owns)
        return owns.error();
    if (owns->toInt() == 0)
        return Error::invalid(tr("That vehicle is not this active member's."));
    auto has = m_ctx.db.scalar(
        u"SELECT number FROM club_cards WHERE member_id = ? AND vehicle_id = ? AND status IN ('active', 'lost')"_s,
        {memberId, vehicleId});
    if (!has)
        return has.error();
    if (has->isValid())
        return Error::conflict(tr("This vehicle already has card %1.").arg(has->toString()));
    auto number = newCard(memberId, vehicleId, {});
    if (!number)
        return number.error();
    CRM_TRY(logEvent(who, memberId, u"card_issued"_s, *number));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"card_issued"_s, u"club_cards"_s, *number, {}, {{u"vehicle"_s, vehicleId}}, *number}));
    CRM_TRY(tx.commit());
    return *number;
}

Result<QList<MemberRow>> ClubService::members(const Session &who, const QString &tier, int limit, qint64 afterId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club members")));
    auto q = m_ctx.db.exec(
        u"SELECT m.id, m.customer_id, c.name, (SELECT number FROM club_cards k WHERE k.member_id = m.id ORDER BY (k.status = "
        u"'active') DESC, k.id DESC LIMIT 1), "
        "m.tier, m.status, m.joined_on, COALESCE(b.available, 0) FROM club_members m JOIN customers c ON c.id = m.customer_id "
        "LEFT JOIN points_balances b ON b.member_id = m.id WHERE (? = '' OR m.tier = ?) AND (? = 0 OR m.id < ?) ORDER BY m.id DESC LIMIT ?"_s,
        {data::Database::text(tier), data::Database::text(tier), afterId, afterId, limit});
    if (!q)
        return q.error();
    QList<MemberRow> out;
    while (q->next())
        out << MemberRow{q->value(0).toLongLong(),
                         q->value(1).toLongLong(),
                         q->value(2).toString(),
                         q->value(3).toString(),
                         q->value(4).toString(),
                         q->value(5).toString(),
                         QDate::fromString(q->value(6).toString(), Qt::ISODate),
                         q->value(7).toLongLong()};
    return out;
}

Status ClubService::refund(const Session &who, qint64 memberId, qint64 points, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("refund points")));
    if (points <= 0)
        return Error::invalid(tr("Points refunded must be more than zero."));
    const QDateTime now = m_ctx.clock.nowUtc();
    const QDate expires = now.toLocalTime().date().addMonths(SettingsService(m_ctx).intValue(settings::kPointsExpiryMonths));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(lockBalance(memberId));
    auto row = m_ctx.db.exec(u"INSERT INTO points_ledger(member_id, at, kind, points, expires_on, reason, created_by) "
                             "VALUES (?, ?, 'refund', ?, ?, ?, ?) RETURNING id"_s,
                             {memberId, toStoredUtc(now), points, iso(expires), reason.trimmed(), who.username});
    if (!row || !row->next())
        return row ? Error::database(u"no id"_s, {}) : row.error();
    const qint64 ledgerId = row->value(0).toLongLong();
    row->finish();
    CRM_TRY(addLot(ledgerId, memberId, points, expires));
    return tx.commit();
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
    auto q = m_ctx.db.exec(
        u"SELECT m.id FROM club_members m JOIN customers c ON c.id = m.customer_id WHERE m.status = 'active' "
        "AND c.deleted_at IS NULL AND (substr(c.birthday, 6, 5) = ? OR substr(c.birthday, 6, 5) = ?) ORDER BY m.id"_s,
        {md, leapDay});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    q->finish();
    int awarded = 0;
    for (qint64 id : ids) {
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
    // One grouped pass: every member above the first tier with what they earned in the window.
    auto q = m_ctx.db.exec(
        u"SELECT m.id, m.tier, COALESCE((SELECT SUM(points) FROM points_ledger l WHERE l.member_id = m.id AND l.kind = 'earn' "
        "AND l.at >= ?), 0) FROM club_members m WHERE m.status = 'active' AND m.tier <> ? AND m.tier_since <= ?"_s,
        {toStoredUtc(windowStart), rules.first().id, iso(asOf.addMonths(-keep))});
    if (!q)
        return q.error();
    auto rank = [&](const QString &id) {
        for (int i = 0; i < rules.size(); ++i)
            if (rules[i].id == id)
                return i;
        return 0;
    };
    QList<QPair<qint64, QPair<QString, QString>>> down;
    while (q->next()) {
        const QString now = club::tierFor(q->value(2).toLongLong(), rules);
        if (rank(now) < rank(q->value(1).toString()))
            down << qMakePair(q->value(0).toLongLong(), qMakePair(q->value(1).toString(), now));
    }
    q->finish();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (const auto &[id, change] : down) {
        CRM_TRY(
            m_ctx.db.exec(u"UPDATE club_members SET tier = ?, tier_since = ? WHERE id = ?"_s, {change.second, iso(asOf), id}));
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

Status ClubService::updateTier(const Session &who, qint64 memberId)
{
    // Upgrades at once; a downgrade waits for the nightly review and the keep period.
    auto earned =
        m_ctx.db.scalar(u"SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE member_id = ? AND kind = 'earn' AND at >= ?"_s,
                        {memberId, toStoredUtc(m_ctx.clock.nowUtc().addMonths(-12))});
    if (!earned)
        return earned.error();
    auto current = m_ctx.db.scalar(u"SELECT tier FROM club_members WHERE id = ?"_s, {memberId});
    if (!current)
        return current.error();
    const QList<club::TierRule> rules = tiers();
    const QString tier = club::tierFor(earned->toLongLong(), rules);
    if (club::tierRank(tier, rules) <= club::tierRank(current->toString(), rules))
        return {};
    CRM_TRY(m_ctx.db.exec(u"UPDATE club_members SET tier = ?, tier_since = ? WHERE id = ?"_s,
                          {tier, iso(m_ctx.clock.nowUtc().toLocalTime().date()), memberId}));
    CRM_TRY(logEvent(who, memberId, u"tier"_s, club::ClubText::tier(tier)));
    return Guard::audit(
        m_ctx, &who,
        {u"tier"_s, u"club_members"_s, QString::number(memberId), {{u"tier"_s, current->toString()}}, {{u"tier"_s, tier}}, tier});
}

} // namespace crm::services
