#include "TestDatabase.h"

#include "archives/services/CustomerService.h"
#include "archives/services/DocumentService.h"
#include "data/AuditRepository.h"
#include "services/SettingsService.h"

#include <QFile>
#include <QTemporaryDir>

using namespace crm;
using namespace crm::services;
using namespace Qt::StringLiterals;

class DocumentServiceTest : public test::DbTest {};

TEST_P(DocumentServiceTest, FilesAreStoredOnceByChecksumAndTamperingIsDetected)
{
    QTemporaryDir dir;
    ASSERT_OK(SettingsService(ctx()).set(Session::system(u"test"_s), settings::kDocumentStore, dir.filePath(u"store"_s)));
    const Session archivist{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
    auto customer = CustomerService(ctx()).create(archivist, {u"王芳"_s, {}, u"13712345678"_s, {}, {}, {}, {}, {}, false, {}});
    ASSERT_OK(customer);
    const QString scan = dir.filePath(u"合同扫描.pdf"_s);
    QFile f(scan);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 purchase contract");
    f.close();

    DocumentService docs(ctx());
    auto first = docs.attach(archivist, *customer, 0, u"purchase_contract"_s, scan, u"档案柜A-3 / 盒12"_s);
    ASSERT_OK(first);
    auto second = docs.attach(archivist, *customer, 0, u"settlement"_s, scan, {});
    ASSERT_OK(second);
    auto list = docs.list(archivist, *customer);
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->first().storedPath, list->last().storedPath); // same content, stored once
    EXPECT_EQ(list->last().fileName, u"合同扫描.pdf"_s);
    EXPECT_EQ(list->last().archiveLocation, u"档案柜A-3 / 盒12"_s);
    auto path = docs.openPath(archivist, *first);
    ASSERT_OK(path);
    EXPECT_TRUE(path->startsWith(dir.filePath(u"store"_s)));

    // The card's timeline shows the filing.
    auto card = CustomerService(ctx()).card(archivist, *customer);
    ASSERT_OK(card);
    EXPECT_EQ(std::count_if(card->timeline.begin(), card->timeline.end(), [](const auto &e) { return e.kind == u"document"_s; }),
              2);

    // A changed stored copy is not handed out as the original.
    QFile stored(*path);
    ASSERT_TRUE(stored.open(QIODevice::Append));
    stored.write("tampered");
    stored.close();
    auto tampered = docs.openPath(archivist, *first);
    ASSERT_FALSE(tampered.ok());
    EXPECT_TRUE(tampered.error().message.contains(u"档案柜A-3"_s)) << tampered.error().message.toStdString();

    ASSERT_OK(docs.remove(archivist, *second));
    EXPECT_EQ(docs.list(archivist, *customer)->size(), 1);
    EXPECT_EQ(*data::AuditRepository(db()).count({u"delete"_s, u"documents"_s, {}}), 1);
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    EXPECT_EQ(docs.attach(manager, *customer, 0, u"other"_s, scan, {}).error().kind, Error::Kind::PermissionDenied);
    EXPECT_FALSE(docs.attach(archivist, *customer, 0, u"other"_s, dir.filePath(u"missing.pdf"_s), {}).ok());
}

CRM_INSTANTIATE_ENGINES(DocumentServiceTest);
