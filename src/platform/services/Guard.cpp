#include "services/Guard.h"

#include "core/Json.h"
#include "core/Log.h"
#include "data/Transaction.h"

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
// The record's own subject, else the customer its values name (AuditRepository looks the
// entity's customer up when neither says).
qint64 subjectOf(const AuditRecord &r)
{
    if (r.subjectId != 0)
        return r.subjectId;
    return r.after.value(u"customer_id"_s, r.before.value(u"customer_id"_s)).toLongLong();
}
} // namespace

Status Guard::audit(Context &ctx, const Session *who, const AuditRecord &r)
{
    data::AuditEntry e;
    e.at = toStoredUtc(ctx.clock.nowUtc());
    if (who) {
        e.userId = who->auditUserId();
        e.username = who->username;
    }
    e.action = r.action;
    e.entity = r.entity;
    e.entityId = r.entityId;
    e.beforeJson = toJson(r.before);
    e.afterJson = toJson(r.after);
    e.detail = r.detail;
    e.subjectId = subjectOf(r);
    auto id = data::AuditRepository(ctx.db).append(e);
    if (!id)
        return id.error();
    return {};
}

Status Guard::require(Context &ctx, const Session &who, Permission p, const QString &what)
{
    if (who.can(p))
        return {};
    log::get("auth")->warn("denied {} to user id {}", RoleText::permissionId(p).toStdString(), who.userId);
    {
        data::Transaction tx(ctx.db);
        if (tx.started()) {
            if (audit(ctx, &who, {u"denied"_s, u"permission"_s, RoleText::permissionId(p), {}, {}, what}))
                (void)tx.commit();
        }
    }
    return Error::denied(tr("Your role (%1) is not allowed to %2.").arg(RoleText::title(who.role), what));
}

} // namespace crm::services
