#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::admin {

class UsersPage;

// User accounts (admin only).
class UsersModule final : public Module {
public:
    QString id() const override { return QStringLiteral("users"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ManageUsers); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    QList<SearchHit> search(services::Context &ctx, const services::Session &who, const QString &text, int limit) override;
    void open(const SearchHit &hit) override;

private:
    QPointer<UsersPage> m_page;
};

// The audit log (admin, manager).
class AuditModule final : public Module {
public:
    QString id() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ViewAudit); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
};

// The department's own use: the usage report (manager, admin).
class UsageModule final : public Module {
public:
    QString id() const override { return QStringLiteral("usage"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ViewUsage); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
};

// Everyone's own account: who am I, change my password.
class AccountModule final : public Module {
public:
    QString id() const override { return QStringLiteral("account"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &) const override { return true; }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
};

} // namespace crm::ui::admin
