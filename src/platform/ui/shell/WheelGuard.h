#pragma once
#include <QObject>

class QCoreApplication;

namespace crm::ui {

// A turn of the mouse wheel over a form that scrolls belongs to the form. A spin box, date edit
// or combo box without the keyboard focus inside a scroll area (a settings form, a survey, a
// complaint's details, a table's cell editor) passes the wheel to the scroll area instead of
// changing its value — a complaint deadline changed under the mouse while someone only scrolled
// Settings. With the focus in it (clicked or tabbed to), the wheel is the editor's again.
// Installed once on the application (the program's main and the widget tests' main).
class WheelGuard final : public QObject {
public:
    static void install(QCoreApplication &app);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace crm::ui
