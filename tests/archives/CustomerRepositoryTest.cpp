#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "data/AuditRepository.h"
#include "data/Transaction.h"
#include "services/UserService.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class CustomerArchiveTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_archivist = Session{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
    }
    qint64 add(const QString &name, const QString &mobile, const QString &plate = {}, const QString &vin = {},
               const QString &city = u"广州"_s, const QDate &delivery = {})
    {
        CustomerService s(ctx());
        auto id = s.create(m_archivist, {name, u"M"_s, mobile, {}, city, {}, u"walk_in"_s, {}, false, {}});
        EXPECT_TRUE(id.ok()) << (id ? "" : id.error().text().toStdString());
        if (!vin.isEmpty()) {
            VehicleInput v;
            v.vin = vin;
            v.plate = plate;
            v.model = u"速腾"_s;
            v.deliveryDate = delivery.isValid() ? delivery : QDate(2024, 1, 1);
            auto vid = s.addVehicle(m_archivist, *id, v);
            EXPECT_TRUE(vid.ok()) << (vid ? "" : vid.error().text().toStdString());
        }
        return id ? *id : 0;
    }
    QList<QString> names(const QString &search)
    {
        auto r = CustomerService(ctx()).search(m_archivist, search, 50);
        EXPECT_TRUE(r.ok());
        QList<QString> out;
        for (const auto &row : *r)
            out << row.name;
        std::sort(out.begin(), out.end());
        return out;
    }
    // Every page of a search newest first, walked by cursor as the list does; every page but
    // the last is full.
    QList<qint64> walk(const CustomerQuery &q, int pageSize)
    {
        CustomerService s(ctx());
        QList<qint64> got;
        std::optional<ListCursor> cursor;
        for (int pages = 0; pages < 100; ++pages) {
            auto page = s.page(m_archivist, q, cursor, pageSize);
            EXPECT_TRUE(page.ok());
            if (!page || page->isEmpty())
                break;
            if (page->size() < pageSize) {
                EXPECT_TRUE(s.page(m_archivist, q, CustomerRepository::cursorOf(q, page->last()), pageSize)->isEmpty())
                    << "a short page before the end, page size " << pageSize;
            }
            for (const auto &r : *page)
                got << r.id;
            cursor = CustomerRepository::cursorOf(q, page->last());
        }
        return got;
    }
    Session m_archivist;
};

TEST_P(CustomerArchiveTest, SearchFindsEveryKindOfKey)
{
    add(u"张伟明"_s, u"13812345678"_s, u"粤A12345"_s, u"LFVAB15A9PA040001"_s);
    add(u"张伟"_s, u"13900001111"_s);
    add(u"曾敏"_s, u"+86 186 2222 3333"_s, u"粤AD54321"_s, u"1M8GDM9AXKP042788"_s);
    EXPECT_EQ(names(u"张伟"_s), (QList<QString>{u"张伟"_s, u"张伟明"_s})); // 2-character name prefix
    EXPECT_EQ(names(u"伟明"_s), QList<QString>{u"张伟明"_s});              // part of a name
    EXPECT_EQ(names(u"zwm"_s), QList<QString>{u"张伟明"_s});               // pinyin initials
    EXPECT_EQ(names(u"zw"_s), (QList<QString>{u"张伟"_s, u"张伟明"_s}));
    EXPECT_EQ(names(u"zm"_s), QList<QString>{u"曾敏"_s});                  // 曾 read zeng
    EXPECT_EQ(names(u"5678"_s), QList<QString>{u"张伟明"_s});              // mobile last 4
    EXPECT_EQ(names(u"186 2222 3333"_s), QList<QString>{u"曾敏"_s});       // whole mobile, as written
    EXPECT_EQ(names(u"粤A12345"_s), QList<QString>{u"张伟明"_s});          // plate
    EXPECT_EQ(names(u"ad543"_s), QList<QString>{u"曾敏"_s});               // plate without province, partial
    EXPECT_EQ(names(u"042788"_s), QList<QString>{u"曾敏"_s});              // VIN last 6
    EXPECT_EQ(names(u"LFVAB15A9PA040001"_s), QList<QString>{u"张伟明"_s}); // whole VIN
    EXPECT_EQ(names(u"PA040001"_s), QList<QString>{u"张伟明"_s});          // any VIN tail: the last 8
    EXPECT_EQ(names(u"AXKP042788"_s), QList<QString>{u"曾敏"_s});          // … or 10
    EXPECT_EQ(names(u"5A9PA040001"_s), QList<QString>{u"张伟明"_s});
    EXPECT_TRUE(names(u"不存在"_s).isEmpty());
    EXPECT_TRUE(names(u"%"_s).isEmpty()); // wildcards are text, not patterns
    EXPECT_TRUE(names(u"*"_s).isEmpty());
    EXPECT_TRUE(names(u"' OR 1=1 --"_s).isEmpty());
}

TEST_P(CustomerArchiveTest, ListPagesInEverySortWithoutGapsOrRepeats)
{
    for (int i = 0; i < 57; ++i)
        add(u"客户%1"_s.arg(i % 7), u"1380000%1"_s.arg(1000 + i), {}, {}, i % 2 ? u"广州"_s : u"佛山"_s);
    CustomerService s(ctx());
    for (auto sort : {CustomerQuery::Sort::Newest, CustomerQuery::Sort::Name, CustomerQuery::Sort::City}) {
        CustomerQuery q;
        q.sort = sort;
        QSet<qint64> seen;
        QList<CustomerListRow> order;
        std::optional<ListCursor> cursor;
        int pages = 0;
        while (true) {
            auto page = s.page(m_archivist, q, cursor, 10);
            ASSERT_OK(page);
            if (page->isEmpty())
                break;
            ++pages;
            for (const auto &r : *page) {
                EXPECT_FALSE(seen.contains(r.id));
                seen.insert(r.id);
                order << r;
                EXPECT_TRUE(r.mobile.contains(u"****"_s)); // masked in lists
            }
            cursor = CustomerRepository::cursorOf(q, page->last());
        }
        EXPECT_EQ(seen.size(), 57);
        EXPECT_EQ(pages, 6);
        // A page far from the pages held is reached by position, counted from the nearer end
        // when the total is known (the windowed list): the same row either way.
        for (int position : {0, 1, 9, 27, 28, 29, 40, 55, 56}) {
            SCOPED_TRACE(position);
            for (qint64 total : {qint64(57), qint64(-1)}) {
                auto at = s.cursorAt(m_archivist, q, position, total);
                ASSERT_OK(at);
                ASSERT_TRUE(at->has_value());
                const ListCursor want = CustomerRepository::cursorOf(q, order[position]);
                EXPECT_EQ((*at)->id, want.id);
                EXPECT_EQ((*at)->sortValue, want.sortValue);
            }
            // … and the page after it continues the order.
            auto next = s.page(m_archivist, q, **s.cursorAt(m_archivist, q, position, 57), 3);
            ASSERT_OK(next);
            for (int i = 0; i < next->size(); ++i)
                EXPECT_EQ(next->at(i).id, order[position + 1 + i].id);
        }
        EXPECT_FALSE(s.cursorAt(m_archivist, q, 57, 57)->has_value()); // past the end
        EXPECT_FALSE(s.cursorAt(m_archivist, q, 57, -1)->has_value());
    }
    CustomerQuery fs;
    fs.city = u"佛山"_s;
    EXPECT_EQ(*s.count(m_archivist, fs), 29);
}

TEST_P(CustomerArchiveTest, SearchPagesNewestFirstAreExactWhateverTheKeyWindowLeavesOut)
{
    // A search page first reads only a window of the newest matching keys (CustomerRepository::page);
    // whatever that window leaves out — deleted matches, matches another filter drops — the pages
    // must be the whole result in order, as one read of every match gives.
    QList<qint64> ids;
    for (int i = 0; i < 45; ++i)
        ids << add(u"客户%1"_s.arg(i % 7), u"1390000%1"_s.arg(1000 + i), {}, {}, i % 5 ? u"广州"_s : u"佛山"_s);
    for (int i = 44; i >= 30; i -= 1)
        if (i % 3)
            ASSERT_OK(db().exec(u"UPDATE customers SET deleted_at = '2026-01-01T00:00:00Z' WHERE id = ?"_s, {ids[i]}));
    CustomerService s(ctx());
    for (const QString &city : {QString(), u"佛山"_s}) {
        SCOPED_TRACE(city.toStdString());
        QList<qint64> want;
        for (int i = 44; i >= 0; --i)
            if ((i < 30 || i % 3 == 0) && (city.isEmpty() || i % 5 == 0))
                want << ids[i];
        CustomerQuery q;
        q.search = u"客户"_s;
        q.city = city;
        for (int pageSize : {1, 4, 10, 50})
            EXPECT_EQ(walk(q, pageSize), want) << pageSize;
        EXPECT_EQ(*s.count(m_archivist, q), want.size());
    }
}

TEST_P(CustomerArchiveTest, SearchPagesAreExactWhenEachCustomerHasSeveralMatchingKeys)
{
    // "客" is both the start of the name 客X客 and its last character: two keys per customer, so
    // a window of keys holds half as many customers and the page widens it (CustomerRepository::page).
    const QString middle = u"张王李赵刘陈杨黄周吴"_s;
    QList<qint64> ids;
    for (int i = 0; i < 45; ++i)
        ids << add(u"客"_s + middle.at(i % middle.size()) + u"客"_s, u"1390000%1"_s.arg(2000 + i));
    const QList<qint64> want(ids.crbegin(), ids.crend());
    CustomerQuery q;
    q.search = u"客"_s;
    for (int pageSize : {1, 4, 10, 44, 50})
        EXPECT_EQ(walk(q, pageSize), want) << pageSize;
}

TEST_P(CustomerArchiveTest, ValidationSaysWhatIsWrongAndDuplicatesAreRefused)
{
    CustomerService s(ctx());
    auto badMobile = s.create(m_archivist, {u"李四"_s, {}, u"1381234567"_s, {}, {}, {}, {}, {}, false, {}});
    ASSERT_FALSE(badMobile.ok());
    EXPECT_EQ(badMobile.error().kind, Error::Kind::Invalid);
    const qint64 id = add(u"李四"_s, u"13812340000"_s);
    auto dup = s.create(m_archivist, {u"李四二"_s, {}, u"+86 138 1234 0000"_s, {}, {}, {}, {}, {}, false, {}});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().kind, Error::Kind::Conflict);
    EXPECT_TRUE(dup.error().message.contains(QString::number(id)));
    VehicleInput v;
    v.vin = u"LFVAB15A1PA040001"_s; // wrong check digit
    v.model = u"宝来"_s;
    auto badVin = s.addVehicle(m_archivist, id, v);
    ASSERT_FALSE(badVin.ok());
    EXPECT_TRUE(badVin.error().message.contains(u"VIN"_s)) << badVin.error().message.toStdString();
    v.vin = u"1M8GDM9AXKP042788"_s;
    v.plate = u"粤A1234"_s;
    EXPECT_FALSE(s.addVehicle(m_archivist, id, v).ok());
    v.plate = u"粤B88888"_s;
    ASSERT_OK(s.addVehicle(m_archivist, id, v));
    EXPECT_EQ(s.addVehicle(m_archivist, id, v).error().kind, Error::Kind::Conflict); // same VIN again
}

TEST_P(CustomerArchiveTest, CardHasTheTimelineAndRevealIsAuditedAndPermissioned)
{
    const qint64 id = add(u"王芳"_s, u"13712345678"_s, u"粤A88888"_s, u"LFVAB15A9PA040001"_s, u"广州"_s, QDate(2023, 3, 1));
    auto vehicle = CustomerRepository(db()).vehicleByVin(u"LFVAB15A9PA040001"_s);
    ASSERT_TRUE(vehicle.ok() && vehicle->has_value());
    {
        Transaction tx(db());
        CustomerRepository repo(db());
        ASSERT_OK(repo.insertVisit({0, (*vehicle)->id, id, QDate(2023, 9, 1), u"maintenance"_s, 5000, u"陈刚"_s, 68000}, u"x"_s));
        ASSERT_OK(repo.insertVisit({0, (*vehicle)->id, id, QDate(2024, 9, 1), u"repair"_s, 15000, u"刘洋"_s, 120000}, u"x"_s));
        ASSERT_OK(repo.refreshLastPaidVisit((*vehicle)->id));
        ASSERT_OK(tx.commit());
    }
    CustomerService s(ctx());
    auto card = s.card(m_archivist, id);
    ASSERT_OK(card);
    EXPECT_EQ(card->customer.mobile, u"137****5678"_s);
    ASSERT_EQ(card->vehicles.size(), 1);
    EXPECT_EQ(card->vehicles[0].lastPaidVisit, QDate(2024, 9, 1));
    ASSERT_EQ(card->timeline.size(), 3);
    EXPECT_EQ(card->timeline[0].subKind, u"repair"_s); // newest first
    EXPECT_EQ(card->timeline[2].kind, u"delivery"_s);

    auto full = s.revealMobile(m_archivist, id);
    ASSERT_OK(full);
    EXPECT_EQ(*full, u"13712345678"_s);
    EXPECT_EQ(*AuditRepository(db()).count({u"reveal"_s, u"customers"_s, {}}), 1);
    const Session club{0, u"club"_s, u"陈美玲"_s, Role::Club};
    auto refused = s.revealMobile(club, id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::PermissionDenied);
    EXPECT_EQ(*AuditRepository(db()).count({u"denied"_s, {}, u"club"_s}), 1);
    // The audit of the creation holds the masked number, not the number.
    auto created = AuditRepository(db()).page({u"create"_s, u"customers"_s, {}}, 0, 5);
    ASSERT_FALSE(created->isEmpty());
    EXPECT_FALSE(created->last().afterJson.contains(u"13712345678"_s));
}

CRM_INSTANTIATE_ENGINES(CustomerArchiveTest);
