#include "club/ui/ClubModule.h"

#include "club/core/ClubRules.h"
#include "club/services/ClubService.h"
#include "club/ui/ClubPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::club {

QString ClubModule::title() const
{
    return QCoreApplication::translate("crm::ui::club::ClubPage", "Owners' club");
}

QIcon ClubModule::icon() const
{
    return QIcon(u":/icons/club.svg"_s);
}

QWidget *ClubModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new ClubPage(app, parent);
    return m_page;
}

QList<SearchHit> ClubModule::search(services::Context &ctx, const services::Session &who, const QString &text, int)
{
    // A card number typed in the global search (Ctrl+K) opens the member.
    QList<SearchHit> hits;
    if (!crm::club::isValidCardNumber(text))
        return hits;
    services::ClubService club(ctx);
    auto id = club.memberOfCard(text.trimmed());
    if (!id)
        return hits;
    auto m = club.member(who, *id);
    if (!m)
        return hits;
    hits << SearchHit{this->id(), text.trimmed(), u"%1 · %2"_s.arg(m->customerName, crm::club::ClubText::tier(m->tier)), m->id};
    return hits;
}

void ClubModule::open(const SearchHit &hit)
{
    if (m_page)
        m_page->openMember(hit.key.toLongLong());
}

void ClubModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::club
