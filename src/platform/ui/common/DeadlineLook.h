#pragma once
// How a deadline's state looks in every module's lists and forms.
#include "core/Deadline.h"

#include <QColor>

namespace crm::ui {

// Red overdue or late, amber warned, green met on time.
inline QColor stateColor(calendar::Deadline::State s)
{
    switch (s) {
    case calendar::Deadline::State::Overdue:
    case calendar::Deadline::State::MetLate:
        return QColor(0xc6, 0x28, 0x28);
    case calendar::Deadline::State::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case calendar::Deadline::State::MetOnTime:
        return QColor(0x2e, 0x7d, 0x32);
    default:
        return {};
    }
}

} // namespace crm::ui
