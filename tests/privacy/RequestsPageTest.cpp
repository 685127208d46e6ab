// The register of personal-data requests as the information supervisor works it: a request
// registered from the customer's card, an overdue one in red, an answer given through the page.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/CustomerCard.h"
#include "privacy/services/RequestService.h"
#include "privacy/ui/RequestsPage.h"
#include "privacy/ui/RetentionPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

using test::onNextDialog;

TEST(RequestsPage, TheSupervisorRegistersAndAnswersARequest)
{
    auto t = test::createEmptyDatabase(data::Engine::Sqlite);
    ASSERT_OK(t);
    ASSERT_OK(data::Migrator(*t->db).migrate());
    FixedClock clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc())};
    services::Context ctx{*t->db, clock};
    const services::Session info = test::insertUser(*t->db, u"info"_s, u"信息员"_s, Role::Archivist);
    services::CustomerInput c;
    c.name = u"欧阳娜娜"_s;
    c.mobile = u"13912345678"_s;
    auto customer = services::CustomerService(ctx).create(info, c);
    ASSERT_OK(customer);
    // One that came in long ago and is past its deadline.
    services::PrivacyRequestInput old;
    old.customerId = *customer;
    old.kind = u"copy"_s;
    old.contact = u"13912345678"_s;
    old.receivedOn = QDate(2026, 10, 20);
    ASSERT_OK(services::RequestService(ctx).registerRequest(info, old));

    AppContext app{ctx, info, false};
    privacy::RequestsPage page(app);
    page.resize(1100, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    auto *table = page.findChild<QTableWidget *>(u"privacyRequests"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), u"欧阳娜娜"_s);
    EXPECT_EQ(table->item(0, 4)->text(), u"2026-11-10"_s);
    EXPECT_FALSE(table->item(0, 4)->toolTip().isEmpty()); // overdue, said in red

    // A person not in the archives, registered from the page.
    onNextDialog([](QWidget *dlg) {
        auto *kind = dlg->findChild<QComboBox *>(u"requestKind"_s);
        kind->setCurrentIndex(kind->findData(u"erasure"_s));
        test::typeCommitted(dlg->findChild<QLineEdit *>(u"requestRequester"_s), u"路人甲"_s);
        test::typeCommitted(dlg->findChild<QLineEdit *>(u"requestContact"_s), u"某某路 1 号"_s);
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page.findChild<QPushButton *>(u"registerRequest"_s)->click();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 1)->text(), u"欧阳娜娜"_s); // the overdue one stays first
    EXPECT_EQ(table->item(1, 1)->text(), u"路人甲"_s);
    EXPECT_EQ(table->item(1, 4)->text(), u"2026-12-14"_s); // 15 working days after 2026-11-23

    // Answering the overdue one: without text the dialog stays open with the reason.
    table->selectRow(0);
    ASSERT_TRUE(page.findChild<QPushButton *>(u"answerRequest"_s)->isEnabled());
    onNextDialog([](QWidget *dlg) {
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        EXPECT_TRUE(dlg->isVisible());
        test::typeCommitted(dlg->findChild<QPlainTextEdit *>(u"answerText"_s), u"副本已当面交给本人"_s);
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page.findChild<QPushButton *>(u"answerRequest"_s)->click();
    page.findChild<QCheckBox *>(u"requestsOpenOnly"_s)->setChecked(true);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), u"路人甲"_s);
    page.findChild<QCheckBox *>(u"requestsOpenOnly"_s)->setChecked(false);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(1, 6)->text(), u"副本已当面交给本人"_s);
    EXPECT_TRUE(table->item(1, 7)->text().contains(u"信息员"_s));
}

// The retention review: the customer past the policy is listed, chosen, erased with the reason the
// supervisor confirms (a modal reason and a confirmation), and the list is read again.
TEST(RetentionPage, TheSupervisorErasesACustomerPastTheRetentionPeriod)
{
    auto t = test::createEmptyDatabase(data::Engine::Sqlite);
    ASSERT_OK(t);
    ASSERT_OK(data::Migrator(*t->db).migrate());
    FixedClock clock{QDateTime(QDate(2010, 3, 1), QTime(2, 0), QTimeZone::utc())};
    services::Context ctx{*t->db, clock};
    const services::Session info = test::insertUser(*t->db, u"info"_s, u"信息员"_s, Role::Archivist);
    services::CustomerInput c;
    c.name = u"十年未见"_s;
    c.mobile = u"13912345670"_s;
    ASSERT_OK(services::CustomerService(ctx).create(info, c)); // in 2010, nothing since
    clock.set(QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc()));
    c.name = u"今年新客"_s;
    c.mobile = u"13912345671"_s;
    ASSERT_OK(services::CustomerService(ctx).create(info, c));

    AppContext app{ctx, info, false};
    privacy::RetentionPage page(app);
    page.resize(1000, 600);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    auto *table = page.findChild<QTableWidget *>(u"retentionCustomers"_s);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), u"十年未见"_s);
    EXPECT_EQ(table->item(0, 2)->text(), u"never"_s);
    EXPECT_TRUE(page.findChild<QLabel *>(u"retentionSummary"_s)->text().contains(u"2016-11-23"_s));

    table->selectRow(0);
    // The reason (its suggested text kept), then the confirmation's Erase.
    QTimer answer;
    QStringList seen;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        QWidget *w = QApplication::activeModalWidget();
        if (auto *reason = qobject_cast<QInputDialog *>(w)) {
            seen << u"reason"_s;
            reason->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
            seen << u"confirm"_s;
            for (QAbstractButton *b : box->buttons())
                if (b->text() == u"Erase"_s)
                    b->click();
        }
    });
    answer.start(50);
    page.findChild<QPushButton *>(u"retentionErase"_s)->click();
    answer.stop();
    EXPECT_EQ(seen, QStringList({u"reason"_s, u"confirm"_s}));
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_EQ(t->db->scalar(u"SELECT COUNT(*) FROM customers WHERE name = '十年未见'"_s)->toInt(), 0);
    EXPECT_EQ(
        t->db->scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'anonymise' AND detail LIKE '%Retention review of%'"_s)
            ->toInt(),
        1);
}

// Withdrawing the last consent offers erasure (PIPL Art. 47) — asked, never done by itself:
// "No" keeps the customer; "Yes" goes through the erasure's own reason and confirmation.
TEST(CustomerCardConsent, WithdrawingTheLastConsentOffersErasure)
{
    auto t = test::createEmptyDatabase(data::Engine::Sqlite);
    ASSERT_OK(t);
    ASSERT_OK(data::Migrator(*t->db).migrate());
    services::Context ctx{*t->db};
    const services::Session archivist = test::insertUser(*t->db, u"info"_s, u"信息员"_s, Role::Archivist);
    services::CustomerInput c;
    c.name = u"曾伟明"_s;
    c.mobile = u"13912345678"_s;
    auto customer = services::CustomerService(ctx).create(archivist, c);
    ASSERT_OK(customer);
    ASSERT_OK(services::CustomerService(ctx).setConsent(archivist, *customer, u"sms"_s, true, u"signed_form"_s));
    AppContext app{ctx, archivist, false};
    archives::CustomerCard card(app);
    card.resize(700, 600);
    card.show();
    card.showCustomer(*customer);
    auto withdrawSms = [&](bool eraseToo) {
        QStringList seen;
        QTimer driver;
        QObject::connect(&driver, &QTimer::timeout, [&] {
            QWidget *w = QApplication::activeModalWidget();
            if (auto *input = qobject_cast<QInputDialog *>(w)) {
                seen << (input->comboBoxItems().isEmpty() ? u"reason"_s : u"how"_s);
                if (input->comboBoxItems().isEmpty())
                    input->setTextValue(u"本人撤回全部授权并要求删除"_s);
                input->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                const bool offer = box->text().contains(u"withdrawn every consent"_s);
                seen << (offer ? u"offer"_s : u"confirm"_s);
                if (offer)
                    box->button(eraseToo ? QMessageBox::Yes : QMessageBox::No)->click();
                else
                    for (QAbstractButton *b : box->buttons())
                        if (box->buttonRole(b) == QMessageBox::AcceptRole)
                            b->click();
            }
        });
        driver.start(30);
        card.findChild<QPushButton *>(u"consentButton_sms"_s)->click();
        driver.stop();
        return seen;
    };
    EXPECT_EQ(withdrawSms(false), (QStringList{u"how"_s, u"offer"_s}));
    EXPECT_FALSE(t->db->scalar(u"SELECT mobile FROM customers WHERE id = ?"_s, {*customer})->isNull());
    // Given again and withdrawn again, this time with erasure.
    ASSERT_OK(services::CustomerService(ctx).setConsent(archivist, *customer, u"sms"_s, true, u"signed_form"_s));
    card.showCustomer(*customer);
    EXPECT_EQ(withdrawSms(true), (QStringList{u"how"_s, u"offer"_s, u"reason"_s, u"confirm"_s}));
    EXPECT_TRUE(t->db->scalar(u"SELECT mobile FROM customers WHERE id = ?"_s, {*customer})->isNull());
}
