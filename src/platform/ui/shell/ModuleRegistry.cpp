#include "admin/ui/AdminModules.h"
#include "archives/ui/ArchivesModule.h"
#include "campaigns/ui/CampaignsModule.h"
#include "club/ui/ClubModule.h"
#include "complaints/ui/ComplaintsModule.h"
#include "dashboard/ui/DashboardModule.h"
#include "feedback/ui/FeedbackModule.h"
#include "followups/ui/FollowupsModule.h"
#include "frontdesk/ui/FrontdeskModule.h"
#include "oem/ui/OemModule.h"
#include "surveys/ui/SurveysModule.h"
#include "ui/shell/Module.h"

namespace crm::ui {

// Adding a module: create src/ui/modules/<name>/, implement Module, add one line here.
std::vector<std::unique_ptr<Module>> createModules()
{
    std::vector<std::unique_ptr<Module>> m;
    m.push_back(std::make_unique<dashboard::DashboardModule>()); // first: what the manager opens every morning
    m.push_back(std::make_unique<followups::FollowupsModule>());
    m.push_back(std::make_unique<frontdesk::FrontdeskModule>()); // the agent's other half: calls in, the book
    m.push_back(std::make_unique<campaigns::CampaignsModule>());
    m.push_back(std::make_unique<surveys::SurveysModule>());
    m.push_back(std::make_unique<complaints::ComplaintsModule>());
    m.push_back(std::make_unique<feedback::FeedbackModule>()); // what the calls heard, with the departments
    m.push_back(std::make_unique<archives::ArchivesModule>());
    m.push_back(std::make_unique<club::ClubModule>());
    m.push_back(std::make_unique<oem::OemModule>()); // the manufacturer's files: the supervisor's monthly uploads
    m.push_back(std::make_unique<admin::UsersModule>());
    m.push_back(std::make_unique<admin::AuditModule>());
    m.push_back(std::make_unique<admin::UsageModule>());
    m.push_back(std::make_unique<admin::AccountModule>());
    return m;
}

} // namespace crm::ui
