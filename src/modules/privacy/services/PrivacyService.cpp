#include "privacy/services/PrivacyService.h"

#include "archives/services/CustomerService.h"
#include "core/Clock.h"
#include "data/Database.h"
#include "data/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {
// Every table that holds rows about one customer, and how to reach them from the customer's id.
struct Section {
    const char *name;
    const char *sql;
};
constexpr Section kSections[] = {
    {"customer", "SELECT * FROM customers WHERE id = ?"},
    {"consents", "SELECT * FROM customer_consents WHERE customer_id = ?"},
    {"contact_optouts", "SELECT * FROM customer_optouts WHERE customer_id = ?"},
    {"tags", "SELECT * FROM customer_tags WHERE customer_id = ?"},
    {"vehicles", "SELECT * FROM vehicles WHERE customer_id = ?"},
    {"vehicle_ownership", "SELECT * FROM vehicle_ownership WHERE customer_id = ?"},
    {"service_visits",
     "SELECT s.* FROM service_visits s JOIN vehicles v ON v.id = s.vehicle_id WHERE v.customer_id = ? ORDER BY s.visit_date"},
    {"documents",
     "SELECT id, vehicle_id, kind, file_name, archive_location, created_at, deleted_at FROM documents WHERE customer_id = ?"},
    {"followup_tasks", "SELECT * FROM followup_tasks WHERE customer_id = ? ORDER BY due_date"},
    {"followup_calls", "SELECT * FROM followup_calls WHERE customer_id = ? ORDER BY called_at"},
    {"appointments", "SELECT * FROM appointments WHERE customer_id = ?"},
    {"complaints", "SELECT * FROM complaints WHERE customer_id = ? ORDER BY registered_at"},
    {"survey_responses", "SELECT * FROM survey_responses WHERE customer_id = ? ORDER BY answered_at"},
    {"survey_answers",
     "SELECT a.* FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id WHERE r.customer_id = ?"},
    {"club_membership", "SELECT * FROM club_members WHERE customer_id = ?"},
    {"club_cards", "SELECT k.* FROM club_cards k JOIN club_members m ON m.id = k.member_id WHERE m.customer_id = ?"},
    {"points_ledger",
     "SELECT l.* FROM points_ledger l JOIN club_members m ON m.id = l.member_id WHERE m.customer_id = ? ORDER BY l.at"},
    {"club_events", "SELECT * FROM club_events WHERE customer_id = ?"},
    {"member_services", "SELECT * FROM member_services WHERE customer_id = ?"},
    {"leads", "SELECT * FROM leads WHERE customer_id = ?"},
};

Result<bool> exists(data::Database &db, qint64 customerId)
{
    auto n = db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ? AND merged_into IS NULL"_s, {customerId});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}
} // namespace

Status PrivacyService::writeDataCopy(const Session &who, qint64 customerId, const QString &file)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("give customers a copy of their personal data")));
    auto known = exists(m_ctx.db, customerId);
    if (!known)
        return known.error();
    if (!*known)
        return Error::notFound(tr("Customer %1 does not exist (or was merged).").arg(customerId));
    QJsonObject doc;
    doc.insert(u"customer_id"_s, customerId);
    doc.insert(u"written_at"_s, toStoredUtc(m_ctx.clock.nowUtc()));
    for (const Section &s : kSections) {
        auto q = m_ctx.db.exec(QString::fromLatin1(s.sql), {customerId});
        if (!q)
            return q.error();
        QJsonArray rows;
        while (q->next()) {
            const QSqlRecord r = q->record();
            QJsonObject row;
            for (int i = 0; i < r.count(); ++i)
                row.insert(r.fieldName(i), QJsonValue::fromVariant(r.value(i)));
            rows.append(row);
        }
        doc.insert(QString::fromLatin1(s.name), rows);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("Could not write %1: %2").arg(file, out.errorString()));
    out.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    // Audited before the file appears: a copy that could not be audited is never written
    // (the other order could leave a copy of someone's data that no audit entry mentions).
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who, {u"personal_data_copy"_s, u"customers"_s, QString::number(customerId), {}, {}, QString()}));
    CRM_TRY(tx.commit());
    if (!out.commit())
        return Error::io(tr("Could not write %1: %2").arg(file, out.errorString()));
    return {};
}

Status PrivacyService::anonymise(const Session &who, qint64 customerId, const QString &reason)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("erase customers' personal data")));
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("erase customers' personal data")));
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the data is erased (e.g. the customer's request of a date)."));
    auto known = exists(m_ctx.db, customerId);
    if (!known)
        return known.error();
    if (!*known)
        return Error::notFound(tr("Customer %1 does not exist (or was merged).").arg(customerId));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Database &db = m_ctx.db;
    data::Transaction tx(db);
    CRM_TRY(tx.started());
    CRM_TRY(db.exec(u"UPDATE customers SET name = ?, gender = '', mobile = NULL, other_phones = '', city = '', address = '', "
                    "birthday = NULL, vip = 0, updated_at = ?, deleted_at = COALESCE(deleted_at, ?) WHERE id = ?"_s,
                    {tr("(anonymised customer %1)").arg(customerId), now, now, customerId}));
    CRM_TRY(db.exec(u"DELETE FROM customer_search_keys WHERE customer_id = ?"_s, {customerId}));
    CRM_TRY(db.exec(u"DELETE FROM customer_tags WHERE customer_id = ?"_s, {customerId}));
    for (const QString &purpose : CustomerService::consentPurposes())
        CRM_TRY(db.exec(
            u"INSERT INTO customer_consents (customer_id, purpose, granted, recorded_at, how) VALUES (?, ?, 0, ?, 'erased') "
            "ON CONFLICT (customer_id, purpose) DO UPDATE SET granted = 0, recorded_at = excluded.recorded_at, how = excluded.how"_s,
            {customerId, purpose, now}));
    CRM_TRY(db.exec(u"INSERT INTO customer_optouts (customer_id, contact_type, reason, created_at, created_by) VALUES (?, 'all', "
                    u"'erased', ?, ?) "
                    "ON CONFLICT (customer_id, contact_type) DO NOTHING"_s,
                    {customerId, now, who.username}));
    CRM_TRY(db.exec(u"UPDATE followup_tasks SET status = 'cancelled', updated_at = ? WHERE customer_id = ? AND status = 'open'"_s,
                    {now, customerId}));
    CRM_TRY(db.exec(u"UPDATE followup_calls SET notes = '', next_action = '' WHERE customer_id = ?"_s, {customerId}));
    CRM_TRY(db.exec(u"UPDATE appointments SET notes = '' WHERE customer_id = ?"_s, {customerId}));
    CRM_TRY(db.exec(
        u"UPDATE survey_answers SET text = '' WHERE response_id IN (SELECT id FROM survey_responses WHERE customer_id = ?) "
        "AND question_id IN (SELECT id FROM survey_questions WHERE kind = 'text')"_s,
        {customerId}));
    // The reason is the requester's words; it is kept in the audit entry, never the erased values.
    CRM_TRY(Guard::audit(m_ctx, &who, {u"anonymise"_s, u"customers"_s, QString::number(customerId), {}, {}, reason.trimmed()}));
    return tx.commit();
}

} // namespace crm::services
