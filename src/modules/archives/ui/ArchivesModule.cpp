#include "archives/ui/ArchivesModule.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/ArchivesPage.h"

using namespace Qt::StringLiterals;

namespace crm::ui::archives {

QString ArchivesModule::title() const
{
    return QCoreApplication::translate("crm::ui::archives::ArchivesPage", "Customer archives");
}

QIcon ArchivesModule::icon() const
{
    return QIcon(u":/icons/archives.svg"_s);
}

QWidget *ArchivesModule::createWidget(AppContext &app, QWidget *parent)
{
    m_page = new ArchivesPage(app, parent);
    return m_page;
}

QList<SearchHit> ArchivesModule::search(services::Context &ctx, const services::Session &who, const QString &text, int limit)
{
    QList<SearchHit> hits;
    auto rows = services::CustomerService(ctx).search(who, text, limit);
    if (!rows)
        return hits;
    for (const data::CustomerListRow &r : *rows) {
        QStringList parts{r.mobile};
        if (!r.models.isEmpty())
            parts << r.models;
        if (!r.plates.isEmpty())
            parts << r.plates;
        hits << SearchHit{id(), r.name, parts.join(u" · "_s), r.id};
    }
    return hits;
}

void ArchivesModule::open(const SearchHit &hit)
{
    if (m_page)
        m_page->openCustomer(hit.key.toLongLong());
}

bool ArchivesModule::openFile(const QString &path)
{
    if (!m_page)
        return false;
    m_page->importPath(path);
    return true;
}

} // namespace crm::ui::archives
