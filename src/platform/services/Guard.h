#pragma once
#include "core/Clock.h"
#include "data/AuditRepository.h"
#include "data/Database.h"
#include "services/Session.h"

#include <QCoreApplication>
#include <QMap>
#include <QVariantMap>

namespace crm::services {

// What every service needs: the database and the clock.
struct Context {
    data::Database &db;
    const Clock &clock = Clock::system();
    // A snapshot of the settings (SettingsService::values) for the length of one computation that
    // asks for dozens of them — a board refresh — so each is not a statement; null: each is read.
    const QMap<QString, QString> *settings = nullptr;
};

struct AuditRecord {
    QString action;
    QString entity;
    QString entityId;
    QVariantMap before;
    QVariantMap after;
    QString detail;
    // The customer whose personal values these are (sealed under their key, data/AuditSeal.h).
    // 0: the customer_id of before/after, else the entity's own customer, else none; -1: none,
    // even about a customer (what must stay readable after an erasure, like its reason).
    qint64 subjectId = 0;
};

class Guard {
    Q_DECLARE_TR_FUNCTIONS(crm::services::Guard)
public:
    // Appends to the audit log inside the caller's transaction, so it commits or rolls back
    // with the change it describes.
    static Status audit(Context &ctx, const Session *who, const AuditRecord &r);
    // Checks a permission. A refusal is itself audited (in its own transaction, so call
    // this before opening the write transaction) and returned as a PermissionDenied error.
    static Status require(Context &ctx, const Session &who, Permission p, const QString &what);
};

} // namespace crm::services
