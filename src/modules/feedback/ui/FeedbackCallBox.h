#pragma once
#include "ui/shell/Module.h"

#include <QGroupBox>

class QLabel;

namespace crm::data {
struct TaskRow;
}

namespace crm::ui::feedback {

// The call form's part for a "tell the customer" call: what the customer said, which department
// took it and the result to tell; hidden for every other task. The call's outcome closes the
// item (reached) or, after the desk's attempts, closes it as unreachable.
class FeedbackCallBox : public QGroupBox {
    Q_OBJECT
public:
    FeedbackCallBox(AppContext &app, QWidget *parent = nullptr);
    bool setTask(const data::TaskRow &t); // false (hidden) for any other task

private:
    AppContext &m_app;
    QLabel *m_text;
};

} // namespace crm::ui::feedback
