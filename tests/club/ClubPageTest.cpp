// The club desk driven through its real widgets: find a member by card, report the card lost
// (blocked at once), reissue it (balance and history carried over), and save the statement and
// the card layout as PDFs.
#include "TestDatabase.h"
#include "UiHelpers.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/CustomerService.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/ui/ActivitiesTab.h"
#include "club/ui/ClubPage.h"
#include "club/ui/GiftsTab.h"
#include "data/Transaction.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace crm;
using namespace crm::ui;
using namespace Qt::StringLiterals;

namespace {
class ClubPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto t = test::createEmptyDatabase(data::Engine::Sqlite);
        ASSERT_OK(t);
        m_t = std::move(*t);
        ASSERT_OK(data::Migrator(*m_t.db).migrate());
        m_staff = test::insertUser(*m_t.db, u"club"_s, u"陈美玲"_s, Role::Club);
        data::Transaction tx(*m_t.db);
        data::CustomerRow c;
        c.name = u"钱会员"_s;
        c.mobile = u"13800138001"_s;
        auto id = data::CustomerRepository(*m_t.db).insertCustomer(c, u"x"_s);
        ASSERT_OK(id);
        ASSERT_OK(tx.commit());
        services::ClubService club(ctx());
        auto m = club.enroll(m_staff, *id);
        ASSERT_OK(m);
        m_member = m->id;
        m_card = m->cards.first().number;
        ASSERT_OK(club.earn(m_staff, m_member, 1200, u"保养消费"_s));
    }
    services::Context ctx() { return {*m_t.db, m_clock}; }
    // Answers the next QInputDialog with `text`.
    void answer(const QString &text)
    {
        QTimer::singleShot(50, [text] {
            auto *dlg = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dlg);
            dlg->setTextValue(text);
            dlg->accept();
        });
    }
    test::TestDb m_t;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(2, 0), QTimeZone::utc())};
    services::Session m_staff;
    qint64 m_member = 0;
    QString m_card;
};
} // namespace

TEST_F(ClubPageTest, ReportACardLostAndReissueIt)
{
    AppContext app{ctx(), m_staff, false};
    crm::ui::club::ClubPage page(app);
    page.resize(1400, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = page.findChild<QLineEdit *>(u"memberSearch"_s);
    search->setText(m_card);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(page.currentMember(), m_member); // one match is opened at once
    auto *header = page.findChild<QLabel *>(u"memberHeader"_s);
    EXPECT_TRUE(header->text().contains(u"钱会员"_s));
    EXPECT_TRUE(header->text().contains(QLocale().toString(1200)));
    auto *cards = page.findChild<QTreeWidget *>(u"memberCards"_s);
    ASSERT_EQ(cards->topLevelItemCount(), 1);

    answer(u"在商场丢失"_s);
    page.findChild<QPushButton *>(u"reportLostButton"_s)->click();
    ASSERT_EQ(cards->topLevelItemCount(), 1);
    EXPECT_EQ(cards->topLevelItem(0)->text(1), crm::club::ClubText::cardStatus(u"lost"_s));
    EXPECT_EQ(cards->topLevelItem(0)->text(3), u"在商场丢失"_s); // the reason is on the card
    // Blocked at once: no spending with the lost card.
    auto gift = services::GiftService(ctx()).saveGift(m_staff, services::Gift{0, u"雨伞"_s, 100, 5, true, {}});
    ASSERT_OK(gift);
    EXPECT_FALSE(services::GiftService(ctx()).redeem(m_staff, m_member, *gift, 1, m_card).ok());
    EXPECT_FALSE(services::ClubService(ctx()).spend(m_staff, m_member, 10, u"x"_s).ok());

    // Reissuing asks first; "No" changes nothing.
    {
        test::MessageBoxCloser no(2000);
        page.findChild<QPushButton *>(u"reissueButton"_s)->click();
        EXPECT_EQ(no.texts.size(), 1);
        ASSERT_EQ(cards->topLevelItemCount(), 1);
    }
    QTimer::singleShot(50, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_TRUE(box);
        box->button(QMessageBox::Yes)->click();
    });
    page.findChild<QPushButton *>(u"reissueButton"_s)->click();
    ASSERT_EQ(cards->topLevelItemCount(), 2);
    EXPECT_EQ(cards->topLevelItem(0)->text(1), crm::club::ClubText::cardStatus(u"replaced"_s));
    EXPECT_EQ(cards->topLevelItem(1)->text(1), crm::club::ClubText::cardStatus(u"active"_s));
    const QString newCard = cards->topLevelItem(1)->text(0);
    EXPECT_NE(newCard, m_card);
    EXPECT_TRUE(crm::club::isValidCardNumber(newCard));
    EXPECT_TRUE(header->text().contains(QLocale().toString(1200)));                         // the whole balance carried over
    EXPECT_EQ(page.findChild<QTreeWidget *>(u"memberStatement"_s)->topLevelItemCount(), 1); // and the history
    // The old number is void: searching it finds the member but it can never be used again.
    EXPECT_FALSE(services::GiftService(ctx()).redeem(m_staff, m_member, *gift, 1, m_card).ok());
    ASSERT_OK(services::GiftService(ctx()).redeem(m_staff, m_member, *gift, 1, newCard));

    QTemporaryDir dir;
    ASSERT_OK(page.saveStatementPdf(dir.filePath(u"statement.pdf"_s)));
    ASSERT_OK(page.saveCardPdf(dir.filePath(u"card.pdf"_s)));
    EXPECT_GT(QFileInfo(dir.filePath(u"statement.pdf"_s)).size(), 1000);
    // Readable text at a normal size: one A4 page holding the heading and the ledger's words.
    const QString statement = test::pdfText(dir.filePath(u"statement.pdf"_s));
    EXPECT_TRUE(statement.contains(u"保养消费"_s)) << statement.left(300).toStdString();
    EXPECT_EQ(statement.count(u'\f'), 1);
    EXPECT_GT(QFileInfo(dir.filePath(u"card.pdf"_s)).size(), 500);
    EXPECT_TRUE(page.statementHtml().contains(u"保养消费"_s));
}

TEST_F(ClubPageTest, PointsInOneFormAndGiftsSayWhatTheMemberCannotAfford)
{
    auto cheap = services::GiftService(ctx()).saveGift(m_staff, services::Gift{0, u"雨伞"_s, 100, 5, true, {}});
    auto dear = services::GiftService(ctx()).saveGift(m_staff, services::Gift{0, u"行车记录仪"_s, 5000, 2, true, {}});
    ASSERT_OK(cheap);
    ASSERT_OK(dear);
    AppContext app{ctx(), m_staff, false};
    crm::ui::club::ClubPage page(app);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = page.findChild<QLineEdit *>(u"memberSearch"_s);
    search->setText(m_card);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_EQ(page.currentMember(), m_member);
    // Points to add and what for: one dialog, both fields, a refusal keeps it open.
    bool bothInOne = false;
    QTimer::singleShot(50, [&] {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dlg);
        auto *points = dlg->findChild<QSpinBox *>(u"earnPoints"_s);
        auto *reason = dlg->findChild<QLineEdit *>(u"earnReason"_s);
        bothInOne = points && reason;
        ASSERT_TRUE(bothInOne);
        points->setValue(300);
        reason->setText(u"推荐奖励"_s);
        dlg->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    page.findChild<QPushButton *>(u"addPointsButton"_s)->click();
    EXPECT_TRUE(bothInOne);
    EXPECT_EQ(services::ClubService(ctx()).member(m_staff, m_member)->available, 1500);
    // The gift list names every gift and says which ones the 1,500 points do not reach.
    QStringList offered;
    QTimer::singleShot(50, [&] {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dlg);
        auto *gift = dlg->findChild<QComboBox *>(u"redeemGift"_s);
        ASSERT_TRUE(gift);
        for (int i = 0; i < gift->count(); ++i)
            offered << gift->itemText(i);
        dlg->reject();
    });
    page.findChild<QPushButton *>(u"redeemButton"_s)->click();
    ASSERT_EQ(offered.size(), 2);
    const QString short3500 = QLocale().toString(3500);
    EXPECT_TRUE(std::any_of(offered.begin(), offered.end(),
                            [&](const QString &t) { return t.contains(u"行车记录仪"_s) && t.contains(short3500); }));
    EXPECT_TRUE(std::none_of(offered.begin(), offered.end(),
                             [&](const QString &t) { return t.contains(u"雨伞"_s) && t.contains(short3500); }));
}

TEST_F(ClubPageTest, EnterInThePickersSearchSearchesAndDoesNotSubmit)
{
    ASSERT_OK(services::CustomerService(ctx()).create(
        m_staff, {u"孙入会"_s, u"M"_s, u"13900139002"_s, {}, u"广州"_s, {}, {}, {}, false, {}}));
    AppContext app{ctx(), m_staff, false};
    crm::ui::club::ClubPage page(app);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    bool stayedOpen = false;
    int found = 0;
    QTimer::singleShot(50, [&] {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dlg);
        auto *box = dlg->findChild<QLineEdit *>();
        ASSERT_TRUE(box);
        box->setText(u"孙入会"_s);
        QTest::keyClick(box, Qt::Key_Return);
        stayedOpen = dlg->isVisible();
        found = dlg->findChild<QListWidget *>()->count();
        for (QLabel *l : dlg->findChildren<QLabel *>()) // no "search first" on top of the results
            if (l->isVisible() &&
                l->text().contains(crm::ui::club::GiftsTab::tr("Search, then choose the customer in the list.")))
                stayedOpen = false;
        dlg->reject();
    });
    page.findChild<QPushButton *>(u"enrolButton"_s)->click();
    EXPECT_TRUE(stayedOpen);
    EXPECT_EQ(found, 1);
}

TEST_F(ClubPageTest, AnActivityThatTookPlaceSaysHeldNotOpen)
{
    services::Activity past{0, u"秋季自驾游"_s, QDateTime(QDate(2026, 10, 20), QTime(9, 0)), u"从化"_s, 30, 0, 0, 200, {}, {}};
    services::Activity coming = past;
    coming.title = u"冬季安全检测"_s;
    coming.startsAt = QDateTime(QDate(2026, 12, 12), QTime(9, 0));
    ASSERT_OK(services::ActivityService(ctx()).save(m_staff, past));
    ASSERT_OK(services::ActivityService(ctx()).save(m_staff, coming));
    AppContext app{ctx(), m_staff, false};
    crm::ui::club::ActivitiesTab tab(app);
    tab.reload();
    auto *list = tab.findChild<QTreeWidget *>(u"activityList"_s);
    ASSERT_EQ(list->topLevelItemCount(), 2);
    const int state = list->columnCount() - 1;
    QMap<QString, QString> shown;
    for (int i = 0; i < 2; ++i)
        shown.insert(list->topLevelItem(i)->text(1), list->topLevelItem(i)->text(state));
    EXPECT_EQ(shown.value(u"秋季自驾游"_s), crm::ui::club::ActivitiesTab::tr("Held"));
    EXPECT_EQ(shown.value(u"冬季安全检测"_s), crm::ui::club::ActivitiesTab::tr("Open for registration"));
}
