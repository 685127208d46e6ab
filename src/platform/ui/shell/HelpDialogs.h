#pragma once
#include <QCoreApplication>

#include <functional>

class QUrl;
class QWidget;

namespace crm::ui {

class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(crm::ui::HelpDialogs)
public:
    // Help → Keyboard shortcuts: every shortcut of the window's menus (read from the actions
    // themselves, so the list cannot drift from what works), then the keys of the pages.
    static void shortcuts(QWidget *window);
    // Help → What's new: what changed for the desk in this version, in the user's language.
    static void whatsNew(QWidget *window);
    // At the first start of a new version on this machine: What's new, once. The first start
    // ever (nothing to compare with) only remembers the version.
    static void whatsNewAfterUpgrade(QWidget *window);
    // Help → User guide (F1): the guide bundled in the program, in the user's language, opened at
    // `section` (a module id; empty: the contents). One window, kept beside the program's and
    // moved to the section at each F1.
    static void guide(QWidget *window, const QString &section);
    static QUrl guideUrl(const QString &section);
    // F1 inside the window's dialogs too: the window's own F1 action does not reach there (a modal
    // dialog blocks the window's shortcuts, and a shortcut acts in its own window only), yet the
    // user in the middle of a form is the one who wants the guide. Opens it at `section()`, as a
    // child of the modal dialog when one is up (a window of its own would be blocked by it).
    static void coverDialogs(QWidget *window, std::function<QString()> section);
    static void about(QWidget *window, const QString &database);
};

} // namespace crm::ui
