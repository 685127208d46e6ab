#pragma once
#include "data/Database.h"
#include "oem/core/OemTemplates.h"

#include <functional>

namespace crm::data {

// One line of a data set as read for an upload: the customer it is about (for erasure and
// merge), and the values in the order of oem::fields(set).
struct UploadLine {
    qint64 customerId = 0;
    QVariantList values;
};
using UploadSink = std::function<Status(const UploadLine &)>;

// The rows of the data sets with change times, for the manufacturer's uploads.
class UploadQueries {
public:
    explicit UploadQueries(Database &db) : m_db(db) {}
    // Rows changed in (since, until] — since empty: every live record up to until — streamed to
    // `sink` in a stable order (so the same window gives the same file). `dealer` fills the
    // dealer code field.
    Status read(oem::DataSet set, const QString &since, const QString &until, const QString &dealer, const UploadSink &sink);

    // Inside the upload's transaction, before its window is read: waits for the desks writing the
    // set's tables to commit and holds new writes until the upload commits, so no change stamped
    // before the window's end commits after it and is missed by every upload. SQLite's write
    // transaction (BEGIN IMMEDIATE) already does that.
    Status holdWriters(oem::DataSet set);

private:
    Database &m_db;
};

} // namespace crm::data
