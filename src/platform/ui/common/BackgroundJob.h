#pragma once
#include "core/Result.h"
#include "data/ConnectionSpec.h"
#include "services/Guard.h"

#include <QVariant>
#include <atomic>
#include <functional>

class QObject;
class QWidget;

Q_DECLARE_METATYPE(crm::Error)

namespace crm::ui {

// Long work (imports, exports) off the GUI thread: the job runs on its own thread with its own
// database connection while a progress dialog with Cancel keeps the window responsive.
class BackgroundJob {
public:
    struct Control {
        std::function<void(int done, int total)> progress; // thread-safe
        const std::atomic<bool> *cancel = nullptr;
    };
    // The job returns its result, or an Error wrapped in the QVariant.
    using Work = std::function<QVariant(services::Context &ctx, const Control &control)>;

    // Blocks the caller (not the event loop) until the job ends; returns what it returned.
    static QVariant run(QWidget *parent, const data::ConnectionSpec &spec, const QString &label, const Work &work);
    // Runs without a dialog and hands the result to `done` on the GUI thread, in `context`'s
    // lifetime (start-up work the user need not wait for). Destroying `context` waits for the job.
    static void start(QObject *context, const data::ConnectionSpec &spec, Work work, std::function<void(const QVariant &)> done);
    static bool isError(const QVariant &v) { return v.metaType() == QMetaType::fromType<Error>(); }
};

} // namespace crm::ui
