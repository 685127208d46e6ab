#include "ui/shell/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace crm::ui {
namespace {
bool guarded(const QObject *o)
{
    return qobject_cast<const QAbstractSpinBox *>(o) || qobject_cast<const QComboBox *>(o);
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
        if (!w->hasFocus()) {
            if (QAbstractScrollArea *area = scrollAreaOf(w)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace crm::ui
