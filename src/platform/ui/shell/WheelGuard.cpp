#include "ui/shell/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>

namespace crm::ui {
namespace {
bool guarded(const QObject *o)
{
    return qobject_cast<const QAbstractSpinBox *>(o) || qobject_cast<const QComboBox *>(o);
}

// A closed combo box keeps the focus after a pick with the mouse, so "focused" says nothing
// about intent there: the next turn to scroll the form would change the answer just picked.
// Its value changes by the keyboard or the open list, never by the wheel over the closed box.
bool takesTheWheel(const QWidget *w)
{
    if (qobject_cast<const QComboBox *>(w))
        return false;
    return w->hasFocus();
}

QAbstractScrollArea *scrollAreaOf(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p))
            return area;
    return nullptr;
}
} // namespace

void WheelGuard::install(QCoreApplication &app)
{
    app.installEventFilter(new WheelGuard(&app));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && guarded(watched)) {
        // Qt gives these the focus on a wheel turn (WheelFocus) before any filter sees it,
        // which would make every turn "focused"; click and tab still give it.
        auto *w = static_cast<QWidget *>(watched);
        if (w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
    } else if (event->type() == QEvent::Wheel && guarded(watched)) {
        auto *w = static_cast<QWidget *>(watched);
        if (!takesTheWheel(w)) {
            // The scroll area (form, table) around the editor scrolls as if the editor were not
            // there. Sent on explicitly: Qt does not pass a synthesized wheel event up the
            // parents. Without a scroll area (a dialog's row) the turn just changes nothing.
            if (QAbstractScrollArea *area = scrollAreaOf(w)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                event->accept(); // handled: the parents must not scroll a second time
                return true;
            }
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace crm::ui
