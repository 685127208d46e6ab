#pragma once
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "data/Transaction.h"
#include "followups/data/FollowupConfigRepository.h"
#include "followups/services/FollowupService.h"
#include "seed/Names.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <tuple>

#include <QProcess>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;

class FollowupServiceTest : public test::DbTest {
protected:
    qint64 customer(const QString &name, bool vip = false, const QDate &birthday = {})
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        CustomerRow c;
        c.name = name;
        c.vip = vip;
        c.birthday = birthday;
        auto id = repo.insertCustomer(c, u"x"_s);
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(tx.commit().ok());
        return *id;
    }
    qint64 vehicle(qint64 customerId, const QString &vin, const QDate &delivered, const QDate &insurance = {})
    {
        CustomerRepository repo(db());
        Transaction tx(db());
        VehicleRow v;
        v.customerId = customerId;
        v.vin = vin;
        v.model = u"速腾"_s;
        v.deliveryDate = delivered;
        v.insuranceExpiry = insurance;
        auto id = repo.insertVehicle(v, u"x"_s);
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(tx.commit().ok());
        return *id;
    }
    QStringList tasks()
    {
        auto q = db().exec(u"SELECT kind || '@' || due_date FROM followup_tasks WHERE status = 'open' ORDER BY kind, due_date"_s);
        QStringList out;
        while (q->next())
            out << q->value(0).toString();
        return out;
    }
    Session sys = Session::system(u"test"_s);
};
