#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::archives {

class ArchivesPage;

// Customer archives (客户档案): every role reads them; the global search finds customers.
class ArchivesModule final : public Module {
public:
    QString id() const override { return QStringLiteral("archives"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::ViewCustomers); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    QList<SearchHit> search(services::Context &ctx, const services::Session &who, const QString &text, int limit) override;
    void open(const SearchHit &hit) override;
    bool openFile(const QString &path) override; // the import of a DMS export

private:
    QPointer<ArchivesPage> m_page;
};

} // namespace crm::ui::archives
