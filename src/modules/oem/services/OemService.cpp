#include "oem/services/OemService.h"

#include "club/services/ClubReportService.h"
#include "dashboard/services/DashboardService.h"
#include "data/Transaction.h"
#include "oem/data/UploadQueries.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace crm::services {

namespace {

QString modeId(UploadMode m)
{
    switch (m) {
    case UploadMode::Changed:
        return u"changed"_s;
    case UploadMode::All:
        return u"all"_s;
    case UploadMode::Month:
        return u"month"_s;
    }
    return {};
}

QVariantMap auditOf(const oem::Template &t)
{
    return {{u"name"_s, t.name},
            {u"data_set"_s, oem::dataSetId(t.dataSet)},
            {u"file_type"_s, oem::fileTypeId(t.fileType)},
            {u"file_pattern"_s, t.filePattern},
            {u"columns"_s, int(t.columns.size())}};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status OemService::installDefaults(const Session &who)
{
    auto ever = m_repo.everCreated();
    if (!ever)
        return ever.error();
    if (*ever > 0)
        return {};
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto again = m_repo.everCreated(); // another desk may have installed them meanwhile
    if (!again)
        return again.error();
    if (*again > 0)
        return {};
    for (const oem::Template &t : oem::defaults()) {
        auto id = m_repo.insertTemplate(t, at, who.username);
        if (!id)
            return id.error();
        CRM_TRY(Guard::audit(m_ctx, &who, {u"create"_s, u"oem_templates"_s, QString::number(*id), {}, auditOf(t), {}}));
    }
    return tx.commit();
}

Result<QList<oem::Template>> OemService::templates(const Session &who)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("upload templates")));
    CRM_TRY(installDefaults(who));
    return m_repo.templates();
}

Result<oem::Template> OemService::templateById(const Session &who, qint64 id)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("upload templates")));
    auto t = m_repo.templateById(id);
    if (!t)
        return t.error();
    if (!*t)
        return Error::notFound(tr("No such upload template (it may have been deleted on another desk)."));
    return **t;
}

Result<std::optional<oem::Template>> OemService::templateByName(const Session &who, const QString &name)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("upload templates")));
    CRM_TRY(installDefaults(who));
    return m_repo.templateByName(name.trimmed());
}

Result<qint64> OemService::saveTemplate(const Session &who, const oem::Template &input)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("edit an upload template")));
    oem::Template t = input;
    t.name = t.name.trimmed();
    t.filePattern = t.filePattern.trimmed();
    for (oem::Column &c : t.columns)
        c.header = c.header.trimmed();
    if (const QString wrong = oem::OemText::validate(t); !wrong.isEmpty())
        return Error::invalid(wrong);
    auto same = m_repo.templateByName(t.name);
    if (!same)
        return same.error();
    if (*same && (*same)->id != t.id)
        return Error::conflict(tr("Name: a template named %1 exists already.").arg(t.name));
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 id = t.id;
    if (t.id) {
        auto before = m_repo.templateById(t.id);
        if (!before)
            return before.error();
        if (!*before)
            return Error::notFound(tr("No such upload template (it may have been deleted on another desk)."));
        CRM_TRY(m_repo.updateTemplate(t, at, who.username));
        CRM_TRY(Guard::audit(
            m_ctx, &who,
            {u"update"_s, u"oem_templates"_s, QString::number(t.id), auditOf(**before), auditOf(t), compact(oem::toShare(t))}));
    } else {
        auto created = m_repo.insertTemplate(t, at, who.username);
        if (!created)
            return created.error();
        id = *created;
        CRM_TRY(Guard::audit(m_ctx, &who,
                             {u"create"_s, u"oem_templates"_s, QString::number(id), {}, auditOf(t), compact(oem::toShare(t))}));
    }
    CRM_TRY(tx.commit());
    return id;
}

Status OemService::deleteTemplate(const Session &who, qint64 id)
{
    auto t = templateById(who, id);
    if (!t)
        return t.error();
    const QString at = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(m_repo.deleteTemplate(id, at, who.username));
    CRM_TRY(Guard::audit(m_ctx, &who, {u"delete"_s, u"oem_templates"_s, QString::number(id), auditOf(*t), {}, {}}));
    return tx.commit();
}

Status OemService::exportTemplate(const Session &who, qint64 id, const QString &path)
{
    auto t = templateById(who, id);
    if (!t)
        return t.error();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(oem::toShare(*t)).toJson(QJsonDocument::Indented));
    return f.flush() ? Status() : Status(Error::io(tr("Cannot write %1: %2").arg(path, f.errorString())));
}

Result<qint64> OemService::importTemplate(const Session &who, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &parse);
    if (!doc.isObject())
        return Error::invalid(tr("%1 is not a template file: %2").arg(QFileInfo(path).fileName(), parse.errorString()));
    QString error;
    const auto t = oem::fromShare(doc.object(), &error);
    if (!t)
        return Error::invalid(tr("%1: %2").arg(QFileInfo(path).fileName(), error));
    return saveTemplate(who, *t);
}

Result<QList<OemBatchRow>> OemService::batches(const Session &who, qint64 templateId)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("the upload log")));
    return m_repo.batches(templateId);
}

Status OemService::writeFile(const oem::Template &t, const QStringList &cellsJson, const QString &path,
                             const QDateTime &createdUtc)
{
    TableWriterOptions options;
    options.gb18030 = t.fileType == oem::FileType::CsvGb18030;
    options.created = createdUtc;
    auto writer = TableWriter::open(path, options);
    if (!writer)
        return writer.error();
    QStringList headers;
    for (const oem::Column &c : t.columns)
        headers << c.header;
    CRM_TRY((*writer)->sheet(oem::OemText::dataSet(t.dataSet), headers));
    for (const QString &line : cellsJson)
        CRM_TRY((*writer)->row(QJsonDocument::fromJson(line.toUtf8()).array().toVariantList()));
    return (*writer)->finish();
}

Result<QString> OemService::sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

Result<QList<data::UploadLine>> OemService::monthLines(const Session &who, const oem::Template &t, const QDate &month,
                                                       const QString &dealer)
{
    const auto period = dashboard::Period::containing(dashboard::Period::Kind::Month, month);
    const QString key = period.key();
    QList<data::UploadLine> lines;
    if (t.dataSet == oem::DataSet::Kpi) {
        auto board = DashboardService(m_ctx).board(who, period, 1);
        if (!board)
            return board.error();
        for (const Tile &tile : board->tiles) {
            const QString state = dashboard::stateId(tile.state);
            lines << data::UploadLine{0,
                                      {dealer, key, tile.id, tile.title, tile.value ? QVariant(*tile.value) : QVariant(),
                                       tile.target ? QVariant(*tile.target) : QVariant(), state}};
        }
        return lines;
    }
    auto club = ClubReportService(m_ctx).report(who, period.from, period.to);
    if (!club)
        return club.error();
    auto add = [&](const QString &item, const QString &title, qint64 value) {
        lines << data::UploadLine{0, {dealer, key, item, title, value}};
    };
    add(u"members"_s, tr("Members"), club->members);
    add(u"joined"_s, tr("Joined in the month"), club->joined);
    add(u"active_members"_s, tr("Active members (12 months)"), club->activeMembers);
    for (const auto &[tier, count] : club->membersByTier)
        add(u"tier:"_s + tier, tr("Members of tier %1").arg(tier), count);
    add(u"points_issued"_s, tr("Points issued"), club->issued);
    add(u"points_redeemed"_s, tr("Points redeemed"), club->redeemed);
    add(u"points_expired"_s, tr("Points expired"), club->expired);
    add(u"points_outstanding"_s, tr("Points outstanding"), club->outstanding);
    return lines;
}

Result<UploadResult> OemService::generate(const Session &who, const UploadRequest &r)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("an upload to the manufacturer")));
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("an upload to the manufacturer")));
    auto found = m_repo.templateById(r.templateId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound(tr("No such upload template (it may have been deleted on another desk)."));
    const oem::Template t = **found;
    if (const QString wrong = oem::OemText::validate(t); !wrong.isEmpty())
        return Error::invalid(wrong);
    const bool monthly = oem::isMonthly(t.dataSet);
    if (monthly != (r.mode == UploadMode::Month))
        return Error::invalid(monthly ? tr("%1 is uploaded a month at a time: choose the month.").arg(t.name)
                                      : tr("%1 is uploaded as changes or as everything, not by month.").arg(t.name));
    if (monthly && !r.month.isValid())
        return Error::invalid(tr("Month: choose the month to upload."));
    if (r.path.isEmpty() && (r.folder.isEmpty() || !QDir(r.folder).exists()))
        return Error::invalid(tr("Folder: choose a folder that exists for the file."));

    const QString dealer = SettingsService(m_ctx).value(settings::kDealerCode);
    const QDateTime now = m_ctx.clock.nowUtc();
    // The window closes a minute ago: a desk that stamped its change just before and commits just
    // after this upload would otherwise fall between this window and the next.
    const QString until = toStoredUtc(now.addSecs(-kSettleSeconds));
    const QString since = r.mode == UploadMode::Changed ? t.watermark : QString();

    // The month's figures are read before the batch's transaction: they come from other
    // services, each with its own permission check.
    QList<data::UploadLine> lines;
    if (monthly) {
        auto read = monthLines(who, t, r.month, dealer);
        if (!read)
            return read.error();
        lines = *read;
    }

    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    if (!monthly) {
        data::UploadQueries queries(m_ctx.db);
        CRM_TRY(queries.holdWriters(t.dataSet));
        CRM_TRY(queries.read(t.dataSet, since, until, dealer, [&](const data::UploadLine &l) -> Status {
            lines << l;
            return {};
        }));
    }
    const QList<oem::FieldDef> defs = oem::fields(t.dataSet);
    QList<int> positions;
    QList<oem::FieldKind> kinds;
    for (const oem::Column &c : t.columns) {
        for (int i = 0; i < defs.size(); ++i)
            if (defs[i].key == c.field) {
                positions << i;
                kinds << defs[i].kind;
            }
    }
    QStringList cells;
    QList<QPair<qint64, QString>> stored;
    cells.reserve(lines.size());
    stored.reserve(lines.size());
    for (const data::UploadLine &l : std::as_const(lines)) {
        QJsonArray a;
        for (int i = 0; i < t.columns.size(); ++i)
            a << QJsonValue::fromVariant(oem::formatCell(t.columns[i], kinds[i], l.values.value(positions[i])));
        const QString json = QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
        cells << json;
        stored << qMakePair(l.customerId, json);
    }
    lines.clear();

    data::OemBatchRow batch;
    batch.templateId = t.id;
    batch.templateJson = compact(oem::toShare(t));
    batch.mode = modeId(r.mode);
    batch.since = since;
    batch.until = until;
    batch.period = monthly ? dashboard::Period::containing(dashboard::Period::Kind::Month, r.month).key() : QString();
    batch.rows = int(cells.size());
    batch.username = who.username;
    batch.createdAt = toStoredUtc(now);
    batch.sha256 = u"-"_s; // set below, once the file exists: its name needs the batch's number
    batch.fileName = u"-"_s;
    auto batchId = m_repo.insertBatch(batch);
    if (!batchId)
        return batchId.error();
    const QString path =
        r.path.isEmpty() ? QDir(r.folder).filePath(oem::fileName(t, dealer, batch.period, now.toLocalTime(), *batchId)) : r.path;
    CRM_TRY(writeFile(t, cells, path, now));
    auto sha = sha256Of(path);
    if (!sha) {
        QFile::remove(path);
        return sha.error();
    }
    auto undo = [&](Status s) {
        if (!s)
            QFile::remove(path);
        return s;
    };
    CRM_TRY(undo(m_repo.setBatchFile(*batchId, QFileInfo(path).fileName(), *sha)));
    CRM_TRY(undo(m_repo.insertBatchLines(*batchId, stored, 1)));
    if (!monthly)
        CRM_TRY(undo(m_repo.setWatermark(t.id, until)));
    CRM_TRY(undo(Guard::audit(m_ctx, &who,
                              {u"export"_s,
                               u"oem_batches"_s,
                               QString::number(*batchId),
                               {},
                               {{u"template"_s, t.name},
                                {u"mode"_s, batch.mode},
                                {u"since"_s, since},
                                {u"until"_s, until},
                                {u"period"_s, batch.period},
                                {u"rows"_s, batch.rows},
                                {u"sha256"_s, *sha}},
                               QFileInfo(path).fileName()})));
    CRM_TRY(undo(tx.commit()));
    return UploadResult{*batchId, path, batch.rows, *sha, since, until};
}

Result<Rebuilt> OemService::regenerate(const Session &who, qint64 batchId, const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExchangeOem, tr("an upload to the manufacturer")));
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("an upload to the manufacturer")));
    auto batch = m_repo.batch(batchId);
    if (!batch)
        return batch.error();
    if (!*batch)
        return Error::notFound(tr("No such upload batch."));
    QString error;
    const auto t = oem::fromShare(QJsonDocument::fromJson((*batch)->templateJson.toUtf8()).object(), &error);
    if (!t)
        return Error::invalid(error);
    auto cells = m_repo.batchCells(batchId);
    if (!cells)
        return cells.error();
    CRM_TRY(writeFile(*t, *cells, path, fromStoredUtc((*batch)->createdAt)));
    auto sha = sha256Of(path);
    if (!sha)
        return sha.error();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s,
                          u"oem_batches"_s,
                          QString::number(batchId),
                          {},
                          {{u"rebuilt"_s, true}, {u"rows"_s, int(cells->size())}, {u"sha256"_s, *sha}},
                          QFileInfo(path).fileName()}));
    CRM_TRY(tx.commit());
    return Rebuilt{path, *sha, *sha == (*batch)->sha256};
}

} // namespace crm::services
