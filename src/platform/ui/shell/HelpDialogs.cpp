#include "ui/shell/HelpDialogs.h"

#include "core/Version.h"
#include "ui/common/Keys.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
class DialogHelpKey final : public QObject {
public:
    DialogHelpKey(QWidget *window, std::function<QString()> section)
        : QObject(window), m_window(window), m_section(std::move(section))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress || !static_cast<QKeyEvent *>(event)->matches(QKeySequence::HelpContents))
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        QWidget *top = widget ? widget->window() : nullptr;
        // The window itself has its F1 action; the guide's own window needs no guide.
        if (!top || top == m_window || top->objectName() == u"guideDialog"_s || !opensFromWindow(top))
            return false;
        QWidget *modal = QApplication::activeModalWidget();
        HelpDialogs::guide(modal ? modal : m_window, m_section());
        return true;
    }

private:
    bool opensFromWindow(const QWidget *top) const
    {
        for (const QWidget *p = top->parentWidget(); p; p = p->parentWidget())
            if (p == m_window)
                return true;
        return false;
    }

    QWidget *m_window;
    std::function<QString()> m_section;
};

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
    // The pages' own keys: they act on what the page shows, so they are not menu entries. The
    // pages bind them from the same table.
    QMap<QString, QTreeWidgetItem *> groups;
    for (const PageKeyRow &row : Keys::table()) {
        QTreeWidgetItem *&group = groups[row.group];
        if (!group)
            group = new QTreeWidgetItem(list, {row.group});
        new QTreeWidgetItem(group, {row.keys, row.what});
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
                     "<li>F1 opens the user guide at the page you are on: each role's tasks, step by step, with "
                     "pictures. A new database starts with a short guided set-up.</li>"
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

QUrl HelpDialogs::guideUrl(const QString &section)
{
    // The guide is HTML bundled as a resource and shown in a QTextBrowser: it needs no Qt Help
    // module or help collection at run time, its pictures are plain PNGs from the screenshot
    // script, and the same files are the guide installed in /usr/share/doc for a browser.
    const QString language = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    QUrl url(u"qrc:/guide/%1/index.html"_s.arg(language));
    if (!section.isEmpty())
        url.setFragment(section);
    return url;
}

void HelpDialogs::guide(QWidget *window, const QString &section)
{
    auto *dlg = window->findChild<QDialog *>(u"guideDialog"_s, Qt::FindDirectChildrenOnly);
    QTextBrowser *text = nullptr;
    if (dlg) {
        text = dlg->findChild<QTextBrowser *>(u"guideText"_s);
    } else {
        text = new QTextBrowser;
        text->setObjectName(u"guideText"_s);
        text->setOpenExternalLinks(true);
        dlg = dialog(window, tr("User guide"), text);
        dlg->setAttribute(Qt::WA_DeleteOnClose, false); // kept: F1 again returns to where it was read
        dlg->setObjectName(u"guideDialog"_s);
        dlg->setWindowFlag(Qt::WindowMinMaxButtonsHint);
        auto *bar = new QHBoxLayout;
        const std::pair<QString, void (QTextBrowser::*)()> moves[] = {{tr("← &Back"), &QTextBrowser::backward},
                                                                      {tr("&Forward →"), &QTextBrowser::forward},
                                                                      {tr("&Contents"), &QTextBrowser::home}};
        QList<QPushButton *> moveButtons;
        for (const auto &[label, move] : moves) {
            auto *b = new QPushButton(label, dlg);
            QObject::connect(b, &QPushButton::clicked, text, move);
            bar->addWidget(b);
            moveButtons << b;
        }
        for (QPushButton *b : {moveButtons.at(0), moveButtons.at(1)})
            b->setEnabled(false); // nothing to go back or forward to until a link is followed
        QObject::connect(text, &QTextBrowser::backwardAvailable, moveButtons.at(0), &QWidget::setEnabled);
        QObject::connect(text, &QTextBrowser::forwardAvailable, moveButtons.at(1), &QWidget::setEnabled);
        bar->addStretch();
        static_cast<QVBoxLayout *>(dlg->layout())->insertLayout(0, bar);
        dlg->resize(760, 640);
        text->setSource(guideUrl({}));
    }
    const QUrl url = guideUrl(section);
    if (text->source() != url)
        text->setSource(url);
    dlg->show();
    dlg->raise();
    dlg->activateWindow();
}

void HelpDialogs::coverDialogs(QWidget *window, std::function<QString()> section)
{
    qApp->installEventFilter(new DialogHelpKey(window, std::move(section)));
}

void HelpDialogs::about(QWidget *window, const QString &database)
{
    QMessageBox::about(window, tr("About DealerCRM"),
                       tr("<h3>DealerCRM %1</h3><p>Customer relations for car dealerships: follow-up calls, "
                          "satisfaction surveys, complaints, customer archives and the owners' club.</p>"
                          "<p>Qt %2 · database: %3</p>")
                           .arg(QString::fromLatin1(kVersion), QString::fromLatin1(qVersion()), database.toHtmlEscaped()));
}

} // namespace crm::ui
