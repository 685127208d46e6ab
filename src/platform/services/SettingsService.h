#pragma once
#include "services/Guard.h"

#include <QList>
#include <QMap>

namespace crm::services {

namespace settings {
inline const QString kDealerName = QStringLiteral("dealer.name");
inline const QString kDealerCode = QStringLiteral("dealer.code");
// The usage report's anomaly thresholds (系统使用监控).
inline const QString kUsageShortCallSeconds = QStringLiteral("usage.short_call_seconds");
inline const QString kUsageShortCallsPerDay = QStringLiteral("usage.short_calls_per_day");
inline const QString kUsageLateLogMinutes = QStringLiteral("usage.late_log_minutes");
inline const QString kUsageRevealsPerDay = QStringLiteral("usage.reveals_per_day");
inline const QString kUsageExportRowsPerDay = QStringLiteral("usage.export_rows_per_day");
inline const QString kUsageInactiveDays = QStringLiteral("usage.inactive_days");
// A manufacturer's survey score under this (0–100) opens a complaint draft, as our own low answers do.
inline const QString kOemLowScore = QStringLiteral("oem.low_score");
inline const QString kPasswordMinLength = QStringLiteral("security.password_min_length");
inline const QString kLockoutAttempts = QStringLiteral("security.lockout_attempts"); // failed sign-ins in a row
inline const QString kLockoutMinutes = QStringLiteral("security.lockout_minutes");
inline const QString kIdleLockMinutes = QStringLiteral("security.idle_lock_minutes"); // 0 = never
} // namespace settings

// A business setting stored in the database (shared by every desk). Modules add theirs
// to SettingsService::definitions(); the settings dialog builds its form from that list.
struct SettingDef {
    QString key;
    // TimeSpans: "HH:mm-HH:mm,…" within a day (24:00 the day's end), edited as from–to rows.
    enum class Kind { Text, Integer, TimeSpans } kind = Kind::Text;
    QString defaultValue;
    int minimum = 0;
    int maximum = 0;
    QString label; // translated
    QString group; // translated
    // An Integer that is a choice: the titles of minimum, minimum + 1, … (shown as a list, not a number).
    QStringList choices = {};
};

class SettingsService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::SettingsService)
public:
    explicit SettingsService(Context ctx) : m_ctx(ctx) {}

    static QList<SettingDef> definitions();
    static const SettingDef *definition(const QString &key);
    // The titles of the deadline clocks, in calendar::kClocks order: a clock setting's choices.
    static QStringList clockChoices();

    // The stored value or the default. A database error falls back to the default and is logged.
    QString value(const QString &key);
    int intValue(const QString &key);
    // Every setting's value (stored or default) in one read: for code that needs a dozen at once.
    QMap<QString, QString> values();
    Status set(const Session &who, const QString &key, const QString &value);
    // Several settings as one change (the first run's answers): all are stored or, when one is
    // refused, none — the message names the refused one.
    Status setAll(const Session &who, const QMap<QString, QString> &values);

private:
    static QList<SettingDef> baseDefinitions();
    Context m_ctx;
};

} // namespace crm::services
