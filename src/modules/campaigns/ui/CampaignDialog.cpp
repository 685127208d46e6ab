#include "campaigns/ui/CampaignDialog.h"

#include "campaigns/services/MessageService.h"
#include "data/UserRepository.h"
#include "ui/common/BackgroundJob.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(crm::data::TargetCount)

namespace crm::ui::campaigns {
namespace {
QStringList words(const QLineEdit *e)
{
    QStringList out;
    for (const QString &w : e->text().split(QRegularExpression(u"[,，、;；\\s]+"_s), Qt::SkipEmptyParts))
        out << w.trimmed();
    return out;
}
// A date edit whose lowest value reads "any".
QDateEdit *optionalDate(QWidget *parent, const QString &name)
{
    auto *d = new QDateEdit(parent);
    d->setObjectName(name);
    d->setCalendarPopup(true);
    d->setDisplayFormat(u"yyyy-MM-dd"_s);
    d->setMinimumDate(QDate(2000, 1, 1));
    d->setSpecialValueText(CampaignDialog::tr("any"));
    d->setDate(d->minimumDate());
    return d;
}
QDate dateOf(const QDateEdit *d)
{
    return d->date() == d->minimumDate() ? QDate() : d->date();
}
QComboBox *triState(QWidget *parent, const QString &name, const QString &yes, const QString &no)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    c->addItem(CampaignDialog::tr("any"), -1);
    c->addItem(yes, 1);
    c->addItem(no, 0);
    return c;
}
QSpinBox *optionalKm(QWidget *parent)
{
    auto *s = new QSpinBox(parent);
    s->setRange(-1, 1000000);
    s->setSingleStep(5000);
    s->setSpecialValueText(CampaignDialog::tr("any"));
    s->setSuffix(u" km"_s);
    s->setValue(-1);
    return s;
}
} // namespace

CampaignDialog::CampaignDialog(AppContext &app, QWidget *parent)
    : QDialog(parent), m_app(app), m_name(new QLineEdit(this)), m_code(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_template(new QComboBox(this)), m_starts(new QDateEdit(this)), m_ends(new QDateEdit(this)), m_goal(new QSpinBox(this)),
      m_script(new QPlainTextEdit(this)), m_bySegment(new QRadioButton(tr("A &segment of the archive"), this)),
      m_byVins(new QRadioButton(tr("The manufacturer's &VIN list (recall file, imported next)"), this)),
      m_models(new QLineEdit(this)), m_tiers(new QLineEdit(this)), m_tags(new QLineEdit(this)), m_cities(new QLineEdit(this)),
      m_advisor(new QLineEdit(this)), m_consultant(new QLineEdit(this)), m_deliveryFrom(optionalDate(this, u"deliveryFrom"_s)),
      m_deliveryTo(optionalDate(this, u"deliveryTo"_s)), m_paidFrom(optionalDate(this, u"paidFrom"_s)),
      m_paidTo(optionalDate(this, u"paidTo"_s)), m_kmMin(optionalKm(this)), m_kmMax(optionalKm(this)),
      m_churn(new QComboBox(this)), m_member(triState(this, u"member"_s, tr("yes"), tr("no"))),
      m_vip(triState(this, u"vip"_s, tr("yes"), tr("no"))), m_complaint(triState(this, u"complaint"_s, tr("yes"), tr("no"))),
      m_appointment(triState(this, u"appointment"_s, tr("yes"), tr("no"))), m_agents(new QListWidget(this)),
      m_count(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(u"campaignDialog"_s);
    setWindowTitle(tr("New campaign"));
    m_name->setObjectName(u"campaignName"_s);
    m_kind->setObjectName(u"campaignKind"_s);
    for (const char *k : crm::campaigns::kKinds)
        m_kind->addItem(crm::campaigns::CampaignText::kind(QLatin1String(k)), QLatin1String(k));
    m_code->setPlaceholderText(tr("the manufacturer's campaign code, e.g. R26A1"));
    const QDate today = localToday(app.services.clock);
    for (QDateEdit *d : {m_starts, m_ends}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_starts->setDate(today);
    m_ends->setDate(today.addDays(30));
    m_goal->setRange(0, 1000000);
    m_goal->setSpecialValueText(tr("none"));
    m_template->addItem(tr("(no message)"), QString());
    if (auto t = services::MessageService(app.services).templates(app.session))
        for (const data::MessageTemplate &tpl : *t)
            if (tpl.active)
                m_template->addItem(tpl.title, tpl.code);
    m_script->setObjectName(u"campaignScript"_s);
    m_script->setPlaceholderText(tr("您好，请问是{称呼}吗？我是{店名}的客服专员……"));
    m_script->setMaximumHeight(80);

    auto *about = new QFormLayout;
    about->addRow(tr("&Name:"), m_name);
    about->addRow(tr("&Kind:"), m_kind);
    about->addRow(tr("Campaign code:"), m_code);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_starts);
    dates->addWidget(new QLabel(u"–"_s, this));
    dates->addWidget(m_ends);
    dates->addStretch();
    about->addRow(tr("&Dates:"), dates);
    about->addRow(tr("Goal (customers):"), m_goal);
    about->addRow(tr("&Message:"), m_template);
    about->addRow(tr("Call &script:"), m_script);

    m_models->setObjectName(u"segmentModels"_s);
    m_models->setPlaceholderText(tr("e.g. 速腾, 迈腾 (any when empty)"));
    m_tiers->setPlaceholderText(tr("standard, silver, gold, platinum"));
    m_tags->setPlaceholderText(tr("any of these tags"));
    m_cities->setPlaceholderText(tr("any of these cities"));
    m_churn->setObjectName(u"segmentChurn"_s);
    m_churn->addItem(tr("any"), QString());
    for (const QString &c : {u"active"_s, u"at_risk"_s, u"lost"_s})
        m_churn->addItem(crm::campaigns::CampaignText::churn(c), c);
    auto *segment = new QGroupBox(tr("Who is on the list"), this);
    auto *seg = new QFormLayout(segment);
    auto *source = new QHBoxLayout;
    source->addWidget(m_bySegment);
    source->addWidget(m_byVins);
    seg->addRow(source);
    seg->addRow(tr("Model:"), m_models);
    auto range = [&](QWidget *a, QWidget *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a);
        row->addWidget(new QLabel(u"–"_s, this));
        row->addWidget(b);
        row->addStretch();
        return row;
    };
    seg->addRow(tr("Delivered:"), range(m_deliveryFrom, m_deliveryTo));
    seg->addRow(tr("Last paid visit:"), range(m_paidFrom, m_paidTo));
    seg->addRow(tr("Mileage:"), range(m_kmMin, m_kmMax));
    seg->addRow(tr("Churn:"), m_churn);
    seg->addRow(tr("Club member:"), m_member);
    seg->addRow(tr("VIP:"), m_vip);
    seg->addRow(tr("Open complaint:"), m_complaint);
    seg->addRow(tr("Coming appointment:"), m_appointment);
    seg->addRow(tr("Club tier:"), m_tiers);
    seg->addRow(tr("Tags:"), m_tags);
    seg->addRow(tr("City:"), m_cities);
    seg->addRow(tr("Service advisor:"), m_advisor);
    seg->addRow(tr("Sales consultant:"), m_consultant);
    m_count->setObjectName(u"segmentCount"_s);
    m_count->setWordWrap(true);
    m_count->setStyleSheet(u"font-weight:600"_s);
    seg->addRow(m_count);
    m_bySegment->setChecked(true);

    m_agents->setObjectName(u"campaignAgents"_s);
    m_agents->setMaximumHeight(90);
    if (auto users = data::UserRepository(app.services.db).list())
        for (const data::UserRow &u : *users)
            if (u.active && roleHas(u.role, Permission::WorkFollowups) && u.role == Role::Agent) {
                auto *item = new QListWidgetItem(u.displayName, m_agents);
                item->setData(Qt::UserRole, u.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
    auto *share = new QGroupBox(tr("Calls go to (round robin; none ticked: left in the pool)"), this);
    auto *shareLayout = new QVBoxLayout(share);
    shareLayout->addWidget(m_agents);

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addLayout(about);
    left->addWidget(share);
    left->addStretch(1);
    columns->addLayout(left, 1);
    columns->addWidget(segment, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    // The count follows the criteria a moment after the last change.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &CampaignDialog::countLater);
    auto changed = [this] { m_debounce->start(); };
    for (QLineEdit *e : {m_models, m_tiers, m_tags, m_cities, m_advisor, m_consultant})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QDateEdit *d : {m_deliveryFrom, m_deliveryTo, m_paidFrom, m_paidTo})
        connect(d, &QDateEdit::dateChanged, this, changed);
    for (QSpinBox *s : {m_kmMin, m_kmMax})
        connect(s, &QSpinBox::valueChanged, this, changed);
    for (QComboBox *c : {m_churn, m_member, m_vip, m_complaint, m_appointment, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_bySegment, &QRadioButton::toggled, this, [this, segment](bool on) {
        for (QWidget *w : segment->findChildren<QWidget *>())
            if (w != m_bySegment && w != m_byVins)
                w->setEnabled(on);
        m_count->setText(on ? QString() : tr("The list comes from the manufacturer's file: choose it after Create."));
        if (on)
            m_debounce->start();
    });
    m_debounce->start();
    resize(1100, 640);
}

crm::campaigns::Segment CampaignDialog::segment() const
{
    crm::campaigns::Segment s;
    s.models = words(m_models);
    s.deliveryFrom = dateOf(m_deliveryFrom);
    s.deliveryTo = dateOf(m_deliveryTo);
    s.lastPaidFrom = dateOf(m_paidFrom);
    s.lastPaidTo = dateOf(m_paidTo);
    s.kmMin = m_kmMin->value();
    s.kmMax = m_kmMax->value();
    s.churn = m_churn->currentData().toString();
    s.tiers = words(m_tiers);
    s.member = m_member->currentData().toInt();
    s.tags = words(m_tags);
    s.cities = words(m_cities);
    s.advisor = m_advisor->text().trimmed();
    s.consultant = m_consultant->text().trimmed();
    s.vip = m_vip->currentData().toInt();
    s.openComplaint = m_complaint->currentData().toInt();
    s.openAppointment = m_appointment->currentData().toInt();
    return s;
}

services::CampaignInput CampaignDialog::input() const
{
    services::CampaignInput in;
    in.name = m_name->text().trimmed();
    in.kind = m_kind->currentData().toString();
    in.code = m_code->text().trimmed();
    in.startsOn = m_starts->date();
    in.endsOn = m_ends->date();
    in.goal = m_goal->value();
    in.messageTemplate = m_template->currentData().toString();
    in.script = m_script->toPlainText();
    return in;
}

bool CampaignDialog::fromVinList() const
{
    return m_byVins->isChecked();
}

QList<qint64> CampaignDialog::agents() const
{
    QList<qint64> out;
    for (int i = 0; i < m_agents->count(); ++i)
        if (m_agents->item(i)->checkState() == Qt::Checked)
            out << m_agents->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

void CampaignDialog::countNow()
{
    m_debounce->stop();
    ++m_request; // an answer still on its way is for older criteria
    if (fromVinList())
        return;
    auto n = services::CampaignService(m_app.services).preview(m_app.session, segment(), m_kind->currentData().toString());
    showCount(n ? QVariant::fromValue(*n) : QVariant::fromValue(n.error()));
}

void CampaignDialog::countLater()
{
    if (fromVinList())
        return;
    // A count over a large archive takes a moment: off the GUI thread, the newest request wins.
    const quint64 request = ++m_request;
    const services::Session who = m_app.session;
    const crm::campaigns::Segment s = segment();
    const QString kind = m_kind->currentData().toString();
    const Clock *clock = &m_app.services.clock;
    m_count->setText(tr("Counting…"));
    BackgroundJob::start(
        this, m_app.services.db.spec(),
        [who, s, kind, clock](services::Context &threadCtx, const BackgroundJob::Control &) -> QVariant {
            services::Context ctx{threadCtx.db, *clock};
            auto n = services::CampaignService(ctx).preview(who, s, kind);
            return n ? QVariant::fromValue(*n) : QVariant::fromValue(n.error());
        },
        [this, request](const QVariant &v) {
            if (request == m_request)
                showCount(v);
        });
}

void CampaignDialog::showCount(const QVariant &v)
{
    if (BackgroundJob::isError(v)) {
        m_count->setText(v.value<Error>().message);
        return;
    }
    const data::TargetCount n = v.value<data::TargetCount>();
    QStringList excluded;
    for (auto it = n.excluded.cbegin(); it != n.excluded.cend(); ++it)
        excluded << tr("%1: %2").arg(crm::campaigns::CampaignText::exclusion(it.key())).arg(it.value());
    m_count->setText(tr("%1 customer(s) match; %2 will be called.").arg(n.matched).arg(n.targets) +
                     (excluded.isEmpty() ? QString() : u"\n"_s + tr("Not called: %1").arg(excluded.join(u"; "_s))));
}

QString CampaignDialog::countText() const
{
    return m_count->text();
}

void CampaignDialog::accept()
{
    services::CampaignService campaigns(m_app.services);
    auto id = fromVinList() ? campaigns.createForVinList(m_app.session, input())
                            : campaigns.createFromSegment(m_app.session, input(), segment(), agents());
    if (!id) {
        showError(this, tr("New campaign"), id.error()); // the form keeps what was typed
        return;
    }
    m_created = *id;
    QDialog::accept();
}

} // namespace crm::ui::campaigns
