#pragma once
// Widget-test helpers (GUI tests only).
#include <QCoreApplication>
#include <QInputMethodEvent>

namespace crm::test {

// Types text the way a Chinese input method delivers it: one committed string.
// (QTest::keyClicks handles only what a bare keyboard produces.)
inline void typeCommitted(QObject *widget, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QCoreApplication::sendEvent(widget, &e);
}

} // namespace crm::test
