#include "archives/services/DocumentService.h"

#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
QString hashOf(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        *error = f.errorString();
        return {};
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

QStringList DocumentService::kinds()
{
    return {u"purchase_contract"_s, u"maintenance_record"_s, u"work_order"_s, u"settlement"_s, u"other"_s};
}

QString DocumentService::kindTitle(const QString &k)
{
    if (k == u"purchase_contract"_s)
        return tr("Purchase contract");
    if (k == u"maintenance_record"_s)
        return tr("Maintenance record");
    if (k == u"work_order"_s)
        return tr("Work order");
    if (k == u"settlement"_s)
        return tr("Settlement statement");
    if (k == u"other"_s)
        return tr("Other document");
    return k;
}

QString DocumentService::storeRoot()
{
    const QString configured = SettingsService(m_ctx).value(settings::kDocumentStore);
    if (!configured.isEmpty())
        return configured;
    if (m_ctx.db.engine() == data::Engine::Sqlite)
        return m_ctx.db.spec().sqlitePath + u".documents"_s;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/documents"_s;
}

Result<qint64> DocumentService::attach(const Session &who, qint64 customerId, qint64 vehicleId, const QString &kind,
                                       const QString &sourceFile, const QString &archiveLocation, Permission needed)
{
    CRM_TRY(Guard::require(m_ctx, who, needed, tr("attach documents")));
    if (!kinds().contains(kind))
        return Error::invalid(tr("\"%1\" is not a kind of document.").arg(kind));
    const QFileInfo src(sourceFile);
    if (!src.isFile())
        return Error::io(tr("%1 is not a file.").arg(sourceFile));
    if (src.size() > qint64(200) * 1024 * 1024)
        return Error::invalid(tr("%1 is larger than 200 MB; scan it at a lower resolution.").arg(src.fileName()));
    QString error;
    const QString sha = hashOf(sourceFile, &error);
    if (sha.isEmpty())
        return Error::io(tr("Cannot read %1: %2").arg(sourceFile, error));
    const QString suffix = src.suffix().toLower().left(10);
    const QString relative = sha.left(2) + u'/' + sha + (suffix.isEmpty() ? QString() : u'.' + suffix);
    const QString target = storeRoot() + u'/' + relative;
    if (!QFileInfo::exists(target)) { // content-addressed: the same file is stored once
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return Error::io(tr("Cannot create the document store folder %1.").arg(QFileInfo(target).absolutePath()));
        QFile in(sourceFile);
        QSaveFile out(target); // written whole or not at all
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return Error::io(tr("Cannot copy %1 into the document store.").arg(src.fileName()));
        while (!in.atEnd())
            out.write(in.read(1 << 20));
        if (!out.commit())
            return Error::io(tr("Cannot copy %1 into the document store: %2").arg(src.fileName(), out.errorString()));
    }
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto owner = data::CustomerRepository(m_ctx.db).isLive(customerId);
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error::notFound(tr("Customer %1 does not exist (or was merged or deleted).").arg(customerId));
    auto added = m_documents.insert({0, customerId, vehicleId, kind, src.fileName(), relative, sha, archiveLocation.simplified(),
                                     toStoredUtc(m_ctx.clock.nowUtc())});
    if (!added)
        return added.error();
    const qint64 id = *added;
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"documents"_s,
                          QString::number(id),
                          {},
                          {{u"customer_id"_s, customerId},
                           {u"kind"_s, kind},
                           {u"file"_s, src.fileName()},
                           {u"sha256"_s, sha},
                           {u"archive_location"_s, archiveLocation.simplified()}},
                          {}}));
    CRM_TRY(tx.commit());
    return id;
}

Result<QList<DocumentRow>> DocumentService::list(const Session &who, qint64 customerId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    return m_documents.list(customerId);
}

Result<DocumentRow> DocumentService::load(qint64 id)
{
    auto doc = m_documents.document(id);
    if (!doc)
        return doc.error();
    if (!*doc)
        return Error::notFound(tr("Document %1 does not exist.").arg(id));
    return **doc;
}

Result<QString> DocumentService::openPath(const Session &who, qint64 documentId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ViewCustomers, tr("see the customer archives")));
    auto doc = load(documentId);
    if (!doc)
        return doc.error();
    const QString path = storeRoot() + u'/' + doc->storedPath;
    QString error;
    const QString sha = hashOf(path, &error);
    if (sha.isEmpty())
        return Error::io(tr("The stored copy of %1 is missing from the document store (%2).").arg(doc->fileName, error));
    if (sha != doc->sha256)
        return Error::conflict(tr("The stored copy of %1 has been changed since it was filed (checksum mismatch); use the paper "
                                  "original at %2.")
                                   .arg(doc->fileName, doc->archiveLocation));
    return path;
}

Status DocumentService::remove(const Session &who, qint64 documentId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::EditCustomers, tr("remove documents")));
    auto doc = load(documentId);
    if (!doc)
        return doc.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    // Soft: the row and the stored file stay, so the removal can be reviewed and reversed.
    CRM_TRY(m_documents.softDelete(documentId, toStoredUtc(m_ctx.clock.nowUtc())));
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"delete"_s,
                          u"documents"_s,
                          QString::number(documentId),
                          {{u"file"_s, doc->fileName}, {u"kind"_s, doc->kind}, {u"sha256"_s, doc->sha256}},
                          {},
                          {}}));
    return tx.commit();
}

} // namespace crm::services
