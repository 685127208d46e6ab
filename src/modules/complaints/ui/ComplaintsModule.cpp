#include "complaints/ui/ComplaintsModule.h"

#include "complaints/services/ComplaintService.h"
#include "complaints/ui/ComplaintsPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace crm::ui::complaints {

QString ComplaintsModule::title() const
{
    return QCoreApplication::translate("crm::ui::complaints::ComplaintsPage", "Complaints");
}

QIcon ComplaintsModule::icon() const
{
    return QIcon(u":/icons/complaints.svg"_s);
}

QWidget *ComplaintsModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new ComplaintsPage(app, parent);
    return m_page;
}

QList<SearchHit> ComplaintsModule::search(services::Context &ctx, const services::Session &who, const QString &text, int limit)
{
    // Complaint numbers: "TS-2611" or "2611-0007" typed in the global search.
    QList<SearchHit> hits;
    const QString t = text.trimmed().toUpper();
    if (t.size() < 4 || !(t.startsWith(u"TS"_s) || t.front().isDigit()))
        return hits;
    data::ComplaintFilter f;
    f.text = t.startsWith(u"TS"_s) ? t : u"TS-"_s + t;
    auto rows = services::ComplaintService(ctx).list(who, f, limit);
    if (!rows)
        return hits;
    for (const data::ComplaintRow &r : *rows)
        hits << SearchHit{id(), r.number, u"%1 · %2"_s.arg(r.customerName, crm::complaints::ComplaintText::status(r.status)),
                          r.id};
    return hits;
}

void ComplaintsModule::open(const SearchHit &hit)
{
    if (m_page)
        m_page->openComplaint(hit.key.toLongLong());
}

void ComplaintsModule::refresh()
{
    if (m_page)
        m_page->reload();
}

} // namespace crm::ui::complaints
