// Every table that holds rows about a customer is declared by exactly one module's
// CustomerDataPart, so merge, the data copy and erasure cannot forget a table a new module adds
// (the schema is read from the migrated database, on both engines).
#include "TestDatabase.h"

#include "archives/data/CustomerData.h"

#include <QSet>

using namespace crm;
using namespace Qt::StringLiterals;

class CustomerDataTest : public test::DbTest {
protected:
    // Every table of the schema with a customer_id column.
    QStringList tablesWithCustomerId()
    {
        auto q = db().engine() == data::Engine::Sqlite
                     ? db().exec(u"SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) p "
                                 "WHERE m.type = 'table' AND p.name = 'customer_id' ORDER BY m.name"_s)
                     : db().exec(u"SELECT table_name FROM information_schema.columns WHERE column_name = 'customer_id' "
                                 "AND table_schema = current_schema() ORDER BY table_name"_s);
        EXPECT_TRUE(q.ok());
        QStringList out;
        while (q.ok() && q->next())
            out << q->value(0).toString();
        return out;
    }
};

TEST_P(CustomerDataTest, EveryTableWithACustomerIdIsDeclaredByOneModule)
{
    QMap<QString, QString> declaredBy;
    QStringList twice;
    for (const data::CustomerDataPart &p : data::customerDataParts())
        for (const QString &t : p.moveOnMerge + p.keepOnMerge) {
            if (declaredBy.contains(t))
                twice << t;
            declaredBy.insert(t, p.module);
        }
    EXPECT_TRUE(twice.isEmpty()) << "declared by two modules: " << twice.join(u", "_s).toStdString();

    const QStringList tables = tablesWithCustomerId();
    ASSERT_GE(tables.size(), 10) << "the schema query found too few tables to be right";
    QStringList undeclared;
    for (const QString &t : tables)
        if (!declaredBy.contains(t))
            undeclared << t;
    EXPECT_TRUE(undeclared.isEmpty()) << "tables with a customer_id that no module's CustomerDataPart declares (merge and "
                                         "erasure would miss them): "
                                      << undeclared.join(u", "_s).toStdString();
    for (auto it = declaredBy.cbegin(); it != declaredBy.cend(); ++it)
        EXPECT_TRUE(tables.contains(it.key()))
            << it.key().toStdString() << " (declared by " << it.value().toStdString() << ") has no customer_id column";
}

TEST_P(CustomerDataTest, TheMergeMovesTheTablesItMovedBeforeInTheSameOrder)
{
    // The list CustomerRepository::moveOwnedRows used to keep by hand (merge undo replays it).
    EXPECT_EQ(data::tablesMovedOnMerge(),
              QStringList({u"vehicles"_s, u"service_visits"_s, u"vehicle_ownership"_s, u"documents"_s, u"followup_tasks"_s,
                           u"followup_calls"_s, u"appointments"_s, u"inbound_calls"_s, u"complaints"_s, u"survey_responses"_s,
                           u"club_members"_s, u"club_events"_s, u"member_services"_s, u"leads"_s, u"campaign_targets"_s,
                           u"messages"_s, u"feedback_items"_s, u"oem_survey_results"_s, u"privacy_requests"_s}));
}

TEST_P(CustomerDataTest, EverySectionOfTheDataCopyReads)
{
    auto copy = data::readCustomerData(db(), 1);
    ASSERT_OK(copy);
    int sections = 0;
    for (const data::CustomerDataPart &p : data::customerDataParts())
        for (const auto &section : p.copy) {
            EXPECT_TRUE(copy->contains(section.first)) << section.first.toStdString();
            ++sections;
        }
    EXPECT_EQ(copy->size(), sections) << "two sections share a name";
}

CRM_INSTANTIATE_ENGINES(CustomerDataTest);
