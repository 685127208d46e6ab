#include "services/SettingsService.h"

#include "archives/services/CustomerService.h"
#include "archives/services/DocumentService.h"
#include "campaigns/services/CampaignService.h"
#include "campaigns/services/MessageService.h"
#include "club/services/ClubService.h"
#include "complaints/services/ComplaintService.h"
#include "core/Log.h"
#include "dashboard/services/DashboardService.h"
#include "data/SettingsRepository.h"
#include "data/Transaction.h"
#include "followups/services/FollowupService.h"
#include "frontdesk/services/AppointmentService.h"
#include "services/BackupService.h"
#include "surveys/services/SurveyService.h"

using namespace Qt::StringLiterals;

namespace crm::services {

QStringList SettingsService::clockChoices()
{
    return {tr("Calendar hours"), tr("Working days (national calendar)"), tr("Store opening hours")};
}

QList<SettingDef> SettingsService::baseDefinitions()
{
    const QString dealer = tr("Dealership");
    const QString security = tr("Security");
    const QString archives = tr("Customer archives");
    return {
        {settings::kDealerName, SettingDef::Kind::Text, QString(), 0, 120, tr("Dealership name"), dealer},
        {settings::kDealerCode, SettingDef::Kind::Text, QString(), 0, 32, tr("Dealer code (manufacturer)"), dealer},
        {settings::kPasswordMinLength, SettingDef::Kind::Integer, u"8"_s, 8, 64, tr("Minimum password length"), security},
        {settings::kLockoutAttempts, SettingDef::Kind::Integer, u"5"_s, 3, 20,
         tr("Lock an account after this many failed sign-ins in a row"), security},
        {settings::kLockoutMinutes, SettingDef::Kind::Integer, u"15"_s, 1, 1440, tr("Keep it locked for (minutes)"), security},
        {settings::kIdleLockMinutes, SettingDef::Kind::Integer, u"10"_s, 0, 240,
         tr("Lock the screen after this many idle minutes (0 = never)"), security},
        // Churn: months since the last paid visit (manufacturers use 6, 12 or 18).
        {settings::kChurnAtRiskMonths, SettingDef::Kind::Integer, u"6"_s, 1, 36,
         tr("At risk after (months without a paid visit)"), archives},
        {settings::kDocumentStore, SettingDef::Kind::Text, QString(), 0, 400,
         tr("Document store folder (shared folder for several desks; empty: beside the database)"), archives},
        {settings::kSurveyFatigueDays, SettingDef::Kind::Integer, u"30"_s, 0, 365,
         tr("No survey within this many days of the last one"), tr("Follow-up calls")},
        {settings::kQuietHours, SettingDef::Kind::TimeSpans, u"00:00-09:00,12:00-14:00,20:00-24:00"_s, 0, 120,
         tr("Customers' rest time (no calls)"), tr("Follow-up calls")},
        {settings::kMaxAttempts, SettingDef::Kind::Integer, u"3"_s, 1, 10, tr("Attempts before a task is unreachable"),
         tr("Follow-up calls")},
        {settings::kFollowupDueClock,
         SettingDef::Kind::Integer,
         u"0"_s,
         0,
         2,
         tr("\"Due within N days\" counts"),
         tr("Follow-up calls"),
         {tr("Calendar days"), tr("Working days (national calendar)"), tr("Days the store opens")}},
        {settings::kNoAnswerDelayMinutes, SettingDef::Kind::Integer, u"120"_s, 5, 2880,
         tr("No answer: try again after (minutes)"), tr("Follow-up calls")},
        {settings::kBusyDelayMinutes, SettingDef::Kind::Integer, u"30"_s, 5, 2880, tr("Busy: try again after (minutes)"),
         tr("Follow-up calls")},
        {settings::kMemberCoverageDays, SettingDef::Kind::Integer, u"90"_s, 7, 366,
         tr("Every member reached at least once in (days)"), tr("Follow-up calls")},
        {settings::kChurnLostMonths, SettingDef::Kind::Integer, u"12"_s, 2, 48, tr("Lost after (months without a paid visit)"),
         archives},
        // Scheduled backups of a SQLite database (PostgreSQL: pg_dump on the server).
        {settings::kBackupEveryHours, SettingDef::Kind::Integer, u"24"_s, 0, 168,
         tr("Back up the database every (hours; 0 = never)"), tr("Backup")},
        {settings::kBackupKeep, SettingDef::Kind::Integer, u"7"_s, 1, 365, tr("Backups kept (the oldest are removed)"),
         tr("Backup")},
        {settings::kBackupFolder, SettingDef::Kind::Text, QString(), 0, 400,
         tr("Backup folder (best on another disk; empty: beside the database)"), tr("Backup")},
    };
}

const SettingDef *SettingsService::definition(const QString &key)
{
    static const QList<SettingDef> defs = definitions();
    for (const SettingDef &d : defs)
        if (d.key == key)
            return &d;
    return nullptr;
}

QString SettingsService::value(const QString &key)
{
    const SettingDef *def = definition(key);
    if (m_ctx.settings)
        return m_ctx.settings->value(key, def ? def->defaultValue : QString());
    auto v = data::SettingsRepository(m_ctx.db).get(key);
    if (!v) {
        log::get("db")->warn("reading setting {} failed; using the default", key.toStdString());
        return def ? def->defaultValue : QString();
    }
    if (v->has_value())
        return **v;
    return def ? def->defaultValue : QString();
}

QMap<QString, QString> SettingsService::values()
{
    QMap<QString, QString> out;
    for (const SettingDef &d : definitions())
        out.insert(d.key, d.defaultValue);
    auto stored = data::SettingsRepository(m_ctx.db).all();
    if (!stored) {
        log::get("db")->warn("reading the settings failed; using the defaults");
        return out;
    }
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

int SettingsService::intValue(const QString &key)
{
    return value(key).toInt();
}

Status SettingsService::setAll(const Session &who, const QMap<QString, QString> &values)
{
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        CRM_TRY(set(who, it.key(), it.value()));
    return tx.commit();
}

Status SettingsService::set(const Session &who, const QString &key, const QString &value)
{
    const SettingDef *def = definition(key);
    if (!def)
        return Error::invalid(tr("There is no setting called \"%1\".").arg(key));
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditSettings, tr("change the settings")));
    const QString v = value.trimmed();
    if (def->kind == SettingDef::Kind::Integer) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < def->minimum || n > def->maximum)
            return Error::invalid(
                tr("%1 must be a whole number from %2 to %3.").arg(def->label).arg(def->minimum).arg(def->maximum));
    } else if (def->maximum > 0 && v.size() > def->maximum) {
        return Error::invalid(tr("%1 is too long (at most %2 characters).").arg(def->label).arg(def->maximum));
    }
    if (key == settings::kDeskClosedDays) {
        QStringList bad;
        frontdesk::parseClosedDates(v, &bad);
        if (!bad.isEmpty())
            return Error::invalid(tr("%1: \"%2\" is not a day (write 2027-02-16).").arg(def->label, bad.first()));
    }
    if (def->kind == SettingDef::Kind::TimeSpans && !followups::QuietHours::parse(v))
        return Error::invalid(tr("%1: write the hours as from-to pairs, e.g. 12:00-14:00, separated by commas.").arg(def->label));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    const QString before = this->value(key);
    if (before == v)
        return tx.commit(); // nothing to write; inside setAll's transaction, a rollback would undo the others
    CRM_TRY(data::SettingsRepository(m_ctx.db).set(key, v, toStoredUtc(m_ctx.clock.nowUtc()), who.auditUserId()));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"update"_s, u"settings"_s, key, {{u"value"_s, before}}, {{u"value"_s, v}}, {}}));
    return tx.commit();
}

} // namespace crm::services
