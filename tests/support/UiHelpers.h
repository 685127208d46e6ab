#pragma once
// Widget-test helpers (GUI tests only).
#include <QAbstractButton>
#include <QApplication>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>

namespace crm::test {

// Types text the way a Chinese input method delivers it: one committed string.
// (QTest::keyClicks handles only what a bare keyboard produces.)
inline void typeCommitted(QObject *widget, const QString &text)
{
    QInputMethodEvent e;
    e.setCommitString(text);
    QCoreApplication::sendEvent(widget, &e);
}

// Runs `fill` on the modal dialog that is open `delayMs` from now (a dialog opened by the click that
// follows this call), failing the test when there is none.
inline void onNextDialog(std::function<void(QWidget *)> fill, int delayMs = 0)
{
    QTimer::singleShot(delayMs, [fill] {
        QWidget *w = QApplication::activeModalWidget();
        ASSERT_TRUE(w) << "no dialog open";
        fill(w);
    });
}

// Closes every message box that appears in the next `ms` milliseconds (its Close/Ok button),
// remembering their texts, so a test can walk through a flow that ends in a summary box.
class MessageBoxCloser : public QObject {
public:
    explicit MessageBoxCloser(int ms = 15000)
    {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                if (QAbstractButton *b = box->escapeButton())
                    b->click();
                else
                    box->reject();
            }
        });
        timer->start(50);
        QTimer::singleShot(ms, timer, &QTimer::stop);
    }
    QStringList texts;
};

} // namespace crm::test
