#include "archives/services/MergeService.h"

#include "club/data/MemberRepository.h"
#include "core/Json.h"
#include "data/AuditRepository.h"
#include "data/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace crm::services {

Result<qint64> MergeService::merge(const Session &who, qint64 survivorId, qint64 duplicateId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("merge customers")));
    if (survivorId == duplicateId)
        return Error::invalid(tr("A customer cannot be merged with itself."));
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto survivor = repo.customer(survivorId);
    auto duplicate = repo.customer(duplicateId);
    if (!survivor)
        return survivor.error();
    if (!duplicate)
        return duplicate.error();
    if (!survivor->has_value() || !duplicate->has_value())
        return Error::notFound(tr("Both customers must exist and not be merged already."));
    const data::CustomerRow before = **survivor;
    const data::CustomerRow &dup = **duplicate;

    // A customer has one membership; two cannot become one without choosing whose ledger wins.
    data::MemberRepository members(m_ctx.db);
    auto survivorMember = members.memberOfCustomer(survivorId);
    if (!survivorMember)
        return survivorMember.error();
    auto duplicateMember = members.memberOfCustomer(duplicateId);
    if (!duplicateMember)
        return duplicateMember.error();
    if (*survivorMember && *duplicateMember)
        return Error::conflict(tr("Both customers are club members. Cancel one membership (its points are kept in its ledger) "
                                  "and move what is needed by an adjustment before merging."));

    auto moved = repo.moveOwnedRows(duplicateId, survivorId);
    if (!moved)
        return moved.error();
    auto tags = repo.copyMissingTags(duplicateId, survivorId);
    if (!tags)
        return tags.error();
    auto restricted = repo.applyWithdrawals(duplicateId, survivorId); // before copying, so only shared purposes compare
    if (!restricted)
        return restricted.error();
    auto consents = repo.copyMissingConsents(duplicateId, survivorId);
    if (!consents)
        return consents.error();
    auto optouts = repo.copyMissingOptouts(duplicateId, survivorId);
    if (!optouts)
        return optouts.error();

    // The survivor keeps what it has and gains what it lacks; a second mobile is kept as another phone.
    data::CustomerRow after = before;
    QJsonObject filled;
    auto fill = [&filled](QString &field, const QString &value, const char *name) {
        if (field.isEmpty() && !value.isEmpty()) {
            filled.insert(QString::fromLatin1(name), field);
            field = value;
        }
    };
    fill(after.gender, dup.gender, "gender");
    fill(after.mobile, dup.mobile, "mobile");
    fill(after.city, dup.city, "city");
    fill(after.address, dup.address, "address");
    fill(after.source, dup.source, "source");
    if (!after.birthday.isValid() && dup.birthday.isValid()) {
        filled.insert(u"birthday"_s, QString());
        after.birthday = dup.birthday;
    }
    QStringList phones = after.otherPhones.isEmpty() ? QStringList() : QStringList{after.otherPhones};
    if (!dup.mobile.isEmpty() && dup.mobile != after.mobile)
        phones << dup.mobile;
    if (!dup.otherPhones.isEmpty())
        phones << dup.otherPhones;
    if (phones.join(u", "_s) != after.otherPhones) {
        filled.insert(u"other_phones"_s, before.otherPhones);
        after.otherPhones = phones.join(u", "_s);
    }
    if (dup.vip && !after.vip) {
        filled.insert(u"vip"_s, false);
        after.vip = true;
    }
    after.tags += *tags;
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    CRM_TRY(repo.setMergedInto(duplicateId, survivorId, at));
    CRM_TRY(repo.updateCustomer(after, at));
    CRM_TRY(repo.refreshDerived(survivorId));

    QJsonObject movedJson;
    for (auto it = moved->cbegin(); it != moved->cend(); ++it) {
        QJsonArray ids;
        for (qint64 id : it.value())
            ids << id;
        movedJson.insert(it.key(), ids);
    }
    QJsonArray restrictedJson;
    for (const data::ConsentRow &c : *restricted)
        restrictedJson << QJsonObject{{u"purpose"_s, c.purpose}, {u"recorded_at"_s, c.recordedAt}, {u"how"_s, c.how}};
    const QJsonObject record{{u"survivor"_s, survivorId},
                             {u"moved"_s, movedJson},
                             {u"tags_added"_s, QJsonArray::fromStringList(*tags)},
                             {u"consents_added"_s, QJsonArray::fromStringList(*consents)},
                             {u"consents_withdrawn"_s, restrictedJson},
                             {u"optouts_added"_s, QJsonArray::fromStringList(*optouts)},
                             {u"survivor_filled"_s, filled}};
    data::AuditEntry e;
    e.at = at;
    e.userId = who.auditUserId();
    e.username = who.username;
    e.action = u"merge"_s;
    e.entity = u"customers"_s;
    e.entityId = QString::number(duplicateId);
    e.beforeJson = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    e.afterJson = toJson({{u"merged_into"_s, survivorId}});
    e.detail = tr("%1 (#%2) merged into %3 (#%4)").arg(dup.name).arg(duplicateId).arg(before.name).arg(survivorId);
    auto auditId = data::AuditRepository(m_ctx.db).append(e);
    if (!auditId)
        return auditId.error();
    CRM_TRY(tx.commit());
    return *auditId;
}

Status MergeService::undo(const Session &who, qint64 mergeAuditId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("undo a merge")));
    data::AuditRepository audit(m_ctx.db);
    data::CustomerRepository repo(m_ctx.db);
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto entry = audit.byId(mergeAuditId);
    if (!entry)
        return entry.error();
    if (!entry->has_value() || (*entry)->action != u"merge"_s)
        return Error::notFound(tr("Audit record #%1 is not a merge.").arg(mergeAuditId));
    if ((*entry)->values == data::AuditEntry::Values::Locked)
        return Error::io(tr("The record of this merge is sealed and this desk has no key file for this database (%1).")
                             .arg(m_ctx.db.spec().keyFilePath()));
    if ((*entry)->values == data::AuditEntry::Values::Erased)
        return Error::conflict(tr("The merged customer was erased since; the merge cannot be undone."));
    const qint64 duplicateId = (*entry)->entityId.toLongLong();
    const QJsonObject record = QJsonDocument::fromJson((*entry)->beforeJson.toUtf8()).object();
    const qint64 survivorId = record.value(u"survivor"_s).toInteger();
    auto merged = repo.mergedInto(duplicateId);
    if (!merged)
        return merged.error();
    if (!merged->has_value() || **merged != survivorId)
        return Error::conflict(
            tr("This merge has been undone already (customer #%1 is not merged into #%2).").arg(duplicateId).arg(survivorId));

    QMap<QString, QList<qint64>> rows;
    const QJsonObject moved = record.value(u"moved"_s).toObject();
    for (auto it = moved.begin(); it != moved.end(); ++it)
        for (const QJsonValue &id : it.value().toArray())
            rows[it.key()] << id.toInteger();
    CRM_TRY(repo.moveRowsTo(rows, duplicateId));
    QStringList tags;
    for (const QJsonValue &t : record.value(u"tags_added"_s).toArray())
        tags << t.toString();
    CRM_TRY(repo.removeTags(survivorId, tags));
    auto strings = [&record](const QString &key) {
        QStringList out;
        for (const QJsonValue &v : record.value(key).toArray())
            out << v.toString();
        return out;
    };
    CRM_TRY(repo.removeConsents(survivorId, strings(u"consents_added"_s)));
    CRM_TRY(repo.removeOptouts(survivorId, strings(u"optouts_added"_s)));
    for (const QJsonValue &v : record.value(u"consents_withdrawn"_s).toArray()) {
        const QJsonObject o = v.toObject();
        CRM_TRY(repo.setConsent(survivorId, {o.value(u"purpose"_s).toString(), true, o.value(u"recorded_at"_s).toString(),
                                             o.value(u"how"_s).toString()}));
    }

    auto survivor = repo.customer(survivorId);
    if (!survivor)
        return survivor.error();
    if (survivor->has_value()) {
        data::CustomerRow s = **survivor;
        const QJsonObject filled = record.value(u"survivor_filled"_s).toObject();
        if (filled.contains(u"gender"_s))
            s.gender = filled.value(u"gender"_s).toString();
        if (filled.contains(u"mobile"_s))
            s.mobile = filled.value(u"mobile"_s).toString();
        if (filled.contains(u"city"_s))
            s.city = filled.value(u"city"_s).toString();
        if (filled.contains(u"address"_s))
            s.address = filled.value(u"address"_s).toString();
        if (filled.contains(u"source"_s))
            s.source = filled.value(u"source"_s).toString();
        if (filled.contains(u"birthday"_s))
            s.birthday = QDate();
        if (filled.contains(u"other_phones"_s))
            s.otherPhones = filled.value(u"other_phones"_s).toString();
        if (filled.contains(u"vip"_s))
            s.vip = false;
        for (const QString &t : tags)
            s.tags.removeAll(t);
        const QString at = toStoredUtc(m_ctx.clock.nowUtc());
        CRM_TRY(repo.setMergedInto(duplicateId, std::nullopt, at));
        CRM_TRY(repo.updateCustomer(s, at));
    }
    CRM_TRY(repo.refreshDerived(survivorId));
    CRM_TRY(repo.refreshDerived(duplicateId));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"unmerge"_s,
                          u"customers"_s,
                          QString::number(duplicateId),
                          {{u"merged_into"_s, survivorId}},
                          {},
                          tr("undid audit record #%1").arg(mergeAuditId)}));
    return tx.commit();
}

Result<QList<data::DuplicateGroup>> MergeService::duplicates(const Session &who, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    return data::CustomerRepository(m_ctx.db).duplicateMobiles(limit);
}

} // namespace crm::services
