#include "oem/data/UploadQueries.h"

using namespace Qt::StringLiterals;

namespace crm::data {

namespace {

// A window on one change-time column: (since, until], or everything up to until.
QString window(const QString &column, const QString &since, QVariantList &binds, const QString &until)
{
    if (since.isEmpty()) {
        binds << until;
        return column + u" <= ?"_s;
    }
    binds << since << until;
    return column + u" > ? AND "_s + column + u" <= ?"_s;
}

QString statusOf(const QVariant &deletedAt, const QVariant &mergedInto)
{
    if (!mergedInto.isNull())
        return u"merged"_s;
    return deletedAt.isNull() ? u"active"_s : u"deleted"_s;
}

QString laterOf(const QString &a, const QString &b)
{
    return b > a ? b : a;
}

} // namespace

Status UploadQueries::read(oem::DataSet set, const QString &since, const QString &until, const QString &dealer,
                           const UploadSink &sink)
{
    QVariantList binds;
    QString sql;
    switch (set) {
    case oem::DataSet::Archive: {
        // Changed: a customer whose own row or one of whose vehicles changed in the window,
        // deleted and merged ones too (reported as such). Everything: every live customer.
        QString who;
        if (since.isEmpty()) {
            who = u"SELECT id FROM customers WHERE deleted_at IS NULL"_s;
        } else {
            who = u"SELECT id FROM customers WHERE "_s + window(u"updated_at"_s, since, binds, until) +
                  u" UNION SELECT customer_id FROM vehicles WHERE "_s + window(u"updated_at"_s, since, binds, until);
        }
        sql = u"SELECT c.id, c.name, c.gender, c.mobile, c.city, c.address, c.birthday, v.vin, v.plate, v.brand, v.model, "
              "v.purchase_date, v.delivery_date, v.sales_consultant, v.mileage_km, v.insurance_expiry, c.deleted_at, "
              "c.merged_into, c.updated_at, v.updated_at AS vehicle_updated FROM ("_s +
              who +
              u") ch JOIN customers c ON c.id = ch.id "
              "LEFT JOIN vehicles v ON v.customer_id = c.id AND v.deleted_at IS NULL ORDER BY c.id, v.id"_s;
        auto q = m_db.exec(sql, binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(u"id"_s).toLongLong();
            const QVariant merged = q->value(u"merged_into"_s);
            CRM_TRY(sink({id,
                          {dealer,
                           QString::number(id),
                           q->value(u"name"_s),
                           q->value(u"gender"_s),
                           q->value(u"mobile"_s),
                           q->value(u"city"_s),
                           q->value(u"address"_s),
                           q->value(u"birthday"_s),
                           q->value(u"vin"_s),
                           q->value(u"plate"_s),
                           q->value(u"brand"_s),
                           q->value(u"model"_s),
                           q->value(u"purchase_date"_s),
                           q->value(u"delivery_date"_s),
                           q->value(u"sales_consultant"_s),
                           q->value(u"mileage_km"_s),
                           q->value(u"insurance_expiry"_s),
                           statusOf(q->value(u"deleted_at"_s), merged),
                           merged.isNull() ? QString() : QString::number(merged.toLongLong()),
                           laterOf(q->value(u"updated_at"_s).toString(), q->value(u"vehicle_updated"_s).toString())}}));
        }
        return {};
    }
    case oem::DataSet::Followups: {
        sql = u"SELECT fc.id, fc.customer_id, c.name, c.mobile, v.vin, t.kind, fc.called_at, fc.outcome, fc.duration_sec, "
              "COALESCE(u.display_name, '') AS agent, fc.notes FROM followup_calls fc "
              "JOIN followup_tasks t ON t.id = fc.task_id JOIN customers c ON c.id = fc.customer_id "
              "LEFT JOIN vehicles v ON v.id = t.vehicle_id LEFT JOIN users u ON u.id = fc.agent_id WHERE "_s +
              window(u"fc.called_at"_s, since, binds, until) + u" ORDER BY fc.called_at, fc.id"_s;
        auto q = m_db.exec(sql, binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 customer = q->value(u"customer_id"_s).toLongLong();
            CRM_TRY(
                sink({customer,
                      {dealer, QString::number(q->value(u"id"_s).toLongLong()), QString::number(customer), q->value(u"name"_s),
                       q->value(u"mobile"_s), q->value(u"vin"_s), q->value(u"kind"_s), q->value(u"called_at"_s),
                       q->value(u"outcome"_s), q->value(u"duration_sec"_s), q->value(u"agent"_s), q->value(u"notes"_s)}}));
        }
        return {};
    }
    case oem::DataSet::Complaints: {
        sql = u"SELECT k.number, k.oem_ticket, k.customer_id, c.name, c.mobile, v.vin, k.channel, k.category, k.level, "
              "k.status, k.description, k.registered_at, k.closed_at, k.solution, k.accepted, k.updated_at "
              "FROM complaints k JOIN customers c ON c.id = k.customer_id LEFT JOIN vehicles v ON v.id = k.vehicle_id WHERE "_s +
              window(u"k.updated_at"_s, since, binds, until) + u" ORDER BY k.updated_at, k.id"_s;
        auto q = m_db.exec(sql, binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 customer = q->value(u"customer_id"_s).toLongLong();
            const QVariant accepted = q->value(u"accepted"_s);
            CRM_TRY(sink({customer,
                          {dealer, q->value(u"number"_s), q->value(u"oem_ticket"_s), QString::number(customer),
                           q->value(u"name"_s), q->value(u"mobile"_s), q->value(u"vin"_s), q->value(u"channel"_s),
                           q->value(u"category"_s), q->value(u"level"_s), q->value(u"status"_s), q->value(u"description"_s),
                           q->value(u"registered_at"_s), q->value(u"closed_at"_s), q->value(u"solution"_s),
                           accepted.isNull() ? QString() : (accepted.toInt() ? u"yes"_s : u"no"_s), q->value(u"updated_at"_s)}}));
        }
        return {};
    }
    case oem::DataSet::Leads: {
        sql = u"SELECT l.id, l.name, l.mobile, l.source, l.model, l.consultant, l.status, l.created_at, l.status_at, "
              "l.customer_id, rc.name AS referrer FROM leads l LEFT JOIN club_members m ON m.id = l.referrer_id "
              "LEFT JOIN customers rc ON rc.id = m.customer_id WHERE "_s +
              window(u"l.status_at"_s, since, binds, until) + u" ORDER BY l.status_at, l.id"_s;
        auto q = m_db.exec(sql, binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 customer = q->value(u"customer_id"_s).toLongLong();
            CRM_TRY(sink({customer,
                          {dealer, QString::number(q->value(u"id"_s).toLongLong()), q->value(u"name"_s), q->value(u"mobile"_s),
                           q->value(u"source"_s), q->value(u"model"_s), q->value(u"consultant"_s), q->value(u"status"_s),
                           q->value(u"created_at"_s), q->value(u"status_at"_s), q->value(u"referrer"_s),
                           customer ? QString::number(customer) : QString()}}));
        }
        return {};
    }
    case oem::DataSet::Kpi:
    case oem::DataSet::Club:
        break;
    }
    return Error::invalid(u"a monthly data set has no change window"_s);
}

Status UploadQueries::holdWriters(oem::DataSet set)
{
    if (m_db.engine() != Engine::Postgres)
        return {};
    static const QString tables[] = {u"customers, vehicles"_s, u"followup_calls"_s, u"complaints"_s, u"leads"_s};
    if (int(set) > int(oem::DataSet::Leads))
        return {};
    CRM_TRY(m_db.execRaw(u"LOCK TABLE "_s + tables[int(set)] + u" IN SHARE MODE"_s)); // a utility statement: not prepared
    return {};
}

} // namespace crm::data
