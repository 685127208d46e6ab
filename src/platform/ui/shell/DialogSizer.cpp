#include "ui/shell/DialogSizer.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace crm::ui {

void DialogSizer::install(QCoreApplication &app)
{
    app.installEventFilter(new DialogSizer(&app));
}

bool DialogSizer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return QObject::eventFilter(watched, event);
    auto *dlg = qobject_cast<QDialog *>(watched);
    // Message boxes, file and progress dialogs size themselves; a dialog is sized once.
    if (!dlg || qobject_cast<QMessageBox *>(dlg) || qobject_cast<QFileDialog *>(dlg) || qobject_cast<QProgressDialog *>(dlg) ||
        dlg->property("crmSized").toBool())
        return QObject::eventFilter(watched, event);
    dlg->setProperty("crmSized", true);
    for (QLineEdit *edit : dlg->findChildren<QLineEdit *>()) {
        // A placeholder is the hint of what to type: it must be read whole.
        if (edit->placeholderText().isEmpty() || edit->parentWidget() == nullptr || !edit->isVisibleTo(dlg))
            continue;
        const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 24;
        if (edit->minimumWidth() < need)
            edit->setMinimumWidth(std::min(need, 600));
    }
    const QRect avail = dlg->screen() ? dlg->screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QSize hint = dlg->sizeHint();
    const int width = std::min(std::max({kMinimumWidth, hint.width(), dlg->width()}), avail.width() - 40);
    const int height = std::min(std::max(hint.height(), dlg->height()), avail.height() - 40);
    if (width != dlg->width() || height != dlg->height())
        dlg->resize(width, height);
    return QObject::eventFilter(watched, event);
}

} // namespace crm::ui
