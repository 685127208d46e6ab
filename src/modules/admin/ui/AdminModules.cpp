#include "admin/ui/AdminModules.h"

#include "admin/ui/AccountPage.h"
#include "admin/ui/AuditPage.h"
#include "admin/ui/UsagePage.h"
#include "admin/ui/UsersPage.h"
#include "services/UserService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::admin {

QString UsersModule::title() const
{
    return QCoreApplication::translate("crm::ui::admin::UsersPage", "User accounts");
}
QIcon UsersModule::icon() const
{
    return QIcon(u":/icons/users.svg"_s);
}

QWidget *UsersModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new UsersPage(app, parent);
    return m_page;
}

QList<SearchHit> UsersModule::search(services::Context &ctx, const services::Session &who, const QString &text, int limit)
{
    auto users = services::UserService(ctx).list(who);
    QList<SearchHit> hits;
    if (!users)
        return hits;
    for (const data::UserRow &u : *users) {
        if (hits.size() >= limit)
            break;
        if (u.username.contains(text, Qt::CaseInsensitive) || u.displayName.contains(text, Qt::CaseInsensitive))
            hits << SearchHit{id(), u.displayName, title() + u" · "_s + u.username, u.id};
    }
    return hits;
}

void UsersModule::open(const SearchHit &hit)
{
    if (m_page)
        m_page->selectUser(hit.key.toLongLong());
}

QString AuditModule::title() const
{
    return QCoreApplication::translate("crm::ui::admin::AuditPage", "Audit log");
}
QIcon AuditModule::icon() const
{
    return QIcon(u":/icons/audit.svg"_s);
}
QWidget *AuditModule::createWidget(AppContext &app, QWidget *parent)
{
    return new AuditPage(app, parent);
}

QString UsageModule::title() const
{
    return QCoreApplication::translate("crm::ui::admin::UsagePage", "Usage");
}
QIcon UsageModule::icon() const
{
    return QIcon(u":/icons/usage.svg"_s);
}
QWidget *UsageModule::createWidget(AppContext &app, QWidget *parent)
{
    return new UsagePage(app, parent);
}

QString AccountModule::title() const
{
    return QCoreApplication::translate("crm::ui::admin::AccountPage", "My account");
}
QIcon AccountModule::icon() const
{
    return QIcon(u":/icons/account.svg"_s);
}
QWidget *AccountModule::createWidget(AppContext &app, QWidget *parent)
{
    return new AccountPage(app, parent);
}

} // namespace crm::ui::admin
