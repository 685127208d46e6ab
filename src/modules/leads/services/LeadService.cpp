#include "leads/services/LeadService.h"

#include "archives/services/ImportService.h"
#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "core/Mobile.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
const QString kSelect =
    u"SELECT l.id, l.name, l.mobile, l.source, l.model, l.consultant, l.status, l.lost_reason, COALESCE(l.referrer_id, 0), "
    "COALESCE(rc.name, ''), l.created_at, l.status_at, l.note FROM leads l "
    "LEFT JOIN club_members rm ON rm.id = l.referrer_id LEFT JOIN customers rc ON rc.id = rm.customer_id "_s;
Lead leadFrom(const QSqlQuery &q, const QString &overdueBefore)
{
    Lead l;
    l.id = q.value(0).toLongLong();
    l.name = q.value(1).toString();
    l.mobile = q.value(2).toString();
    l.source = q.value(3).toString();
    l.model = q.value(4).toString();
    l.consultant = q.value(5).toString();
    l.status = q.value(6).toString();
    l.lostReason = q.value(7).toString();
    l.referrerId = q.value(8).toLongLong();
    l.referrerName = q.value(9).toString();
    l.createdAt = fromStoredUtc(q.value(10).toString());
    l.statusAt = fromStoredUtc(q.value(11).toString());
    l.note = q.value(12).toString();
    l.overdue = l.status == u"new"_s && q.value(10).toString() < overdueBefore;
    return l;
}
// Column names as web platforms and people write them.
int column(const QStringList &headers, std::initializer_list<const char16_t *> names)
{
    for (int i = 0; i < headers.size(); ++i)
        for (const char16_t *n : names)
            if (headers[i].trimmed().compare(QString::fromUtf16(n), Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}
} // namespace

QString LeadService::overdueBefore()
{
    const int hours = SettingsService(m_ctx).intValue(settings::kLeadContactHours);
    return toStoredUtc(m_ctx.clock.nowUtc().addSecs(-qint64(hours) * 3600));
}

Result<qint64> LeadService::insert(const Session &who, const LeadInput &in, bool *existed)
{
    *existed = false;
    if (in.name.trimmed().isEmpty())
        return Error::invalid(tr("A lead needs a name."));
    auto mobile = Mobile::normalise(in.mobile);
    if (!mobile)
        return mobile.error();
    const QString source = in.source.trimmed().isEmpty() ? u"other"_s : in.source.trimmed();
    if (source == u"referral"_s) {
        if (!in.referrerMemberId)
            return Error::invalid(tr("A referral needs the member who recommended the prospect."));
        auto m = m_ctx.db.scalar(u"SELECT status FROM club_members WHERE id = ?"_s, {in.referrerMemberId});
        if (!m)
            return m.error();
        if (m->toString() != u"active"_s)
            return Error::invalid(tr("The referrer is not an active club member."));
    }
    // The same person already in the pipeline (open lead with this mobile) is not added twice.
    auto open = m_ctx.db.scalar(
        u"SELECT id FROM leads WHERE mobile = ? AND status NOT IN ('delivered', 'lost') ORDER BY id LIMIT 1"_s, {*mobile});
    if (!open)
        return open.error();
    if (open->isValid()) {
        *existed = true;
        return open->toLongLong();
    }
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    auto q = m_ctx.db.exec(u"INSERT INTO leads(name, mobile, source, external_ref, model, consultant, referrer_id, note, "
                           u"created_at, created_by, status_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source, external_ref) DO NOTHING RETURNING id"_s,
                           {in.name.trimmed(), *mobile, source, data::Database::optional(in.externalRef.trimmed()),
                            data::Database::text(in.model.trimmed()), data::Database::text(in.consultant.trimmed()),
                            in.referrerMemberId ? QVariant(in.referrerMemberId) : QVariant(QMetaType(QMetaType::LongLong)),
                            data::Database::text(in.note.trimmed()), now, who.username, now});
    if (!q)
        return q.error();
    if (!q->next()) { // this platform's lead was imported before
        *existed = true;
        auto id =
            m_ctx.db.scalar(u"SELECT id FROM leads WHERE source = ? AND external_ref = ?"_s, {source, in.externalRef.trimmed()});
        if (!id)
            return id.error();
        return id->toLongLong();
    }
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    CRM_TRY(m_ctx.db.exec(u"INSERT INTO lead_events(lead_id, at, by_user, to_status, note) VALUES (?, ?, ?, 'new', ?)"_s,
                          {id, now, who.username, club::ClubText::leadSource(source)}));
    return id;
}

Result<qint64> LeadService::create(const Session &who, const LeadInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("enter leads")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    bool existed = false;
    auto id = insert(who, in, &existed);
    if (!id)
        return id.error();
    if (existed)
        return Error::conflict(tr("This prospect is already an open lead (number %1).").arg(*id));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"leads"_s,
                          QString::number(*id),
                          {},
                          {{u"source"_s, in.source}, {u"referrer"_s, in.referrerMemberId}, {u"consultant"_s, in.consultant}},
                          {}}));
    CRM_TRY(tx.commit());
    return *id;
}

Result<QList<Lead>> LeadService::list(const Session &who, const LeadFilter &f, int limit, qint64 afterId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see leads")));
    const QString before = overdueBefore();
    const QVariant like = data::Database::text(f.text.trimmed().isEmpty() ? QString() : f.text.trimmed() + u"%"_s);
    const QVariant status = data::Database::text(f.status), consultant = data::Database::text(f.consultant),
                   source = data::Database::text(f.source);
    auto q = m_ctx.db.exec(
        kSelect + u"WHERE (? = '' OR l.status = ? OR (? = 'open' AND l.status NOT IN ('delivered', 'lost'))) AND (? = '' OR "
                  u"l.consultant = ?) "
                  "AND (? = '' OR l.source = ?) AND (? = '' OR l.name LIKE ? OR l.mobile LIKE ?) "
                  "AND (? = 0 OR (l.status = 'new' AND l.created_at < ?)) AND (? = 0 OR l.id < ?) ORDER BY l.id DESC LIMIT ?"_s,
        {status, status, status, consultant, consultant, source, source, like, like, like, f.overdueOnly ? 1 : 0, before, afterId,
         afterId, limit});
    if (!q)
        return q.error();
    QList<Lead> out;
    while (q->next())
        out << leadFrom(*q, before);
    return out;
}

Result<Lead> LeadService::lead(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see leads")));
    auto q = m_ctx.db.exec(kSelect + u"WHERE l.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Lead %1 does not exist.").arg(id));
    return leadFrom(*q, overdueBefore());
}

Status LeadService::assign(const Session &who, qint64 leadId, const QString &consultant)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("assign leads")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = lead(who, leadId);
    if (!before)
        return before.error();
    CRM_TRY(
        m_ctx.db.exec(u"UPDATE leads SET consultant = ? WHERE id = ?"_s, {data::Database::text(consultant.trimmed()), leadId}));
    CRM_TRY(
        m_ctx.db.exec(u"INSERT INTO lead_events(lead_id, at, by_user, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {leadId, toStoredUtc(m_ctx.clock.nowUtc()), who.username, before->status, before->status,
                       tr("Assigned to %1").arg(consultant.trimmed())}));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"assign"_s,
                          u"leads"_s,
                          QString::number(leadId),
                          {{u"consultant"_s, before->consultant}},
                          {{u"consultant"_s, consultant.trimmed()}},
                          {}}));
    return tx.commit();
}

Result<LeadStepResult> LeadService::step(const Session &who, qint64 leadId, const QString &to, const QString &note,
                                         const QString &lostReason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("work leads")));
    if (to == u"lost"_s && lostReason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the lead was lost."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = lead(who, leadId);
    if (!before)
        return before.error();
    if (!club::leadStepAllowed(before->status, to))
        return Error::invalid(tr("A lead that is %1 cannot become %2.")
                                  .arg(club::ClubText::leadStatus(before->status), club::ClubText::leadStatus(to)));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    auto q = m_ctx.db.exec(u"UPDATE leads SET status = ?, status_at = ?, lost_reason = ?, contacted_at = CASE WHEN contacted_at "
                           u"IS NULL AND ? <> 'lost' "
                           "THEN ? ELSE contacted_at END WHERE id = ? AND status = ?"_s,
                           {to, now, data::Database::text(lostReason.trimmed()), to, now, leadId, before->status});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(tr("Someone else changed this lead a moment ago; look at it again."));
    CRM_TRY(
        m_ctx.db.exec(u"INSERT INTO lead_events(lead_id, at, by_user, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                      {leadId, now, who.username, before->status, to,
                       to == u"lost"_s ? data::Database::text(lostReason.trimmed()) : data::Database::text(note.trimmed())}));
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"step"_s, u"leads"_s, QString::number(leadId), {{u"status"_s, before->status}}, {{u"status"_s, to}}, note.trimmed()}));
    LeadStepResult result;
    if (to == u"delivered"_s && before->referrerId) {
        // The reward needs the referrer's active card; without one the delivery still counts and
        // the reward can be given later (rewardReferral), still only once.
        auto card = m_ctx.db.scalar(u"SELECT COUNT(*) FROM club_cards k JOIN club_members m ON m.id = k.member_id "
                                    "WHERE k.member_id = ? AND k.status = 'active' AND m.status = 'active'"_s,
                                    {before->referrerId});
        if (!card)
            return card.error();
        if (card->toInt() == 0) {
            result.rewardProblem =
                tr("%1 has no active card (reported lost?): give the referral reward after the card is reissued.")
                    .arg(before->referrerName);
        } else {
            auto got = rewardReferral(who, leadId);
            if (!got)
                return got.error();
            result.rewardPoints = *got;
        }
    }
    CRM_TRY(tx.commit());
    return result;
}

Result<qint64> LeadService::rewardReferral(const Session &who, qint64 leadId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("give referral rewards")));
    auto l = lead(who, leadId);
    if (!l)
        return l.error();
    if (l->status != u"delivered"_s || !l->referrerId)
        return Error::invalid(tr("Only a delivered referral earns the referrer a reward."));
    const int points = SettingsService(m_ctx).intValue(settings::kReferralPoints);
    if (points <= 0)
        return qint64(0);
    return ClubService(m_ctx).earn(who, l->referrerId, points, tr("Referral delivered: %1").arg(l->name),
                                   u"referral:%1"_s.arg(leadId));
}

Result<QList<LeadEvent>> LeadService::events(const Session &who, qint64 leadId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see leads")));
    auto q = m_ctx.db.exec(
        u"SELECT at, by_user, from_status, to_status, note FROM lead_events WHERE lead_id = ? ORDER BY at, id"_s, {leadId});
    if (!q)
        return q.error();
    QList<LeadEvent> out;
    while (q->next())
        out << LeadEvent{fromStoredUtc(q->value(0).toString()), q->value(1).toString(), q->value(2).toString(),
                         q->value(3).toString(), q->value(4).toString()};
    return out;
}

Result<LeadImportResult> LeadService::importFile(const Session &who, const QString &path, const QString &defaultConsultant)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("import leads")));
    auto table = ImportService::readFile(path);
    if (!table)
        return table.error();
    const QStringList &h = table->headers;
    const int name = column(h, {u"姓名", u"客户姓名", u"名字", u"name", u"customer"});
    const int mobile = column(h, {u"手机", u"手机号", u"手机号码", u"电话", u"联系电话", u"mobile", u"phone"});
    const int source = column(h, {u"来源", u"渠道", u"平台", u"线索来源", u"source", u"platform", u"channel"});
    const int ref = column(h, {u"线索ID", u"线索编号", u"编号", u"ID", u"lead id", u"external id"});
    const int model = column(h, {u"意向车型", u"车型", u"model"});
    const int consultant = column(h, {u"销售顾问", u"顾问", u"跟进人", u"consultant"});
    const int note = column(h, {u"备注", u"留言", u"note", u"remark"});
    if (name < 0 || mobile < 0)
        return Error::invalid(
            tr("%1 has no name or no mobile column (姓名 / 手机): nothing imported.").arg(QFileInfo(path).fileName()));
    LeadImportResult result;
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (int i = 0; i < table->rows.size(); ++i) {
        const QStringList &row = table->rows[i];
        auto cell = [&](int c) { return c >= 0 && c < row.size() ? row[c].trimmed() : QString(); };
        if (std::all_of(row.cbegin(), row.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            continue;
        LeadInput in{cell(name),
                     cell(mobile),
                     club::ClubText::leadSourceFromText(cell(source)),
                     cell(ref),
                     cell(model),
                     cell(consultant).isEmpty() ? defaultConsultant : cell(consultant),
                     cell(note),
                     0};
        if (in.source == u"referral"_s) {
            result.rejected << LeadImportResult::Rejected{
                i + 2, tr("A referral is entered from the referring member's card, not imported.")};
            continue;
        }
        bool existed = false;
        auto id = insert(who, in, &existed);
        if (!id) {
            if (id.error().kind == Error::Kind::Database)
                return id.error();
            result.rejected << LeadImportResult::Rejected{i + 2, id.error().message}; // line 1 is the header
            continue;
        }
        existed ? ++result.alreadyThere : ++result.added;
    }
    CRM_TRY(
        Guard::audit(m_ctx, &who,
                     {u"import"_s,
                      u"leads"_s,
                      {},
                      {},
                      {{u"added"_s, result.added}, {u"already"_s, result.alreadyThere}, {u"rejected"_s, result.rejected.size()}},
                      QFileInfo(path).fileName()}));
    CRM_TRY(tx.commit());
    return result;
}

Result<QList<ConversionRow>> LeadService::conversion(const Session &who, const QDate &from, const QDate &to, const QString &by)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see lead conversion")));
    if (by != u"source"_s && by != u"consultant"_s)
        return Error::invalid(u"unknown grouping %1"_s.arg(by));
    const QString key = u"l."_s + by; // whitelisted above
    const QString reached =
        u"SUM(CASE WHEN EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = l.id AND e.to_status IN (%1)) THEN 1 ELSE 0 END)"_s;
    auto q = m_ctx.db.exec(
        u"SELECT "_s + key + u", COUNT(*), SUM(CASE WHEN l.contacted_at IS NOT NULL THEN 1 ELSE 0 END), "_s +
            reached.arg(u"'test_drive', 'ordered', 'delivered'"_s) + u", "_s + reached.arg(u"'ordered', 'delivered'"_s) +
            u", SUM(CASE WHEN l.status = 'delivered' THEN 1 ELSE 0 END), SUM(CASE WHEN l.status = 'lost' THEN 1 ELSE 0 END) "
            "FROM leads l WHERE l.created_at >= ? AND l.created_at < ? GROUP BY "_s +
            key + u" ORDER BY COUNT(*) DESC, "_s + key,
        {toStoredUtc(QDateTime(from, QTime(0, 0)).toUTC()), toStoredUtc(QDateTime(to.addDays(1), QTime(0, 0)).toUTC())});
    if (!q)
        return q.error();
    QList<ConversionRow> out;
    while (q->next())
        out << ConversionRow{q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toInt(),
                             q->value(4).toInt(),    q->value(5).toInt(), q->value(6).toInt()};
    return out;
}

Result<int> LeadService::overdueCount()
{
    auto n = m_ctx.db.scalar(u"SELECT COUNT(*) FROM leads WHERE status = 'new' AND created_at < ?"_s, {overdueBefore()});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QStringList> LeadService::consultants()
{
    // The names used on leads so far (the index leads_consultant answers it); new ones are typed.
    auto q = m_ctx.db.exec(u"SELECT DISTINCT consultant FROM leads WHERE consultant <> '' ORDER BY 1 LIMIT 500"_s);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

} // namespace crm::services
