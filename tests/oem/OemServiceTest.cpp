// The manufacturer's uploads on both engines: the six default templates and their codes, the
// incremental watermark through a change, a merge and an erasure, an identical re-generation of
// a past batch (XLSX and GB18030 CSV), template validation and the share file, permissions.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/ImportService.h"
#include "archives/services/MergeService.h"
#include "core/TextCodec.h"
#include "data/Transaction.h"
#include "oem/services/OemService.h"
#include "privacy/services/PrivacyService.h"
#include "services/SettingsService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class OemServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        archivist = test::insertUser(db(), u"info"_s, u"陈美玲"_s, Role::Archivist);
        agent = test::insertUser(db(), u"agent"_s, u"李晓红"_s, Role::Agent);
        const Session manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        ASSERT_OK(SettingsService(ctx()).set(manager, settings::kDealerCode, u"FVW-GZ-0427"_s));
        ASSERT_TRUE(dir.isValid());
    }
    qint64 customer(const QString &name, const QString &mobile, const QString &gender, const QString &vin)
    {
        Transaction tx(db());
        CustomerRow c;
        c.name = name;
        c.mobile = mobile;
        c.gender = gender;
        const QString at = toStoredUtc(m_clock.nowUtc());
        auto id = CustomerRepository(db()).insertCustomer(c, at);
        EXPECT_TRUE(id.ok());
        VehicleRow v;
        v.customerId = *id;
        v.vin = vin;
        v.model = u"速腾"_s;
        v.deliveryDate = QDate(2025, 3, 5);
        EXPECT_TRUE(CustomerRepository(db()).insertVehicle(v, at).ok());
        EXPECT_TRUE(tx.commit().ok());
        return *id;
    }
    oem::Template named(const QString &name)
    {
        auto t = OemService(ctx()).templateByName(archivist, name);
        EXPECT_TRUE(t.ok() && t->has_value()) << name.toStdString();
        return t.ok() && t->has_value() ? **t : oem::Template{};
    }
    Result<UploadResult> upload(const oem::Template &t, UploadMode mode, const QString &file)
    {
        m_clock.advanceSecs(5 * 60); // past the settle minute of the changes just made
        UploadRequest r;
        r.templateId = t.id;
        r.mode = mode;
        r.path = dir.filePath(file);
        return OemService(ctx()).generate(archivist, r);
    }
    QList<QStringList> rowsOf(const QString &path)
    {
        auto table = ImportService::readFile(path);
        EXPECT_TRUE(table.ok());
        if (!table)
            return {};
        QList<QStringList> out{table->headers};
        out += table->rows;
        return out;
    }
    Session archivist, agent;
    QTemporaryDir dir;
};

TEST_P(OemServiceTest, SixDefaultTemplatesInstalledOnceAndValid)
{
    OemService s(ctx());
    auto first = s.templates(archivist);
    ASSERT_OK(first);
    ASSERT_EQ(first->size(), 6);
    QSet<oem::DataSet> sets;
    for (const oem::Template &t : *first) {
        EXPECT_TRUE(oem::OemText::validate(t).isEmpty()) << t.name.toStdString();
        sets.insert(t.dataSet);
    }
    EXPECT_EQ(sets.size(), 6); // one per data set
    ASSERT_OK(s.deleteTemplate(archivist, first->first().id));
    auto again = s.templates(archivist);
    ASSERT_OK(again);
    EXPECT_EQ(again->size(), 5); // a deleted default does not come back

    const oem::Template archive = named(u"客户档案上传"_s);
    ASSERT_FALSE(archive.columns.isEmpty());
    EXPECT_EQ(archive.columns.first().header, u"经销商代码"_s);
    EXPECT_EQ(archive.fileType, oem::FileType::Xlsx);
    const oem::Template complaints = named(u"投诉台账上传"_s);
    bool categoryMapped = false;
    for (const oem::Column &c : complaints.columns)
        if (c.field == u"category"_s)
            categoryMapped = c.codes.value(u"product_quality"_s) == u"C01"_s && c.codes.value(u"other"_s) == u"C99"_s;
    EXPECT_TRUE(categoryMapped);
}

TEST_P(OemServiceTest, IncrementalUploadFollowsChangesMergesAndErasures)
{
    const qint64 wang = customer(u"王伟"_s, u"13800138001"_s, u"M"_s, u"LFV2A21K8N3000001"_s);
    const qint64 li = customer(u"李娜"_s, u"13800138002"_s, u"F"_s, u"LFV2A21K8N3000002"_s);
    const oem::Template t = named(u"客户档案上传"_s);

    auto first = upload(t, UploadMode::Changed, u"1.xlsx"_s);
    ASSERT_OK(first);
    EXPECT_EQ(first->rows, 2);
    EXPECT_TRUE(first->since.isEmpty()); // never uploaded: everything so far
    QList<QStringList> rows = rowsOf(first->path);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[1][0], u"FVW-GZ-0427"_s);
    EXPECT_EQ(rows[1][2], u"王伟"_s);
    EXPECT_EQ(rows[1][3], u"男"_s); // our M as the manufacturer writes it
    EXPECT_EQ(rows[2][3], u"女"_s);
    EXPECT_EQ(rows[1][8], u"LFV2A21K8N3000001"_s);
    EXPECT_EQ(rows[1][12], u"2025-03-05"_s);
    EXPECT_EQ(rows[1][16], u"正常"_s);

    auto nothing = upload(t, UploadMode::Changed, u"2.xlsx"_s);
    ASSERT_OK(nothing);
    EXPECT_EQ(nothing->rows, 0);
    EXPECT_EQ(nothing->since, first->until);

    { // a change of one customer
        Transaction tx(db());
        auto c = CustomerRepository(db()).customer(li);
        ASSERT_OK(c);
        CustomerRow row = **c;
        row.city = u"广州"_s;
        ASSERT_OK(CustomerRepository(db()).updateCustomer(row, toStoredUtc(m_clock.nowUtc())));
        ASSERT_OK(tx.commit());
    }
    auto changed = upload(t, UploadMode::Changed, u"3.xlsx"_s);
    ASSERT_OK(changed);
    ASSERT_EQ(changed->rows, 1);
    EXPECT_EQ(rowsOf(changed->path)[1][2], u"李娜"_s);

    // A merge: the survivor (with both vehicles now) and the duplicate, reported as merged into it.
    const qint64 dup = customer(u"王伟"_s, u"13800138009"_s, u"M"_s, u"LFV2A21K8N3000003"_s);
    ASSERT_OK(upload(t, UploadMode::Changed, u"4.xlsx"_s));
    ASSERT_OK(MergeService(ctx()).merge(archivist, wang, dup));
    auto merged = upload(t, UploadMode::Changed, u"5.xlsx"_s);
    ASSERT_OK(merged);
    rows = rowsOf(merged->path);
    QStringList statuses;
    for (int i = 1; i < rows.size(); ++i)
        statuses << rows[i][1] + u':' + rows[i][16] + u':' + rows[i][17];
    EXPECT_TRUE(statuses.contains(u"%1:合并:%2"_s.arg(dup).arg(wang))) << statuses.join(u' ').toStdString();
    EXPECT_TRUE(statuses.contains(u"%1:正常:"_s.arg(wang))) << statuses.join(u' ').toStdString();

    // Erasure: the customer goes up as deleted, and the lines already sent about them are emptied.
    ASSERT_OK(PrivacyService(ctx()).anonymise(archivist, li, u"客户要求删除"_s));
    auto erased = upload(t, UploadMode::Changed, u"6.xlsx"_s);
    ASSERT_OK(erased);
    rows = rowsOf(erased->path);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][16], u"删除"_s);
    EXPECT_NE(rows[1][2], u"李娜"_s);
    auto rebuilt = OemService(ctx()).regenerate(archivist, changed->batchId, dir.filePath(u"3-again.xlsx"_s));
    ASSERT_OK(rebuilt);
    EXPECT_FALSE(rebuilt->identical); // what it said about 李娜 is gone

    auto all = upload(t, UploadMode::All, u"all.xlsx"_s);
    ASSERT_OK(all);
    EXPECT_EQ(all->rows, 2); // 王伟's two vehicles; the merged and the erased are not live records
}

TEST_P(OemServiceTest, APastBatchIsRebuiltByteForByte)
{
    customer(u"王伟"_s, u"13800138001"_s, u"M"_s, u"LFV2A21K8N3000001"_s);
    for (const QString &name : {u"客户档案上传"_s, u"转介绍与再营销结果上传"_s}) {
        oem::Template t = named(name);
        t.fileType = oem::FileType::CsvGb18030;
        if (name == u"客户档案上传"_s)
            t.fileType = oem::FileType::Xlsx;
        ASSERT_OK(OemService(ctx()).saveTemplate(archivist, t));
        auto made = upload(t, UploadMode::All, u"made."_s + oem::suffix(t.fileType));
        ASSERT_OK(made);
        auto batches = OemService(ctx()).batches(archivist, t.id);
        ASSERT_OK(batches);
        ASSERT_FALSE(batches->isEmpty());
        EXPECT_EQ(batches->first().sha256, made->sha256);
        EXPECT_EQ(batches->first().username, u"陈美玲"_s);
        m_clock.advanceSecs(3600);
        customer(u"新客户"_s, u"13800138005"_s, u"F"_s, u"LFV2A21K8N300000"_s + QString::number(name.size()));
        auto again = OemService(ctx()).regenerate(archivist, made->batchId, dir.filePath(u"again."_s + oem::suffix(t.fileType)));
        ASSERT_OK(again);
        EXPECT_TRUE(again->identical);
        EXPECT_EQ(again->sha256, made->sha256);
    }
    // The CSV is GB18030 without a BOM, as the manufacturer's portal reads it.
    QFile csv(dir.filePath(u"made.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    auto text = TextCodec::decode(bytes, TextCodec::Encoding::Gb18030);
    ASSERT_OK(text);
    EXPECT_TRUE(text->startsWith(u"经销商代码,线索编号"_s));
}

TEST_P(OemServiceTest, TemplatesAreValidatedSharedAndNeedThePermission)
{
    oem::Template t = named(u"回访结果上传"_s);
    oem::Template bad = t;
    bad.id = 0;
    bad.name = u"坏模板"_s;
    bad.columns << oem::Column{u"no_such_field"_s, u"X"_s, {}, {}};
    auto refused = OemService(ctx()).saveTemplate(archivist, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"no_such_field"_s));
    bad.columns.removeLast();
    bad.columns << bad.columns.first();
    refused = OemService(ctx()).saveTemplate(archivist, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(bad.columns.first().header));

    const QString file = dir.filePath(u"shared.json"_s);
    ASSERT_OK(OemService(ctx()).exportTemplate(archivist, t.id, file));
    auto clash = OemService(ctx()).importTemplate(archivist, file);
    EXPECT_FALSE(clash.ok()); // the same name exists here
    ASSERT_OK(OemService(ctx()).deleteTemplate(archivist, t.id));
    auto imported = OemService(ctx()).importTemplate(archivist, file);
    ASSERT_OK(imported);
    const oem::Template back = named(u"回访结果上传"_s);
    EXPECT_EQ(back.columns, t.columns);
    EXPECT_EQ(back.filePattern, t.filePattern);

    EXPECT_EQ(OemService(ctx()).templates(agent).error().kind, Error::Kind::PermissionDenied);
    UploadRequest r;
    r.templateId = back.id;
    r.path = dir.filePath(u"x.xlsx"_s);
    EXPECT_EQ(OemService(ctx()).generate(agent, r).error().kind, Error::Kind::PermissionDenied);
    r.mode = UploadMode::Month;
    r.month = QDate(2026, 11, 1);
    auto wrongMode = OemService(ctx()).generate(archivist, r);
    ASSERT_FALSE(wrongMode.ok());
    EXPECT_EQ(wrongMode.error().kind, Error::Kind::Invalid);
}

CRM_INSTANTIATE_ENGINES(OemServiceTest);
