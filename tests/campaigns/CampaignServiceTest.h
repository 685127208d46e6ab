#pragma once
// The campaigns' fixture: a small archive whose segment counts are computed by hand.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "core/Vin.h"
#include "data/Transaction.h"
#include "services/SettingsService.h"

class CampaignFixture : public crm::test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        using namespace Qt::StringLiterals;
        agent = crm::test::insertUser(db(), u"agent"_s, u"李晓红"_s, crm::Role::Agent);
        agent2 = crm::test::insertUser(db(), u"agent2"_s, u"陈静"_s, crm::Role::Agent);
        manager = crm::test::insertUser(db(), u"boss"_s, u"张经理"_s, crm::Role::Manager);
        at(kToday, QTime(10, 0));
    }
    void at(const QDate &d, const QTime &t) { m_clock.set(QDateTime(d, t).toUTC()); }
    // A valid VIN (check digit computed) from a 16-character stem.
    static QString vin(int n)
    {
        QString stem = QStringLiteral("LSVAU218") + QStringLiteral("N2%1").arg(n, 6, 10, QLatin1Char('0'));
        QString v = stem.left(8) + QLatin1Char('0') + stem.mid(8);
        v[8] = crm::Vin::checkDigit(v);
        return v;
    }
    struct Person {
        qint64 customer = 0;
        qint64 vehicle = 0;
        QString vin;
    };
    Person person(const QString &name, const QString &mobile, const QString &model, const QDate &delivered, bool marketingConsent,
                  const QString &optOut = {}, const QString &status = QStringLiteral("active"))
    {
        using namespace Qt::StringLiterals;
        crm::data::Transaction tx(db());
        crm::data::CustomerRepository repo(db());
        crm::data::CustomerRow c;
        c.name = name;
        c.mobile = mobile;
        auto cid = repo.insertCustomer(c, u"x"_s);
        EXPECT_TRUE(cid.ok());
        crm::data::VehicleRow v;
        v.customerId = *cid;
        v.vin = vin(++m_vins);
        v.plate = u"浙A%1"_s.arg(10000 + m_vins);
        v.model = model;
        v.deliveryDate = delivered;
        v.status = status;
        auto vid = repo.insertVehicle(v, u"x"_s);
        EXPECT_TRUE(vid.ok());
        if (marketingConsent) {
            EXPECT_TRUE(db().exec(u"INSERT INTO customer_consents(customer_id, purpose, granted, recorded_at, how) "
                                  "VALUES (?, 'marketing_calls', 1, '2026-01-01T00:00:00Z', 'phone')"_s,
                                  {*cid})
                            .ok());
        }
        if (!optOut.isEmpty()) {
            EXPECT_TRUE(db().exec(u"INSERT INTO customer_optouts(customer_id, contact_type, reason, created_at, created_by) "
                                  "VALUES (?, ?, '不需要', '2026-01-01T00:00:00Z', 'x')"_s,
                                  {*cid, optOut})
                            .ok());
        }
        EXPECT_TRUE(repo.refreshDerived({*cid}).ok());
        EXPECT_TRUE(tx.commit().ok());
        return {*cid, *vid, v.vin};
    }
    void set(const QString &key, const QString &value)
    {
        ASSERT_TRUE(crm::services::SettingsService(ctx()).set(sys, key, value).ok());
    }
    qint64 count(const QString &sql, const QVariantList &binds = {}) { return db().scalar(sql, binds)->toLongLong(); }

    static inline const QDate kToday{2026, 12, 7};
    const crm::services::Session sys = crm::services::Session::system(QStringLiteral("test"));
    crm::services::Session agent, agent2, manager;
    int m_vins = 0;
};
