#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/ChurnService.h"
#include "archives/services/CustomerService.h"
#include "data/AuditRepository.h"
#include "data/Transaction.h"

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class OwnershipConsentTest : public test::DbTest {
protected:
    qint64 customer(const QString &name, const QString &mobile)
    {
        auto id = CustomerService(ctx()).create(m_archivist, {name, {}, mobile, {}, u"广州"_s, {}, {}, {}, false, {}});
        EXPECT_TRUE(id.ok());
        return id ? *id : 0;
    }
    Session m_archivist{0, u"archivist"_s, u"王建国"_s, Role::Archivist};
};

TEST_P(OwnershipConsentTest, TransferKeepsBothHistories)
{
    const qint64 seller = customer(u"赵敏"_s, u"18600002222"_s);
    const qint64 buyer = customer(u"钱多多"_s, u"15900003333"_s);
    VehicleInput v;
    v.vin = u"1M8GDM9AXKP042788"_s;
    v.plate = u"粤AX1234"_s;
    v.model = u"探岳"_s;
    v.deliveryDate = QDate(2021, 5, 5);
    CustomerService s(ctx());
    auto vid = s.addVehicle(m_archivist, seller, v);
    ASSERT_OK(vid);
    {
        Transaction tx(db());
        ASSERT_OK(CustomerRepository(db()).insertVisit(
            {0, *vid, seller, QDate(2022, 5, 6), u"maintenance"_s, 9000, u"陈刚"_s, 60000}, u"x"_s));
        ASSERT_OK(tx.commit());
    }
    ASSERT_OK(s.transferVehicle(m_archivist, *vid, buyer, QDate(2026, 10, 1), u"二手车私下转让"_s));
    auto sellerCard = s.card(m_archivist, seller);
    auto buyerCard = s.card(m_archivist, buyer);
    ASSERT_OK(sellerCard);
    ASSERT_OK(buyerCard);
    EXPECT_TRUE(sellerCard->vehicles.isEmpty());
    ASSERT_EQ(buyerCard->vehicles.size(), 1);
    // The seller keeps the visit and sees the car leave; the buyer sees it arrive.
    QStringList sellerKinds, buyerKinds;
    for (const auto &e : sellerCard->timeline)
        sellerKinds << e.kind;
    for (const auto &e : buyerCard->timeline)
        buyerKinds << e.kind;
    EXPECT_TRUE(sellerKinds.contains(u"visit"_s));
    EXPECT_TRUE(sellerKinds.contains(u"ownership_end"_s));
    EXPECT_TRUE(buyerKinds.contains(u"ownership"_s));
    EXPECT_FALSE(buyerKinds.contains(u"visit"_s));
    // Search follows the car.
    auto found = s.search(m_archivist, u"AX1234"_s, 5);
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->first().id, buyer);
    EXPECT_EQ(*AuditRepository(db()).count({u"transfer"_s, u"vehicles"_s, {}}), 1);
    EXPECT_FALSE(s.transferVehicle(m_archivist, *vid, buyer, QDate(2026, 10, 2), {}).ok()); // already theirs
}

TEST_P(OwnershipConsentTest, ConsentIsRecordedWithdrawnAndAudited)
{
    const qint64 id = customer(u"李娜"_s, u"13912345678"_s);
    CustomerService s(ctx());
    ASSERT_OK(s.setConsent(m_archivist, id, u"marketing_calls"_s, true, u"signed_form"_s));
    ASSERT_OK(s.setConsent(m_archivist, id, u"marketing_calls"_s, false, u"phone"_s));
    EXPECT_FALSE(s.setConsent(m_archivist, id, u"telepathy"_s, true, u"phone"_s).ok());
    EXPECT_FALSE(s.setConsent(m_archivist, id, u"sms"_s, true, u""_s).ok());
    auto card = s.card(m_archivist, id);
    ASSERT_OK(card);
    ASSERT_EQ(card->consents.size(), 1);
    EXPECT_FALSE(card->consents.first().granted);
    EXPECT_EQ(card->consents.first().how, u"phone"_s);
    EXPECT_EQ(*AuditRepository(db()).count({u"consent"_s, {}, {}}), 1);
    EXPECT_EQ(*AuditRepository(db()).count({u"withdraw"_s, {}, {}}), 1);
    const Session manager{0, u"manager"_s, u"张经理"_s, Role::Manager};
    EXPECT_EQ(s.setConsent(manager, id, u"sms"_s, true, u"phone"_s).error().kind, Error::Kind::PermissionDenied);
}

TEST_P(OwnershipConsentTest, VehicleStatusAndHandEnteredVisits)
{
    const qint64 id = customer(u"周杰"_s, u"13500005555"_s);
    CustomerService s(ctx());
    VehicleInput v;
    v.vin = u"LFVAB15A9PA040001"_s;
    v.plate = u"粤A12345"_s;
    v.model = u"速腾"_s;
    v.deliveryDate = QDate(2024, 1, 1);
    auto vid = s.addVehicle(m_archivist, id, v);
    ASSERT_OK(vid);
    auto visit = s.addVisit(m_archivist, *vid, {0, 0, 0, QDate(2026, 6, 1), u"maintenance"_s, 21000, u"陈刚"_s, 88000});
    ASSERT_OK(visit);
    auto card = s.card(m_archivist, id);
    EXPECT_EQ(card->vehicles.first().lastPaidVisit, QDate(2026, 6, 1));
    EXPECT_EQ(card->vehicles.first().mileageKm, 21000);
    EXPECT_FALSE(s.addVisit(m_archivist, *vid, {0, 0, 0, QDate(2030, 1, 1), u"maintenance"_s, 0, {}, 0}).ok());
    EXPECT_FALSE(s.addVisit(m_archivist, *vid, {0, 0, 0, QDate(2026, 1, 1), u"car wash"_s, 0, {}, 0}).ok());

    v.status = u"sold"_s;
    auto noReason = s.updateVehicle(m_archivist, *vid, v);
    ASSERT_FALSE(noReason.ok());
    EXPECT_TRUE(noReason.error().message.contains(u"reason"_s) || noReason.error().message.contains(u"原因"_s));
    v.statusReason = u"卖给外地车商"_s;
    ASSERT_OK(s.updateVehicle(m_archivist, *vid, v));
    VehicleInput otherVin = v;
    otherVin.vin = u"1M8GDM9AXKP042788"_s;
    EXPECT_FALSE(s.updateVehicle(m_archivist, *vid, otherVin).ok());
    // A sold vehicle no longer counts in churn.
    auto states = ChurnService(ctx()).states(m_archivist, QDate(2026, 11, 22));
    ASSERT_OK(states);
    EXPECT_EQ(states->excluded, 1);
    EXPECT_EQ(states->active + states->atRisk + states->lost, 0);
}

CRM_INSTANTIATE_ENGINES(OwnershipConsentTest);
