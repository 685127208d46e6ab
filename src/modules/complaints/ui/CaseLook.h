#pragma once
// How a case's deadlines read on the complaints page and its registers.
#include "complaints/ui/ComplaintsPage.h"

#include <QColor>

namespace crm::ui::complaints {

inline QString hours(qint64 minutes)
{
    return minutes % 60 ? ComplaintsPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : ComplaintsPage::tr("%1 h").arg(minutes / 60);
}

// Red overdue or late, amber warned, green met on time.
inline QColor stateColor(crm::complaints::Deadline::State s)
{
    switch (s) {
    case crm::complaints::Deadline::State::Overdue:
    case crm::complaints::Deadline::State::MetLate:
        return QColor(0xc6, 0x28, 0x28);
    case crm::complaints::Deadline::State::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case crm::complaints::Deadline::State::MetOnTime:
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return {};
    }
}

} // namespace crm::ui::complaints
