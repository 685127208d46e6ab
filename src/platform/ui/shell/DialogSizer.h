#pragma once
#include <QObject>

class QCoreApplication;

namespace crm::ui {

// Every dialog is sized from its content when it is first shown: at least a comfortable form
// width, every line edit wide enough for its placeholder and every label's text without cutting.
// Dialogs left to Qt's size hint came up 221–338 px wide with their hints and text cut (the
// opt-out reason, a member-service booking, the import details). Installed once on the
// application, like the wheel guard, so a new dialog cannot forget it.
class DialogSizer final : public QObject {
public:
    static void install(QCoreApplication &app);
    static constexpr int kMinimumWidth = 440;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace crm::ui
