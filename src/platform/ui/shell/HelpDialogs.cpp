#include "ui/shell/HelpDialogs.h"

#include "core/Version.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
QDialog *dialog(QWidget *parent, const QString &title, QWidget *body)
{
    auto *dlg = new QDialog(parent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dlg);
    layout->addWidget(body, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dlg);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    layout->addWidget(buttons);
    return dlg;
}

void addMenu(QTreeWidget *list, QMenu *menu)
{
    auto *group = new QTreeWidgetItem(list, {menu->title().remove(u'&')});
    for (QAction *a : menu->actions()) {
        if (a->menu())
            addMenu(list, a->menu());
        else if (!a->shortcut().isEmpty())
            new QTreeWidgetItem(group, {a->shortcut().toString(QKeySequence::NativeText), a->text().remove(u'&')});
    }
}
} // namespace

void HelpDialogs::shortcuts(QWidget *window)
{
    auto *list = new QTreeWidget;
    list->setObjectName(u"shortcutList"_s);
    list->setHeaderLabels({tr("Keys"), tr("What they do")});
    if (auto *bar = window->findChild<QMenuBar *>())
        for (QAction *a : bar->actions())
            if (a->menu())
                addMenu(list, a->menu());
    // The pages' own keys: they act on what the page shows, so they are not menu entries.
    const QList<std::pair<QString, QStringList>> pages{
        {tr("Lists and cards"),
         {tr("Ctrl+N"), tr("New customer, user or complaint on its page"), tr("Ctrl+I"), tr("Import customers"), tr("Ctrl+E"),
          tr("Edit the open customer"), tr("F5"), tr("Read the list again")}},
        {tr("Call desk"),
         {tr("↑ / ↓, Enter"), tr("Choose a task and open it"), tr("Alt+1 … Alt+6"), tr("The call's outcome"), tr("Ctrl+Enter"),
          tr("Save the call and open the next task"), tr("Esc"), tr("Back to the queue")}},
        {tr("Manager's board"),
         {tr("Alt+← / Alt+→"), tr("Previous / next week or month"), tr("Enter on a tile"), tr("List the records behind it"),
          tr("Ctrl+P"), tr("Print the report"), tr("F5"), tr("Compute again")}},
    };
    for (const auto &[title, rows] : pages) {
        auto *group = new QTreeWidgetItem(list, {title});
        for (int i = 0; i + 1 < rows.size(); i += 2)
            new QTreeWidgetItem(group, {rows[i], rows[i + 1]});
    }
    list->expandAll();
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QDialog *dlg = dialog(window, tr("Keyboard shortcuts"), list);
    dlg->setObjectName(u"shortcutsDialog"_s);
    dlg->resize(560, 560);
    dlg->show();
}

void HelpDialogs::whatsNew(QWidget *window)
{
    auto *text = new QTextBrowser;
    text->setObjectName(u"whatsNew"_s);
    text->setHtml(tr("<h3>DealerCRM %1</h3><ul>"
                     "<li>Front desk: inbound calls find the caller by number, and the appointment book "
                     "shows each day's places.</li>"
                     "<li>Campaigns and text messages, with consent and the monthly limit checked for you.</li>"
                     "<li>Customer feedback is routed to departments with deadlines and reminders.</li>"
                     "<li>The manufacturer's files: uploads of what changed and imports of survey results.</li>"
                     "<li>Personal data: requests of customers with their legal deadline, the retention review, "
                     "and erasure that also reaches the audit log.</li>"
                     "<li>Sign out or switch user without closing the program (File, Ctrl+Shift+L); every "
                     "keyboard shortcut is in the menus and in Help → Keyboard shortcuts.</li>"
                     "</ul>")
                      .arg(QString::fromLatin1(kVersion)));
    QDialog *dlg = dialog(window, tr("What's new"), text);
    dlg->setObjectName(u"whatsNewDialog"_s);
    dlg->resize(520, 360);
    dlg->show();
}

void HelpDialogs::whatsNewAfterUpgrade(QWidget *window)
{
    QSettings settings;
    const QString seen = settings.value(u"help/version_seen"_s).toString();
    const QString now = QString::fromLatin1(kVersion);
    settings.setValue(u"help/version_seen"_s, now);
    if (!seen.isEmpty() && seen != now)
        whatsNew(window);
}

} // namespace crm::ui
