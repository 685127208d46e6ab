#pragma once
#include "archives/data/DocumentRepository.h"
#include "services/Guard.h"

#include <QDate>

namespace crm::services {

// The row is the repository's; pages name it from here.
using data::DocumentRow;

namespace settings {
inline const QString kDocumentStore = QStringLiteral("documents.store");
}

// Documents of the archives (购车合同, 保养记录, 任务委托书, 结算单): the file is copied into a
// managed store under its SHA-256 (so a file is stored once and any change to it is detected),
// and the paper's archive location is kept beside it.
class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::DocumentService)
public:
    explicit DocumentService(Context ctx) : m_ctx(ctx), m_documents(ctx.db) {}

    static QStringList kinds();
    static QString kindTitle(const QString &kind);
    // The store: the setting when given (a shared folder for several desks), else a folder
    // beside the SQLite file, else one in the user's data folder.
    QString storeRoot();

    // `needed`: the permission the purpose asks for (the archives: EditCustomers; a complaint's
    // evidence: HandleComplaints).
    Result<qint64> attach(const Session &who, qint64 customerId, qint64 vehicleId, const QString &kind, const QString &sourceFile,
                          const QString &archiveLocation, Permission needed = Permission::EditCustomers);
    Result<QList<DocumentRow>> list(const Session &who, qint64 customerId);
    // The stored file's path after checking that its content still matches the checksum.
    Result<QString> openPath(const Session &who, qint64 documentId);
    Status remove(const Session &who, qint64 documentId);

private:
    Result<DocumentRow> load(qint64 id);
    Context m_ctx;
    data::DocumentRepository m_documents;
};

} // namespace crm::services
