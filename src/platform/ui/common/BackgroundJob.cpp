#include "ui/common/BackgroundJob.h"

#include "data/Database.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace crm::ui {

QVariant BackgroundJob::run(QWidget *parent, const data::ConnectionSpec &spec, const QString &label, const Work &work)
{
    std::atomic<bool> cancel{false};
    QProgressDialog dialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });

    QVariant result;
    QEventLoop loop;
    QPointer<QProgressDialog> guard(&dialog);
    QThread *thread = QThread::create([&] {
        Control control;
        control.cancel = &cancel;
        control.progress = [&guard](int done, int total) {
            QMetaObject::invokeMethod(
                guard,
                [guard, done, total] {
                    if (guard) {
                        guard->setMaximum(total);
                        guard->setValue(done);
                    }
                },
                Qt::QueuedConnection);
        };
        auto db = data::Database::open(spec);
        if (!db) {
            result = QVariant::fromValue(db.error());
            return;
        }
        services::Context ctx{**db};
        result = work(ctx, control);
    });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return result;
}

void BackgroundJob::start(QObject *context, const data::ConnectionSpec &spec, Work work,
                          std::function<void(const QVariant &)> done)
{
    QPointer<QObject> receiver(context);
    QThread *thread = QThread::create([spec, work = std::move(work), done = std::move(done), receiver] {
        QVariant result;
        auto db = data::Database::open(spec);
        if (!db) {
            result = QVariant::fromValue(db.error());
        } else {
            services::Context ctx{**db};
            result = work(ctx, Control{});
        }
        // Delivered on the receiver's thread; Qt drops it if the receiver is gone by then.
        if (receiver)
            QMetaObject::invokeMethod(
                receiver, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(context, &QObject::destroyed, thread, [thread] { thread->wait(); });
    thread->start();
}

} // namespace crm::ui
