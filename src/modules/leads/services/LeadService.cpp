#include "leads/services/LeadService.h"

#include "archives/services/ImportService.h"
#include "club/core/ClubRules.h"
#include "club/data/MemberRepository.h"
#include "club/services/ClubService.h"
#include "core/Mobile.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace crm::services {
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
        auto m = data::MemberRepository(m_ctx.db).status(in.referrerMemberId);
        if (!m)
            return m.error();
        if (m->value_or(QString()) != u"active"_s)
            return Error::invalid(tr("The referrer is not an active club member."));
    }
    // The same person already in the pipeline (open lead with this mobile) is not added twice.
    auto open = m_leads.openLeadOf(*mobile);
    if (!open)
        return open.error();
    if (*open) {
        *existed = true;
        return **open;
    }
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    LeadInput clean = in;
    clean.name = in.name.trimmed();
    clean.mobile = *mobile;
    clean.source = source;
    clean.externalRef = in.externalRef.trimmed();
    clean.model = in.model.trimmed();
    clean.consultant = in.consultant.trimmed();
    clean.note = in.note.trimmed();
    auto added = m_leads.insert(clean, who.username, now);
    if (!added)
        return added.error();
    if (!*added) { // this platform's lead was imported before
        *existed = true;
        return m_leads.leadOfPlatform(source, clean.externalRef);
    }
    const qint64 id = **added;
    CRM_TRY(m_leads.addEvent(id, now, who.username, {}, u"new"_s, club::ClubText::leadSource(source)));
    return id;
}

Result<qint64> LeadService::create(const Session &who, const LeadInput &in)
{
    // The front desk takes sales enquiries on the phone too (a lead from an inbound call).
    if (!who.can(Permission::BookAppointments))
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
    return m_leads.list(f, overdueBefore(), limit, afterId);
}

Result<Lead> LeadService::lead(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see leads")));
    auto found = m_leads.lead(id, overdueBefore());
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("Lead %1 does not exist.").arg(id));
    return **found;
}

Status LeadService::assign(const Session &who, qint64 leadId, const QString &consultant)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("assign leads")));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto before = lead(who, leadId);
    if (!before)
        return before.error();
    CRM_TRY(m_leads.setConsultant(leadId, consultant.trimmed()));
    CRM_TRY(m_leads.addEvent(leadId, toStoredUtc(m_ctx.clock.nowUtc()), who.username, before->status, before->status,
                             tr("Assigned to %1").arg(consultant.trimmed())));
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
    auto moved = m_leads.setStatus(leadId, before->status, to, lostReason.trimmed(), now);
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error::conflict(tr("Someone else changed this lead a moment ago; look at it again."));
    CRM_TRY(
        m_leads.addEvent(leadId, now, who.username, before->status, to,
                         to == u"lost"_s ? data::Database::text(lostReason.trimmed()) : data::Database::text(note.trimmed())));
    CRM_TRY(Guard::audit(
        m_ctx, &who,
        {u"step"_s, u"leads"_s, QString::number(leadId), {{u"status"_s, before->status}}, {{u"status"_s, to}}, note.trimmed()}));
    LeadStepResult result;
    if (to == u"delivered"_s && before->referrerId) {
        // The reward needs the referrer's active card; without one the delivery still counts and
        // the reward can be given later (rewardReferral), still only once.
        auto card = data::MemberRepository(m_ctx.db).card(before->referrerId, {});
        if (!card)
            return card.error();
        auto active = data::MemberRepository(m_ctx.db).status(before->referrerId);
        if (!active)
            return active.error();
        if (!*card || active->value_or(QString()) != u"active"_s) {
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
    return m_leads.events(leadId);
}

Result<LeadImportResult> LeadService::importFile(const Session &who, const QString &path, const QString &defaultConsultant)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageClub, tr("import leads")));
    auto table = ImportService::readFile(path);
    if (!table)
        return table.error();
    const QStringList &h = table->headers;
    const int name = ImportService::columnOf(h, {u"姓名", u"客户姓名", u"名字", u"name", u"customer"});
    const int mobile = ImportService::columnOf(h, {u"手机", u"手机号", u"手机号码", u"电话", u"联系电话", u"mobile", u"phone"});
    const int source = ImportService::columnOf(h, {u"来源", u"渠道", u"平台", u"线索来源", u"source", u"platform", u"channel"});
    const int ref = ImportService::columnOf(h, {u"线索ID", u"线索编号", u"编号", u"ID", u"lead id", u"external id"});
    const int model = ImportService::columnOf(h, {u"意向车型", u"车型", u"model"});
    const int consultant = ImportService::columnOf(h, {u"销售顾问", u"顾问", u"跟进人", u"consultant"});
    const int note = ImportService::columnOf(h, {u"备注", u"留言", u"note", u"remark"});
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
    return m_leads.conversion(toStoredUtc(QDateTime(from, QTime(0, 0)).toUTC()),
                              toStoredUtc(QDateTime(to.addDays(1), QTime(0, 0)).toUTC()), by);
}

Result<int> LeadService::overdueCount()
{
    return m_leads.overdueCount(overdueBefore());
}

Result<QStringList> LeadService::consultants()
{
    return m_leads.consultants();
}

} // namespace crm::services
