#pragma once
#include <QObject>

class QCoreApplication;

namespace crm::ui {

// A turn of the mouse wheel belongs to the form around the pointer, not to the editor under it.
// A spin box or date edit without the keyboard focus, and a closed combo box always, pass the
// wheel on to their parents (the scroll area, table or dialog around them) instead of changing
// their value — a complaint deadline changed while someone only scrolled Settings, and an NPS
// answer went 6 → 7 while an agent scrolled the questionnaire. With the focus in a spin box or
// date edit (clicked or tabbed to), the wheel is its own again.
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
