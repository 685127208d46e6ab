#pragma once
// How a case's deadlines read on the complaints page and its registers.
#include "complaints/ui/ComplaintsPage.h"

#include "ui/common/DeadlineLook.h"

#include <QColor>

namespace crm::ui::complaints {

inline QString hours(qint64 minutes)
{
    return minutes % 60 ? ComplaintsPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : ComplaintsPage::tr("%1 h").arg(minutes / 60);
}

} // namespace crm::ui::complaints
