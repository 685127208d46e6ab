#include "admin/ui/UsagePage.h"

#include "core/AuditText.h"
#include "data/UserRepository.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

Q_DECLARE_METATYPE(crm::services::UsageReport)

using namespace Qt::StringLiterals;

namespace crm::ui::admin {

namespace {

QString hours(qint64 seconds)
{
    return QString::number(double(seconds) / 3600.0, 'f', 1);
}

} // namespace

UsagePage::UsagePage(AppContext &app, QWidget *parent) : QWidget(parent), m_app(app)
{
    const QDate today = localToday(m_app.services.clock);
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_from->setObjectName(u"usageFrom"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(u"usageTo"_s);
    m_to->setCalendarPopup(true);
    m_grain = new QComboBox(this);
    m_grain->setObjectName(u"usageGrain"_s);
    for (auto g : {services::UsageGrain::Day, services::UsageGrain::Week, services::UsageGrain::Month})
        m_grain->addItem(services::UsageService::grainTitle(g), int(g));
    m_grain->setCurrentIndex(2);
    auto *refresh = button(this, tr("&Refresh"), "usageRefresh");
    refresh->setToolTip(tr("F5"));
    auto *save = button(this, tr("&Export…"), "usageExport");
    save->setToolTip(tr("The report as XLSX or CSV (Ctrl+E)"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"usageSummary"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("to"), this));
    top->addWidget(m_to);
    top->addWidget(m_grain);
    top->addWidget(refresh);
    top->addWidget(m_summary, 1);
    top->addWidget(save);

    m_tabs = new QTabWidget(this);
    m_people = table(this, u"usagePeople"_s,
                     {tr("Person"), tr("Period"), tr("Sign-ins"), tr("Active hours"), tr("Calls"), tr("Short calls"),
                      tr("Call minutes"), tr("Tasks closed"), tr("Created"), tr("Edited"), tr("Imports"), tr("Exports"),
                      tr("Rows exported"), tr("Numbers revealed")});
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setStretchLastSection(false);
    setEmptyHint(m_people, tr("Nobody used the program in this period."));
    m_anomalies = table(this, u"usageAnomalies"_s, {tr("Day"), tr("Person"), tr("What"), tr("Detail")});
    m_anomalies->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_anomalies->horizontalHeader()->setStretchLastSection(true);
    setEmptyHint(m_anomalies, tr("Nothing unusual in this period (thresholds: Settings → Usage report)."));

    auto *inactivePage = new QWidget(this);
    m_inactive =
        table(inactivePage, u"usageInactive"_s, {tr("Account"), tr("Person"), tr("Role"), tr("Last sign-in"), tr("Days")});
    setEmptyHint(m_inactive, tr("Every account was used recently."));
    m_disable = button(inactivePage, tr("&Disable the account"), "disableAccount");
    m_disable->setVisible(m_app.session.can(Permission::ManageUsers));
    m_disable->setEnabled(false);
    auto *inactiveBox = new QVBoxLayout(inactivePage);
    inactiveBox->addWidget(m_inactive, 1);
    auto *inactiveRow = new QHBoxLayout;
    inactiveRow->addStretch();
    inactiveRow->addWidget(m_disable);
    inactiveBox->addLayout(inactiveRow);

    auto *personalPage = new QWidget(this);
    m_person = new QComboBox(personalPage);
    m_person->setObjectName(u"personalPerson"_s);
    m_person->addItem(tr("Everyone"), QString());
    if (auto users = data::UserRepository(m_app.services.db).list())
        for (const data::UserRow &u : *users)
            m_person->addItem(u.displayName.isEmpty() ? u.username : u.displayName, u.username);
    m_action = new QComboBox(personalPage);
    m_action->setObjectName(u"personalAction"_s);
    m_action->addItem(tr("Every kind"), QString());
    for (const QString &a : {u"reveal"_s, u"export"_s, u"personal_data_copy"_s, u"anonymise"_s})
        m_action->addItem(AuditText::action(a), a);
    m_personal = table(personalPage, u"personalData"_s,
                       {tr("When"), tr("Who"), tr("Did"), tr("Record"), tr("Whose"), tr("Rows"), tr("Why / file")});
    m_personal->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_personal->horizontalHeader()->setStretchLastSection(true);
    setEmptyHint(m_personal, tr("No personal data was revealed or exported in this period."));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_person);
    filters->addWidget(m_action);
    filters->addStretch();
    auto *personalBox = new QVBoxLayout(personalPage);
    personalBox->addLayout(filters);
    personalBox->addWidget(m_personal, 1);

    m_connected =
        table(this, u"connectedDesks"_s,
              {tr("Program and person @ desk"), tr("Server role"), tr("Client address"), tr("Connected since"), tr("State")});
    m_connected->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_connected->horizontalHeader()->setStretchLastSection(true);
    setEmptyHint(m_connected, m_app.services.db.engine() == data::Engine::Postgres
                                  ? tr("No desk is connected to the server.")
                                  : tr("This database is a single SQLite file: there is no server to connect to. The desks' "
                                       "sessions are counted under \"By person\"."));

    m_tabs->addTab(m_people, tr("By person"));
    m_tabs->addTab(m_anomalies, tr("Anomalies"));
    m_tabs->addTab(inactivePage, tr("Inactive accounts"));
    m_tabs->addTab(personalPage, tr("Personal data seen or taken"));
    m_tabs->addTab(m_connected, tr("Connected now"));
    auto *box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_tabs, 1);

    connect(refresh, &QPushButton::clicked, this, &UsagePage::reload);
    connect(save, &QPushButton::clicked, this, &UsagePage::exportReport);
    connect(m_grain, &QComboBox::currentIndexChanged, this, &UsagePage::reload);
    connect(m_person, &QComboBox::currentIndexChanged, this, &UsagePage::loadPersonal);
    connect(m_action, &QComboBox::currentIndexChanged, this, &UsagePage::loadPersonal);
    connect(m_inactive, &QTableWidget::itemSelectionChanged, this,
            [this] { m_disable->setEnabled(m_inactive->currentRow() >= 0); });
    connect(m_disable, &QPushButton::clicked, this, &UsagePage::disableChosen);
    new QShortcut(Keys::sequence(PageKey::Refresh), this, this, &UsagePage::reload, Qt::WidgetWithChildrenShortcut);
    new QShortcut(Keys::sequence(PageKey::ExportResults), this, this, &UsagePage::exportReport, Qt::WidgetWithChildrenShortcut);
    reload();
}

void UsagePage::reload()
{
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const auto grain = services::UsageGrain(m_grain->currentData().toInt());
    const QVariant v =
        BackgroundJob::run(this, m_app.services.db.spec(), tr("Reading the usage…"),
                           [who, clock, from, to, grain](services::Context &threadCtx, const BackgroundJob::Control &) {
                               services::Context ctx{threadCtx.db, *clock};
                               auto r = services::UsageService(ctx).report(who, from, to, grain);
                               return r ? QVariant::fromValue(*r) : QVariant::fromValue(r.error());
                           });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Usage report"), v.value<Error>());
        return;
    }
    showReport(v.value<services::UsageReport>());
    loadPersonal();
    loadConnected();
}

void UsagePage::loadConnected()
{
    auto rows = services::UsageService(m_app.services).connectedNow(m_app.session);
    if (!rows) {
        showError(this, tr("Connected now"), rows.error());
        return;
    }
    m_connected->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const data::ConnectedDesk &d = rows->at(i);
        // pg_stat_activity's states, in the reader's words.
        const QString state = d.state == u"active"_s                   ? tr("working on a statement")
                              : d.state == u"idle"_s                   ? tr("idle")
                              : d.state.startsWith(u"idle in trans"_s) ? tr("idle inside a transaction")
                                                                       : d.state;
        put(m_connected, i, {d.application, d.role, d.clientAddress, when(d.since), state}, d.pid);
    }
}

void UsagePage::showReport(const services::UsageReport &r)
{
    m_report = r;
    m_people->setRowCount(int(r.rows.size()));
    for (int i = 0; i < r.rows.size(); ++i) {
        const services::UsageRow &x = r.rows[i];
        put(m_people, i,
            {x.person, x.bucket, QString::number(x.signIns), hours(x.activeSeconds), QString::number(x.calls),
             QString::number(x.shortCalls), QString::number(x.callSeconds / 60), QString::number(x.tasksClosed),
             QString::number(x.created), QString::number(x.edited), QString::number(x.imports), QString::number(x.exports),
             QString::number(x.exportedRows), QString::number(x.reveals)},
            x.userId);
    }
    m_anomalies->setRowCount(int(r.anomalies.size()));
    for (int i = 0; i < r.anomalies.size(); ++i) {
        const services::UsageAnomaly &a = r.anomalies[i];
        put(m_anomalies, i, {a.day.toString(Qt::ISODate), a.person, services::UsageService::anomalyTitle(a.kind), a.detail},
            a.userId);
    }
    m_inactive->setRowCount(int(r.inactive.size()));
    for (int i = 0; i < r.inactive.size(); ++i) {
        const services::InactiveAccount &a = r.inactive[i];
        put(m_inactive, i,
            {a.username, a.person, RoleText::title(a.role), a.lastLogin.isValid() ? when(a.lastLogin) : tr("never"),
             QString::number(a.days)},
            a.userId);
    }
    m_tabs->setTabText(1, tr("Anomalies (%1)").arg(r.anomalies.size()));
    m_tabs->setTabText(2, tr("Inactive accounts (%1)").arg(r.inactive.size()));
    m_summary->setText(tr("%n person(s) at work", nullptr, [&] {
        QSet<qint64> people;
        for (const services::UsageRow &x : r.rows)
            people.insert(x.userId);
        return int(people.size());
    }()));
}

void UsagePage::loadPersonal()
{
    auto rows = services::UsageService(m_app.services)
                    .personalData(m_app.session, m_from->date(), m_to->date(), m_person->currentData().toString(),
                                  m_action->currentData().toString());
    if (!rows) {
        showError(this, tr("Personal data seen or taken"), rows.error());
        return;
    }
    m_personal->setRowCount(int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const services::PersonalDataRow &p = rows->at(i);
        put(m_personal, i,
            {when(p.at), p.person, AuditText::action(p.action), p.what, p.whose, p.rows ? QString::number(p.rows) : QString(),
             p.why},
            p.auditId);
    }
}

void UsagePage::disableChosen()
{
    const int row = m_inactive->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_inactive->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_inactive->item(row, 1)->text();
    if (!confirm(this, tr("Disable the account"),
                 tr("Disable the account of %1? They can no longer sign in; an administrator can enable it again.").arg(name),
                 tr("Disable")))
        return;
    if (auto s = services::UsageService(m_app.services).disableAccount(m_app.session, id); !s) {
        showError(this, tr("Disable the account"), s.error());
        return;
    }
    reload();
}

void UsagePage::exportReport()
{
    const QString path =
        askSavePath(this, tr("Export the usage report"),
                    tr("usage-%1-%2.xlsx").arg(m_from->date().toString(u"yyyyMMdd"_s), m_to->date().toString(u"yyyyMMdd"_s)),
                    tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool UsagePage::exportTo(const QString &path)
{
    if (auto s = services::UsageService(m_app.services).exportReport(m_app.session, m_report, path); !s) {
        showError(this, tr("Export the usage report"), s.error());
        return false;
    }
    return true;
}

} // namespace crm::ui::admin
