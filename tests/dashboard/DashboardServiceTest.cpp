// The manager's board on a small data set whose figures are computed by hand: every tile
// against its target and the previous period, empty periods, drill-down to the records, and
// the weekly/monthly report files read back by real readers.
#include "TestDatabase.h"

#include "archives/data/CustomerRepository.h"
#include "archives/services/ChurnService.h"
#include "club/services/ClubService.h"
#include "complaints/services/ComplaintService.h"
#include "dashboard/services/DashboardService.h"
#include "dashboard/services/ReportService.h"
#include "data/Transaction.h"
#include "data/UserRepository.h"
#include "leads/services/LeadService.h"
#include "services/SettingsService.h"
#include "surveys/services/SurveyService.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>

using namespace crm;
using namespace crm::data;
using namespace crm::services;
using namespace Qt::StringLiterals;
using dashboard::Period;
using dashboard::State;

class DashboardServiceTest : public test::DbTest {
protected:
    void SetUp() override
    {
        DbTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        agent = test::insertUser(db(), u"agent"_s, u"李晓红"_s, Role::Agent);
        manager = test::insertUser(db(), u"boss"_s, u"张经理"_s, Role::Manager);
        Transaction tx(db());
        for (int i = 0; i < 6; ++i) {
            CustomerRow c;
            c.name = u"客户"_s + QString::number(i);
            customers << *CustomerRepository(db()).insertCustomer(c, u"x"_s);
        }
        ASSERT_TRUE(tx.commit().ok());
    }
    void at(const QDate &d) { m_clock.set(QDateTime(d, QTime(10, 0)).toUTC()); }
    // A follow-up task as the call desk leaves it.
    void task(int n, const QString &due, const QString &status, const QString &completedDay = {}, const QString &outcome = {})
    {
        const QVariant done = completedDay.isEmpty() ? QVariant() : QVariant(completedDay);
        ASSERT_OK(db().exec(
            u"INSERT INTO followup_tasks(kind, source_key, customer_id, available, due_date, expires, status, assigned_to, "
            "completed_day, completed_by, outcome, created_at, updated_at) VALUES ('service', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"_s,
            {u"t%1"_s.arg(n), customers[n % customers.size()], due, due, u"2027-01-01"_s, status, agent.userId, done,
             completedDay.isEmpty() ? QVariant() : QVariant(agent.userId), outcome.isEmpty() ? QVariant() : QVariant(outcome)}));
    }
    qint64 complaint(const QDate &day, const QString &category)
    {
        at(day);
        ComplaintInput in;
        in.customerId = customers[0];
        in.channel = u"phone"_s;
        in.category = category;
        in.level = u"normal"_s;
        in.description = u"保养后异响"_s;
        auto r = ComplaintService(ctx()).registerComplaint(agent, in);
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->id : 0;
    }
    void build()
    {
        // November: 4 tasks count (one cancelled does not): 3 completed, 2 of them on time.
        task(1, u"2026-11-03"_s, u"done"_s, u"2026-11-03"_s, u"reached"_s);
        task(2, u"2026-11-05"_s, u"done"_s, u"2026-11-07"_s, u"reached"_s);
        task(3, u"2026-11-10"_s, u"unreachable"_s, u"2026-11-10"_s, u"no_answer"_s);
        task(4, u"2026-11-20"_s, u"open"_s);
        task(5, u"2026-11-12"_s, u"cancelled"_s);
        // October: 2 due, both on time.
        task(6, u"2026-10-08"_s, u"done"_s, u"2026-10-08"_s, u"reached"_s);
        task(7, u"2026-10-09"_s, u"done"_s, u"2026-10-09"_s, u"reached"_s);
        // Complaints: one in October, two in November.
        complaint(QDate(2026, 10, 14), u"price"_s);
        repairQuality = complaint(QDate(2026, 11, 5), u"repair_quality"_s);
        complaint(QDate(2026, 11, 6), u"price"_s);
        // One happy sales survey in November: every 1–5 answer 4–5, NPS 9.
        at(QDate(2026, 11, 9));
        SurveyService surveys(ctx());
        const TemplateDef ssi = *surveys.latest(u"ssi"_s).value();
        ResponseInput in;
        in.templateId = ssi.id;
        in.customerId = customers[1];
        in.staff = u"王顾问"_s;
        in.channel = u"paper"_s;
        for (int i = 0; i < 5; ++i)
            in.answers << AnswerInput{i + 1, i < 3 ? 5 : 4, {}};
        in.answers << AnswerInput{6, 9, {}};
        ASSERT_OK(surveys.saveResponse(agent, in));
        // Two members join in November; one earns 500 points and refers a friend who buys.
        at(QDate(2026, 11, 8));
        ClubService club(ctx());
        auto m1 = club.enroll(manager, customers[2]);
        ASSERT_OK(m1);
        ASSERT_OK(club.enroll(manager, customers[3]));
        ASSERT_OK(club.earn(manager, m1->id, 500, u"保养消费"_s, u"visit:1"_s));
        LeadService leads(ctx());
        auto lead = leads.create(
            manager, LeadInput{u"推荐的朋友"_s, u"13900001111"_s, u"referral"_s, {}, u"RAV4"_s, u"刘顾问"_s, {}, m1->id});
        ASSERT_OK(lead);
        for (const QString &s : {u"contacted"_s, u"test_drive"_s, u"ordered"_s, u"delivered"_s})
            ASSERT_OK(leads.step(manager, *lead, s, {}));
        at(QDate(2026, 11, 22));
    }
    Board board(const QString &period)
    {
        auto b = DashboardService(ctx()).board(manager, *Period::parse(period), 3);
        EXPECT_TRUE(b.ok()) << (b.ok() ? std::string() : b.error().text().toStdString());
        return b.ok() ? *b : Board{};
    }
    Session agent, manager;
    QList<qint64> customers;
    qint64 repairQuality = 0;
};

TEST_P(DashboardServiceTest, EveryTileMatchesTheHandComputation)
{
    build();
    const Board b = board(u"2026-11"_s);
    ASSERT_EQ(b.previous.key(), u"2026-10"_s);
    auto tile = [&](const char16_t *id) {
        const Tile *t = b.tile(QString::fromUtf16(id));
        EXPECT_NE(t, nullptr) << QString::fromUtf16(id).toStdString();
        return t ? *t : Tile{};
    };
    EXPECT_DOUBLE_EQ(*tile(u"followup_completion").value, 75.0);
    EXPECT_DOUBLE_EQ(*tile(u"followup_completion").previous, 100.0);
    EXPECT_EQ(tile(u"followup_completion").state, State::Red); // target 95, amber down to 85.5
    EXPECT_DOUBLE_EQ(*tile(u"followup_on_time").value, 50.0);
    EXPECT_EQ(tile(u"followup_on_time").note, u"2 of 4 tasks due"_s);
    EXPECT_DOUBLE_EQ(*tile(u"complaints").value, 2.0);
    EXPECT_DOUBLE_EQ(*tile(u"complaints").previous, 1.0);
    EXPECT_EQ(tile(u"complaints").state, State::Green);         // at most 10 a month
    EXPECT_FALSE(tile(u"complaint_on_time").value.has_value()); // none closed yet: no figure, no state
    EXPECT_EQ(tile(u"complaint_on_time").state, State::None);
    EXPECT_DOUBLE_EQ(*tile(u"nps").value, 100.0);
    EXPECT_DOUBLE_EQ(*tile(u"csat").value, 100.0);
    EXPECT_FALSE(tile(u"csi").value.has_value()); // no service survey answered
    const auto ssi = SurveyService(ctx()).total(manager, b.period.from, b.period.to, u"sales"_s);
    EXPECT_DOUBLE_EQ(*tile(u"ssi").value, *ssi->index());
    EXPECT_DOUBLE_EQ(*tile(u"club_members").value, 2.0);
    EXPECT_DOUBLE_EQ(*tile(u"club_members").previous, 0.0);
    EXPECT_DOUBLE_EQ(*tile(u"points_issued").value, 500.0 + 2000.0); // spend + the referral reward
    EXPECT_DOUBLE_EQ(*tile(u"points_outstanding").value, 2500.0);
    EXPECT_DOUBLE_EQ(*tile(u"points_outstanding").previous, 0.0);
    EXPECT_DOUBLE_EQ(*tile(u"referral_conversion").value, 100.0);
    EXPECT_EQ(tile(u"referral_conversion").state, State::Green);
    EXPECT_EQ(b.tiles.size(), 23);

    // The charts: three months of trend, complaints by category, completion by agent.
    const Chart *byCategory = b.chart(u"complaints_category"_s);
    ASSERT_NE(byCategory, nullptr);
    EXPECT_EQ(byCategory->categories.size(), 2);
    const Chart *growth = b.chart(u"club_growth"_s);
    ASSERT_NE(growth, nullptr);
    EXPECT_EQ(growth->categories, (QStringList{u"2026-09"_s, u"2026-10"_s, u"2026-11"_s}));
    EXPECT_EQ(growth->series[0].values.last(), 2.0);
    const Chart *agents = b.chart(u"followup_agent"_s);
    ASSERT_NE(agents, nullptr);
    ASSERT_EQ(agents->categories, QStringList{u"李晓红"_s});
    EXPECT_DOUBLE_EQ(*agents->series[0].values[0], 75.0);

    // Targets come from the settings: at 80 % the completion is amber (within 10 % of it).
    ASSERT_OK(SettingsService(ctx()).set(manager, settings::dashboardTargetKey(u"followup_completion"_s), u"80"_s));
    EXPECT_EQ(board(u"2026-11"_s).tile(u"followup_completion"_s)->state, State::Amber);
    ASSERT_OK(SettingsService(ctx()).set(manager, settings::dashboardTargetKey(u"complaints_per_month"_s), u"1"_s));
    EXPECT_EQ(board(u"2026-11"_s).tile(u"complaints"_s)->state, State::Red);

    // The board survives a round trip through the desk's cache.
    const auto again = Board::fromJson(b.toJson());
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->tiles.size(), b.tiles.size());
    EXPECT_EQ(again->tile(u"followup_completion"_s)->value, b.tile(u"followup_completion"_s)->value);
    EXPECT_EQ(again->chart(u"club_growth"_s)->series[0].values, growth->series[0].values);
}

TEST_P(DashboardServiceTest, AnEmptyPeriodHasNoRatesAndZeroCounts)
{
    const Board b = board(u"2026-W47"_s);
    EXPECT_EQ(b.period.from, QDate(2026, 11, 16));
    for (const char16_t *id : {u"followup_completion", u"csi", u"nps", u"csat", u"complaint_on_time", u"churn_rate",
                               u"referral_conversion", u"booking_rate", u"show_rate"}) {
        const Tile *t = b.tile(QString::fromUtf16(id));
        ASSERT_NE(t, nullptr);
        EXPECT_FALSE(t->value.has_value()) << QString::fromUtf16(id).toStdString();
        EXPECT_EQ(t->state, State::None);
    }
    EXPECT_DOUBLE_EQ(*b.tile(u"complaints"_s)->value, 0.0);
    EXPECT_EQ(b.tile(u"complaints"_s)->state, State::Green);
    EXPECT_DOUBLE_EQ(*b.tile(u"complaints"_s)->target, 2.3); // 10 a month → a week's share
    EXPECT_EQ(DashboardService(ctx()).board(agent, *Period::parse(u"2026-W47"_s)).error().kind, Error::Kind::PermissionDenied);
}

TEST_P(DashboardServiceTest, DrillDownListsTheRecordsBehindAFigure)
{
    build();
    const Board b = board(u"2026-11"_s);
    DashboardService s(ctx());
    // Follow-ups not done on time: the late one and the open one.
    auto late = s.records(manager, b.tile(u"followup_on_time"_s)->drill);
    ASSERT_OK(late);
    ASSERT_EQ(late->rows.size(), 2);
    EXPECT_EQ(late->rows[0].cells[0], u"2026-11-05"_s);
    EXPECT_EQ(late->rows[1].cells[0], u"2026-11-20"_s);
    EXPECT_EQ(late->rows[0].moduleId, u"archives"_s);
    // A bar of the category chart opens exactly that category's complaints.
    const Chart *byCategory = b.chart(u"complaints_category"_s);
    int repair = -1;
    for (int k = 0; k < byCategory->drills.size(); ++k)
        if (byCategory->drills[k].key == u"category:repair_quality"_s)
            repair = k;
    ASSERT_GE(repair, 0);
    auto cases = s.records(manager, byCategory->drills[repair]);
    ASSERT_OK(cases);
    ASSERT_EQ(cases->rows.size(), 1);
    EXPECT_EQ(cases->rows[0].moduleId, u"complaints"_s);
    EXPECT_EQ(cases->rows[0].key, repairQuality);
    // Every complaint of the month, and the members who joined; a limit says it cut the list.
    auto all = s.records(manager, b.tile(u"complaints"_s)->drill, 1);
    ASSERT_OK(all);
    EXPECT_EQ(all->rows.size(), 1);
    EXPECT_TRUE(all->truncated);
    auto joined = s.records(manager, b.tile(u"club_members"_s)->drill);
    ASSERT_OK(joined);
    EXPECT_EQ(joined->rows.size(), 2);
    auto referrals = s.records(manager, b.tile(u"referral_conversion"_s)->drill);
    ASSERT_OK(referrals);
    ASSERT_EQ(referrals->rows.size(), 1);
    EXPECT_EQ(referrals->rows[0].cells[1], u"推荐的朋友"_s);
    // Every other drill of the board runs on this engine.
    for (const Tile &t : b.tiles)
        EXPECT_OK(s.records(manager, t.drill));
    for (const Chart &c : b.charts)
        for (const Drill &d : c.drills)
            EXPECT_OK(s.records(manager, d));
}

namespace {
QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}
} // namespace

TEST_P(DashboardServiceTest, TheMonthlyReportIsAPdfAndAWorkbookThatMatchTheBoard)
{
    build();
    // Written in Chinese, as the department reads it.
    QTranslator zh;
    ASSERT_TRUE(zh.load(u":/i18n/dealercrm_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&zh);
    struct Back {
        QTranslator *t;
        ~Back() { QCoreApplication::removeTranslator(t); }
    } back{&zh};
    QTemporaryDir dir;
    ReportService reports(ctx());
    auto r = reports.build(manager, *Period::parse(u"2026-11"_s));
    ASSERT_OK(r);
    EXPECT_EQ(r->complaints.size(), 2);
    const QString pdf = dir.filePath(u"report.pdf"_s), xlsx = dir.filePath(u"report.xlsx"_s);
    ASSERT_OK(reports.write(manager, *r, pdf));
    ASSERT_OK(reports.write(manager, *r, xlsx));
    EXPECT_EQ(reports.write(manager, *r, dir.filePath(u"report.doc"_s)).error().kind, Error::Kind::Invalid);
    EXPECT_EQ(reports.write(agent, *r, pdf).error().kind, Error::Kind::PermissionDenied);

    // The PDF renders page by page, and its text holds the headings in Chinese.
    ASSERT_FALSE(tool(u"pdftoppm"_s).isEmpty()) << "poppler-utils is not installed";
    QProcess render;
    render.start(tool(u"pdftoppm"_s), {u"-r"_s, u"30"_s, u"-png"_s, pdf, dir.filePath(u"page"_s)});
    ASSERT_TRUE(render.waitForFinished(60000));
    EXPECT_EQ(render.exitCode(), 0) << render.readAllStandardError().toStdString();
    EXPECT_FALSE(QDir(dir.path()).entryList({u"page*.png"_s}).isEmpty());
    const QString words = test::pdfText(pdf);
    EXPECT_TRUE(words.contains(r->complaints.first().number)) << words.left(400).toStdString();
    EXPECT_TRUE(words.contains(r->board.period.key()));
    for (const QString &heading : {u"月报"_s, u"投诉"_s, u"回访"_s, u"俱乐部"_s, u"客户0"_s})
        EXPECT_TRUE(words.contains(heading)) << heading.toStdString();

    // The workbook opens in a real reader with numbers as numbers.
    // Debian's interpreter, which python3-openpyxl installs into (not a python3 earlier on PATH).
    const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : tool(u"python3"_s);
    ASSERT_FALSE(python.isEmpty());
    QProcess read;
    read.start(python, {u"-c"_s,
                        u"import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1],read_only=True)\nws=wb.worksheets[0]\n"
                        "for row in ws.iter_rows(values_only=True):\n    print(repr(row[1]))\nprint(len(wb.sheetnames))"_s,
                        xlsx});
    ASSERT_TRUE(read.waitForFinished(60000));
    ASSERT_EQ(read.exitCode(), 0) << read.readAllStandardError().toStdString();
    const QStringList lines = QString::fromUtf8(read.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    // Header, then the tiles in board order: completion 75.0 as a number, not text.
    EXPECT_TRUE(lines[1] == u"75"_s || lines[1] == u"75.0"_s) << lines[1].toStdString();
    // Key figures, a sheet per chart, complaints, their register, follow-ups, club, campaigns, feedback.
    EXPECT_EQ(lines.last().toInt(), 7 + r->board.charts.size());
}

TEST_P(DashboardServiceTest, EveryFigureTheReportRepeatsIsOneComputation)
{
    build();
    // Someone joins on 3 December, after November ended; the November report is made that day.
    at(QDate(2026, 12, 3));
    ASSERT_OK(ClubService(ctx()).enroll(manager, customers[4]));
    auto r = ReportService(ctx()).build(manager, *Period::parse(u"2026-11"_s));
    ASSERT_OK(r);
    auto tile = [&](const char *id) -> std::optional<double> {
        for (const Tile &t : r->board.tiles)
            if (t.id == QLatin1String(id))
                return t.value;
        ADD_FAILURE() << id;
        return std::nullopt;
    };
    // Section 1 (the tiles) against sections 3, 4 and 5.
    EXPECT_EQ(tile("club_members"), double(r->club.members));
    EXPECT_EQ(r->club.members, 2); // not the one who joined in December
    EXPECT_EQ(tile("club_active"), double(r->club.activeMembers));
    EXPECT_EQ(tile("points_outstanding"), double(r->club.outstanding));
    EXPECT_EQ(tile("points_issued"), double(r->club.issued));
    EXPECT_EQ(tile("points_redeemed"), double(r->club.redeemed));
    EXPECT_EQ(tile("complaints"), double(r->complaintsByCategory.total.count));
    EXPECT_EQ(r->complaintsByCategory.total.count, r->complaints.size());
    const auto &calls = r->followups.total;
    ASSERT_GT(calls.due, 0);
    EXPECT_DOUBLE_EQ(*tile("followup_completion"), 100.0 * double(calls.completed) / double(calls.due));
    // And the board for the same month says the same as the report built from it.
    const Board again = board(u"2026-11"_s);
    for (const Tile &t : again.tiles) {
        if (t.id == u"at_risk"_s)
            continue; // a snapshot of today, shown for the running period only
        EXPECT_EQ(t.value, tile(t.id.toLatin1().constData())) << t.id.toStdString();
    }
}

TEST_P(DashboardServiceTest, VehiclesAtRiskAreOneNumberAsOfOneDay)
{
    // Delivered mid-June without a visit since: at risk from 15 December (six months), not on the 3rd.
    VehicleRow v;
    v.customerId = customers[0];
    v.vin = u"LFVAB15A9PA040001"_s;
    v.model = u"速腾"_s;
    v.deliveryDate = QDate(2026, 6, 15);
    ASSERT_OK(CustomerRepository(db()).insertVehicle(v, u"2026-06-15T02:00:00Z"_s));
    at(QDate(2026, 12, 3));
    auto now = ChurnService(ctx()).states(manager, QDate(2026, 12, 3));
    ASSERT_OK(now);
    const Board running = board(u"2026-12"_s);
    for (const Tile &t : running.tiles) {
        if (t.id == u"at_risk"_s) {
            // The running month counts as of today, the same number as the archives' churn page.
            EXPECT_EQ(t.value, double(now->atRisk));
            EXPECT_EQ(t.value, 0.0);
            EXPECT_EQ(t.drill.to, QDate(2026, 12, 3));
        }
    }
}

TEST_P(DashboardServiceTest, ARunningMonthIsComparedWithTheSameDaysAndSmallSamplesAreIndicative)
{
    build();
    at(QDate(2026, 12, 3));
    const Board running = board(u"2026-12"_s);
    ASSERT_TRUE(running.toDate());
    EXPECT_EQ(running.countedTo, QDate(2026, 12, 3));
    EXPECT_EQ(running.previous.from, QDate(2026, 11, 1));
    EXPECT_EQ(running.previous.to, QDate(2026, 11, 3)); // like with like: 1–3 November
    const Tile *completion = running.tile(u"followup_completion"_s);
    ASSERT_TRUE(completion);
    EXPECT_EQ(completion->previous, 100.0); // the one task due 1–3 November was done, not 3 of 4 for the month
    // November is over: the whole month, against the whole of October.
    const Board november = board(u"2026-11"_s);
    EXPECT_FALSE(november.toDate());
    EXPECT_EQ(november.previous.to, QDate(2026, 10, 31));
    // One sales survey is too few to colour a satisfaction figure (the setting says 30).
    const Tile *ssi = november.tile(u"ssi"_s);
    ASSERT_TRUE(ssi && ssi->value);
    EXPECT_TRUE(ssi->indicative);
    EXPECT_EQ(ssi->state, State::None);
    ASSERT_OK(SettingsService(ctx()).set(manager, settings::kDashboardMinSample, u"1"_s));
    const Board again = board(u"2026-11"_s);
    const Tile *judged = again.tile(u"ssi"_s);
    ASSERT_TRUE(judged);
    EXPECT_FALSE(judged->indicative);
    EXPECT_NE(judged->state, State::None);
}

CRM_INSTANTIATE_ENGINES(DashboardServiceTest);
