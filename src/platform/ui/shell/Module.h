#pragma once
#include "services/Guard.h"
#include "services/Session.h"

#include <QIcon>
#include <QVariant>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

namespace crm::ui {

// One answer to the global search (Ctrl+K).
struct SearchHit {
    QString moduleId;
    QString title;
    QString subtitle;
    QVariant key; // module-specific: what open() needs to show the record
};

// What every module's widgets need: the database, the clock and who is signed in.
struct AppContext {
    services::Context services;
    services::Session session;
    // Work the shell starts after login (generating today's follow-up tasks). UI tests turn it
    // off to work on the data they made.
    bool startupJobs = true;
    // Shows a record in its module (the shell sets it): drill-downs from the dashboard.
    std::function<void(const SearchHit &)> open = nullptr;
};

// A module is a folder under src/ui/modules implementing this interface; the shell lists
// the modules available to the signed-in role and creates each widget when first shown.
class Module {
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual bool availableTo(const services::Session &s) const = 0;
    virtual QWidget *createWidget(AppContext &app, QWidget *parent) = 0;
    // Global search. Called on the search worker thread with that thread's own database
    // context, so it must touch nothing but its arguments. Answer from an index, few rows.
    virtual QList<SearchHit> search(services::Context &, const services::Session &, const QString &, int /*limit*/) { return {}; }
    // Show the record behind a hit in this module's widget (already created and visible).
    virtual void open(const SearchHit &) {}
    // A file given to the module after its widget was shown (the first run's DMS export): starts
    // the module's own work on it. False when the module takes no files.
    virtual bool openFile(const QString &) { return false; }
    // The data under the module changed elsewhere (start-up jobs); reload what is shown.
    virtual void refresh() {}
};

} // namespace crm::ui
Q_DECLARE_METATYPE(crm::ui::SearchHit)
namespace crm::ui {

// The registry: every module the program ships, in sidebar order. See ModuleRegistry.cpp.
std::vector<std::unique_ptr<Module>> createModules();

} // namespace crm::ui
