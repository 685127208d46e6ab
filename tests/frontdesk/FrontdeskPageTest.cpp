// The front desk driven through its real widgets: an inbound call from a number nobody has, the
// caller added with the number filled in, a slot booked and the call saved; the reception's day
// with the slot's load, its steps (confirmed, arrived) and the day sheet; the week's grid.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "data/Transaction.h"
#include "frontdesk/services/AppointmentService.h"
#include "frontdesk/ui/DeskListsDialog.h"
#include "frontdesk/ui/FrontdeskFigures.h"
#include "frontdesk/ui/FrontdeskPage.h"
#include "frontdesk/ui/InboundCallDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class FrontdeskPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_agent = test::insertUser(*m_t.db, u"agent"_s, u"李晓红"_s, Role::Agent);
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    // Runs `step` on the next modal dialog that opens (its own checks included).
    static void onNextDialog(std::function<void(QDialog *)> step)
    {
        test::onNextDialog(
            [step](QWidget *w) {
                auto *d = qobject_cast<QDialog *>(w);
                ASSERT_TRUE(d) << "not a dialog";
                step(d);
            },
            100);
    }
    static void ok(QDialog *d)
    {
        auto *box = d->findChild<QDialogButtonBox *>();
        ASSERT_TRUE(box);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole) {
                b->click();
                return;
            }
        ADD_FAILURE() << "no OK button";
    }
    qint64 scalar(const QString &sql) { return m_t.db->scalar(sql)->toLongLong(); }

    test::TestDb m_t;
    // Monday 7 December 2026, 09:00 at the desk.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0)).toUTC()};
    services::Session m_agent;
};
} // namespace

TEST_F(FrontdeskPageTest, AnInboundCallFromAnUnknownNumberEndsInABookedAppointment)
{
    AppContext app{ctx(), m_agent, false};
    crm::ui::frontdesk::InboundCallDialog call(app, u"139 1234 5678"_s);
    call.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&call));
    auto *details = call.findChild<QLabel *>(u"inboundDetails"_s);
    EXPECT_TRUE(details->text().contains(u"New customer"_s)) << details->text().toStdString();
    auto *book = call.findChild<QPushButton *>(u"inboundBook"_s);
    EXPECT_FALSE(book->isEnabled()); // nobody to book for yet

    onNextDialog([](QDialog *d) {
        auto *mobile = d->findChild<QLineEdit *>(u"mobile"_s);
        ASSERT_TRUE(mobile);
        EXPECT_EQ(mobile->text(), u"139 1234 5678"_s); // the number is filled in
        d->findChild<QLineEdit *>(u"name"_s)->setText(u"赵新客"_s);
        ok(d);
    });
    call.findChild<QPushButton *>(u"inboundNewCustomer"_s)->click();
    ASSERT_TRUE(book->isEnabled());
    EXPECT_TRUE(details->text().contains(u"赵新客"_s));

    onNextDialog([](QDialog *d) {
        EXPECT_EQ(d->objectName(), u"bookingDialog"_s);
        auto *slotBox = d->findChild<QComboBox *>(u"bookingSlot"_s);
        ASSERT_TRUE(slotBox);
        EXPECT_GT(slotBox->count(), 0);
        EXPECT_TRUE(slotBox->currentText().startsWith(u"09:00"_s)) << slotBox->currentText().toStdString(); // first free from now
        ok(d);
    });
    book->click();
    EXPECT_EQ(call.findChild<QComboBox *>(u"inboundPurpose"_s)->currentData().toString(), u"appointment"_s);
    // A question nobody at the desk could answer goes to its department with the call.
    auto *category = call.findChild<QComboBox *>(u"inboundFeedbackCategory"_s);
    category->setCurrentIndex(category->findData(u"enquiry"_s));
    test::typeCommitted(call.findChild<QLineEdit *>(u"inboundFeedback"_s), u"延保能否转给下一任车主"_s);
    call.findChild<QPushButton *>(u"inboundSave"_s)->click();
    ASSERT_GT(call.callId(), 0) << call.findChild<QLabel *>(u"inboundError"_s)->text().toStdString();
    EXPECT_EQ(m_t.db
                  ->scalar(u"SELECT i.source || ' ' || i.category || ' ' || d.code FROM feedback_items i "
                           "JOIN departments d ON d.id = i.department_id WHERE i.source_id = ?"_s,
                           {call.callId()})
                  ->toString(),
              u"inbound_call enquiry customer_relations"_s);

    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM customers WHERE mobile = '13912345678'"_s), 1);
    EXPECT_EQ(m_t.db->scalar(u"SELECT scheduled_at || ' ' || source || ' ' || status FROM appointments"_s)->toString(),
              u"2026-12-07T09:00 inbound_call booked"_s);
    EXPECT_EQ(scalar(u"SELECT COUNT(*) FROM inbound_calls WHERE appointment_id IS NOT NULL AND purpose = 'appointment'"_s), 1);
}

TEST_F(FrontdeskPageTest, TheReceptionDayShowsTheLoadAndTakesTheSteps)
{
    qint64 customer = 0;
    {
        data::Transaction tx(*m_t.db);
        data::CustomerRow c;
        c.name = u"钱先生"_s;
        c.mobile = u"13800138001"_s;
        auto id = data::CustomerRepository(*m_t.db).insertCustomer(c, u"x"_s);
        ASSERT_OK(id);
        customer = *id;
        ASSERT_OK(tx.commit());
    }
    services::AppointmentService bookService(ctx());
    services::BookingRequest r;
    r.customerId = customer;
    r.at = QDateTime(QDate(2026, 12, 7), QTime(14, 0));
    r.jobType = u"maintenance"_s;
    ASSERT_OK(bookService.book(m_agent, r));
    AppContext app{ctx(), m_agent, false};
    crm::ui::frontdesk::FrontdeskPage page(app);
    page.resize(1366, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableWidget *>(u"appointments"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), u"钱先生"_s);
    auto *slots_ = page.findChild<QTableWidget *>(u"slots"_s);
    bool shown = false;
    for (int row = 0; row < slots_->rowCount(); ++row)
        if (slots_->item(row, 0)->text() == u"14:00"_s)
            shown = slots_->item(row, 1)->text() == u"1 / 3"_s;
    EXPECT_TRUE(shown);
    EXPECT_TRUE(page.findChild<QLabel *>(u"daySummary"_s)->text().contains(u"1.5"_s)); // 90 minutes of labour

    table->selectRow(0);
    auto *confirm = page.findChild<QPushButton *>(u"confirm"_s);
    ASSERT_TRUE(confirm->isEnabled());
    confirm->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT status FROM appointments"_s)->toString(), u"confirmed"_s);
    table->selectRow(0);
    page.findChild<QPushButton *>(u"arrive"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT status FROM appointments"_s)->toString(), u"arrived"_s);
    table->selectRow(0);
    EXPECT_FALSE(page.findChild<QPushButton *>(u"cancel"_s)->isEnabled()); // arrived: only completed is left
    EXPECT_TRUE(page.daySheetHtml().contains(u"钱先生"_s));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"sheet.pdf"_s);
    ASSERT_OK(page.saveDaySheet(pdf));
    EXPECT_TRUE(test::pdfText(pdf).contains(u"钱先生"_s));

    page.findChild<QTabWidget *>(u"bookViews"_s)->setCurrentIndex(1);
    auto *week = page.findChild<QTableWidget *>(u"week"_s);
    ASSERT_EQ(week->columnCount(), 7);
    bool weekShows = false;
    for (int row = 0; row < week->rowCount(); ++row)
        if (week->verticalHeaderItem(row)->text() == u"14:00"_s)
            weekShows = week->item(row, 0)->text() == u"1 / 3"_s; // Monday
    EXPECT_TRUE(weekShows);
}

TEST_F(FrontdeskPageTest, AManagerKeepsTheListsAndSeesTheRates)
{
    const services::Session manager = test::insertUser(*m_t.db, u"boss"_s, u"张经理"_s, Role::Manager);
    AppContext app{ctx(), manager, false};
    crm::ui::frontdesk::DeskListsDialog lists(app);
    lists.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&lists));
    auto *tabs = lists.findChild<QTabWidget *>();
    tabs->setCurrentIndex(1); // service advisors
    lists.findChild<QPushButton *>(u"addEntry"_s)->click();
    auto *advisors = lists.findChild<QTableWidget *>(u"list_advisor"_s);
    advisors->item(advisors->rowCount() - 1, 0)->setText(u"周强"_s);
    auto *jobs = lists.findChild<QTableWidget *>(u"list_job_type"_s);
    jobs->item(1, 1)->setData(Qt::EditRole, 75);    // 保养 takes 75 minutes here
    jobs->item(6, 2)->setCheckState(Qt::Unchecked); // no insurance jobs booked at this store
    lists.accept();
    EXPECT_EQ(lists.result(), QDialog::Accepted);
    EXPECT_EQ(m_t.db->scalar(u"SELECT COUNT(*) FROM frontdesk_lists WHERE list = 'advisor' AND title = '周强'"_s)->toInt(), 1);
    EXPECT_EQ(m_t.db->scalar(u"SELECT minutes FROM frontdesk_lists WHERE code = 'maintenance'"_s)->toInt(), 75);
    EXPECT_EQ(m_t.db->scalar(u"SELECT active FROM frontdesk_lists WHERE code = 'insurance'"_s)->toInt(), 0);
    EXPECT_EQ(m_t.db->scalar(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'frontdesk_lists'"_s)->toInt(), 3);

    crm::ui::frontdesk::FrontdeskPage page(app);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(page.findChild<QPushButton *>(u"deskLists"_s)->isVisible());
    page.findChild<QTabWidget *>(u"bookViews"_s)->setCurrentIndex(2);
    auto *figures = page.findChild<crm::ui::frontdesk::FrontdeskFigures *>();
    ASSERT_TRUE(figures);
    EXPECT_TRUE(figures->summary().contains(u"—"_s)); // no visits, no appointments: no rate, not 0 %
}

TEST_F(FrontdeskPageTest, ASalesEnquiryOnTheLineBecomesALead)
{
    AppContext app{ctx(), m_agent, false};
    crm::ui::frontdesk::InboundCallDialog call(app, u"13711112222"_s);
    call.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&call));
    onNextDialog([](QDialog *d) {
        const auto fields = d->findChildren<QLineEdit *>();
        ASSERT_GE(fields.size(), 3);
        EXPECT_EQ(fields[1]->text(), u"13711112222"_s); // the caller's number
        fields[0]->setText(u"周先生"_s);
        fields[2]->setText(u"探岳"_s);
        ok(d);
    });
    call.findChild<QPushButton *>(u"inboundLead"_s)->click();
    EXPECT_EQ(m_t.db->scalar(u"SELECT name || ' ' || source || ' ' || model FROM leads"_s)->toString(), u"周先生 phone 探岳"_s);
    EXPECT_EQ(call.findChild<QComboBox *>(u"inboundPurpose"_s)->currentData().toString(), u"sales_enquiry"_s);
    call.findChild<QPushButton *>(u"inboundSave"_s)->click();
    EXPECT_GT(call.callId(), 0);
}
