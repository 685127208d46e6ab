#include "club/services/ClubService.h"

#include "archives/data/CustomerRepository.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

using namespace Qt::StringLiterals;

namespace crm::services {
Status ClubService::requireActiveCard(qint64 memberId, const QString &cardNumber, qint64 *cardId)
{
    auto member = m_members.status(memberId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::notFound(tr("Club member %1 does not exist.").arg(memberId));
    if (**member != u"active"_s)
        return Error::invalid(tr("This membership is cancelled."));
    auto card = m_members.card(memberId, cardNumber.trimmed());
    if (!card)
        return card.error();
    if (!*card)
        return Error::invalid(cardNumber.isEmpty() ? tr("The member has no active card (reported lost and not yet reissued?).")
                                                   : tr("Card %1 is not this member's.").arg(cardNumber));
    if ((*card)->status != u"active"_s)
        return Error::invalid(tr("Card %1 is %2: it can neither earn nor spend points.")
                                  .arg((*card)->number, club::ClubText::cardStatus((*card)->status)));
    if (cardId)
        *cardId = (*card)->id;
    return {};
}

Result<qint64> ClubService::lockBalance(qint64 memberId)
{
    return m_ledger.lockBalance(memberId);
}

Status ClubService::takePoints(qint64 memberId, qint64 points, const QString &refusal)
{
    auto taken = m_ledger.takeBalance(memberId, points);
    if (!taken)
        return taken.error();
    if (!*taken)
        return Error::invalid(refusal);
    // First in, first out: the oldest lots are spent first.
    auto lots = m_ledger.openLots(memberId);
    if (!lots)
        return lots.error();
    QList<QPair<qint64, qint64>> use;
    qint64 left = points;
    for (const auto &[lot, remaining] : *lots) {
        if (left <= 0)
            break;
        const qint64 take = std::min(left, remaining);
        use << qMakePair(lot, take);
        left -= take;
    }
    if (left > 0)
        return Error::database(u"points lots do not cover the balance"_s, {});
    for (const auto &[lot, take] : use)
        CRM_TRY(m_ledger.takeFromLot(lot, take));
    return {};
}

data::LedgerEntry ClubService::entry(const Session &who, qint64 memberId, const QString &kind, qint64 points,
                                     const QString &reason, const QDateTime &at) const
{
    data::LedgerEntry e;
    e.memberId = memberId;
    e.at = toStoredUtc(at);
    e.kind = kind;
    e.points = points;
    e.reason = reason;
    e.createdBy = who.username;
    return e;
}

Result<MemberView> ClubService::enroll(const Session &who, qint64 customerId, qint64 vehicleId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("enrol club members")));
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto exists = data::CustomerRepository(m_ctx.db).isLive(customerId);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::notFound(tr("Customer %1 does not exist (merged or deleted?).").arg(customerId));
    auto already = m_members.memberOfCustomer(customerId);
    if (!already)
        return already.error();
    if (*already)
        return Error::conflict(tr("This customer is already a club member."));
    if (SettingsService(m_ctx).intValue(settings::kCardPerVehicle) != 0) {
        if (!vehicleId)
            return Error::invalid(tr("Cards are issued per vehicle: choose the vehicle the card is for."));
        auto owns = data::CustomerRepository(m_ctx.db).ownsVehicle(customerId, vehicleId);
        if (!owns)
            return owns.error();
        if (!*owns)
            return Error::invalid(tr("That vehicle is not this customer's."));
    } else {
        vehicleId = 0;
    }
    auto made = m_members.insert(customerId, now.toLocalTime().date(), who.username, toStoredUtc(now));
    if (!made)
        return made.error();
    const qint64 memberId = *made;
    auto number = newCard(memberId, vehicleId ? QVariant(vehicleId) : QVariant(QMetaType(QMetaType::LongLong)), {});
    if (!number)
        return number.error();
    CRM_TRY(m_ledger.insertBalance(memberId));
    CRM_TRY(logEvent(who, memberId, u"enrol"_s, *number));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"enrol"_s, u"club_members"_s, QString::number(memberId), {}, {{u"card"_s, *number}}, *number}));
    CRM_TRY(tx.commit());
    return member(who, memberId);
}

Result<MemberView> ClubService::member(const Session &who, qint64 memberId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see club members")));
    auto found = m_members.view(memberId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("Club member %1 does not exist.").arg(memberId));
    MemberView v = **found;
    auto earned = m_ledger.earnedSince(memberId, toStoredUtc(m_ctx.clock.nowUtc().addMonths(-12)));
    if (!earned)
        return earned.error();
    v.earnedLast12Months = *earned;
    auto cards = m_members.cards(memberId);
    if (!cards)
        return cards.error();
    v.cards = *cards;
    return v;
}

Result<std::optional<qint64>> ClubService::memberOfCustomer(qint64 customerId)
{
    return m_members.memberOfCustomer(customerId);
}

Result<qint64> ClubService::memberOfCard(const QString &number)
{
    if (!club::isValidCardNumber(number))
        return Error::invalid(
            tr("%1 is not a card number (nine digits with a check digit); check for a mistyped digit.").arg(number));
    auto card = m_members.cardByNumber(number.trimmed());
    if (!card)
        return card.error();
    if (!*card)
        return Error::notFound(tr("There is no card %1.").arg(number));
    // A card that was lost, replaced or cancelled is refused wherever a number is typed or
    // scanned (activities, gifts, points, the search): a found card must not go on working.
    if ((*card)->status != u"active"_s) {
        auto current = m_members.card((*card)->memberId, {});
        if (!current)
            return current.error();
        const QString state = club::ClubText::cardStatus((*card)->status);
        return Error::invalid(
            *current ? tr("Card %1 is %2; the member's current card is %3.").arg(number.trimmed(), state, (*current)->number)
                     : tr("Card %1 is %2 and the member has no card in use now; find the member by "
                          "name or mobile.")
                           .arg(number.trimmed(), state));
    }
    return (*card)->memberId;
}

Status ClubService::reportLost(const Session &who, const QString &cardNumber, const QString &note)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("report cards lost")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto lost = m_members.markLost(cardNumber.trimmed(), note.trimmed());
    if (!lost)
        return lost.error();
    if (!*lost)
        return Error::invalid(tr("Card %1 is not an active card.").arg(cardNumber));
    auto owner = m_members.cardByNumber(cardNumber.trimmed());
    if (!owner)
        return owner.error();
    CRM_TRY(logEvent(who, *owner ? (*owner)->memberId : 0, u"card_lost"_s,
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
    auto old = m_members.cardByNumber(lostCardNumber.trimmed());
    if (!old)
        return old.error();
    if (!*old)
        return Error::notFound(tr("There is no card %1.").arg(lostCardNumber));
    if ((*old)->status != u"lost"_s)
        return Error::invalid(tr("Only a card reported lost is reissued; card %1 is %2.")
                                  .arg(lostCardNumber, club::ClubText::cardStatus((*old)->status)));
    const qint64 oldId = (*old)->id;
    const qint64 memberId = (*old)->memberId;
    qint64 newId = 0;
    auto number = newCard(memberId, (*old)->vehicleId, tr("replaces %1").arg(lostCardNumber.trimmed()), &newId);
    if (!number)
        return number.error();
    // The old number is void forever; balance, tier and history belong to the member and carry over.
    CRM_TRY(m_members.markReplaced(oldId, newId));
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
    auto cancelled = m_members.cancel(memberId, reason.trimmed());
    if (!cancelled)
        return cancelled.error();
    if (!*cancelled)
        return Error::invalid(tr("This membership is not active."));
    CRM_TRY(m_members.cancelCards(memberId));
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
    data::LedgerEntry e = entry(who, memberId, u"earn"_s, points, reason.trimmed(), now);
    e.cardId = cardId;
    e.expiresOn = now.toLocalTime().date().addMonths(months);
    e.sourceKey = sourceKey;
    auto row = m_ledger.appendOnce(e);
    if (!row)
        return row.error();
    if (!*row)
        return qint64(0); // this event earned its points before
    CRM_TRY(m_ledger.addLot(**row, memberId, points, e.expiresOn));
    CRM_TRY(updateTier(who, memberId));
    CRM_TRY(tx.commit());
    return points;
}

Result<qint64> ClubService::earnForSpend(const Session &who, qint64 memberId, qint64 amountFen, const QString &sourceKey)
{
    auto tier = m_members.tier(memberId);
    if (!tier)
        return tier.error();
    const double perYuan = SettingsService(m_ctx).intValue(settings::kPointsPerYuan);
    const qint64 points = club::pointsForSpend(amountFen, perYuan, club::multiplierOf(*tier, tiers()));
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
    data::LedgerEntry e = entry(who, memberId, u"spend"_s, -points, reason.trimmed(), now);
    e.cardId = cardId;
    CRM_TRY(m_ledger.append(e));
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
        data::LedgerEntry e = entry(who, memberId, u"adjust"_s, points, reason.trimmed(), now);
        CRM_TRY(m_ledger.append(e));
    } else {
        const int months = SettingsService(m_ctx).intValue(settings::kPointsExpiryMonths);
        data::LedgerEntry e = entry(who, memberId, u"adjust"_s, points, reason.trimmed(), now);
        e.expiresOn = now.toLocalTime().date().addMonths(months);
        auto row = m_ledger.append(e);
        if (!row)
            return row.error();
        CRM_TRY(m_ledger.addLot(*row, memberId, points, e.expiresOn));
    }
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"adjust"_s, u"points_ledger"_s, QString::number(memberId), {}, {{u"points"_s, points}}, reason.trimmed()}));
    return tx.commit();
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
    return m_members.logEvent(memberId, toStoredUtc(m_ctx.clock.nowUtc()), kind, detail, who.username);
}

Result<QString> ClubService::newCard(qint64 memberId, const QVariant &vehicleId, const QString &note, qint64 *cardId)
{
    auto serial = m_members.nextCardSerial();
    if (!serial)
        return serial.error();
    const QString number = club::cardNumber(*serial);
    auto made = m_members.insertCard(memberId, number, vehicleId, toStoredUtc(m_ctx.clock.nowUtc()), note);
    if (!made)
        return made.error();
    if (cardId)
        *cardId = *made;
    return number;
}

Result<QString> ClubService::issueCard(const Session &who, qint64 memberId, qint64 vehicleId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("issue cards")));
    if (SettingsService(m_ctx).intValue(settings::kCardPerVehicle) == 0)
        return Error::invalid(tr("Cards are issued per customer: a member has one card (a lost card is reissued)."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto owns = m_members.activeMemberOwnsVehicle(memberId, vehicleId);
    if (!owns)
        return owns.error();
    if (!*owns)
        return Error::invalid(tr("That vehicle is not this active member's."));
    auto has = m_members.vehicleCard(memberId, vehicleId);
    if (!has)
        return has.error();
    if (*has)
        return Error::conflict(tr("This vehicle already has card %1.").arg(**has));
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
    return m_members.members(tier, limit, afterId);
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
    data::LedgerEntry e = entry(who, memberId, u"refund"_s, points, reason.trimmed(), now);
    e.expiresOn = expires;
    auto row = m_ledger.append(e);
    if (!row)
        return row.error();
    CRM_TRY(m_ledger.addLot(*row, memberId, points, expires));
    return tx.commit();
}

Status ClubService::updateTier(const Session &who, qint64 memberId)
{
    // Upgrades at once; a downgrade waits for the nightly review and the keep period.
    auto earned = m_ledger.earnedSince(memberId, toStoredUtc(m_ctx.clock.nowUtc().addMonths(-12)));
    if (!earned)
        return earned.error();
    auto current = m_members.tier(memberId);
    if (!current)
        return current.error();
    const QList<club::TierRule> rules = tiers();
    const QString tier = club::tierFor(*earned, rules);
    if (club::tierRank(tier, rules) <= club::tierRank(*current, rules))
        return {};
    CRM_TRY(m_members.setTier(memberId, tier, m_ctx.clock.nowUtc().toLocalTime().date()));
    CRM_TRY(logEvent(who, memberId, u"tier"_s, club::ClubText::tier(tier)));
    return Guard::audit(
        m_ctx, &who,
        {u"tier"_s, u"club_members"_s, QString::number(memberId), {{u"tier"_s, *current}}, {{u"tier"_s, tier}}, tier});
}

} // namespace crm::services
