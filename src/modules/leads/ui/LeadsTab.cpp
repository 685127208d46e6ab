#include "leads/ui/LeadsTab.h"

#include "archives/services/CustomerService.h"
#include "archives/ui/Dialogs.h"
#include "club/core/ClubRules.h"
#include "club/services/ActivityService.h"
#include "club/services/ClubReportService.h"
#include "club/services/ClubService.h"
#include "club/services/GiftService.h"
#include "club/services/MemberServiceDesk.h"
#include "club/ui/Pickers.h"
#include "core/Mobile.h"
#include "leads/services/LeadService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::club::ClubText;
using crm::ui::club::pickMember;

namespace crm::ui::leads {

LeadsTab::LeadsTab(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_status(new QComboBox(this)), m_source(new QComboBox(this)), m_overdue(new QComboBox(this)),
      m_text(new QLineEdit(this)), m_list(tree(this, "leadList",
                                               {tr("No."), tr("Created"), tr("Prospect"), tr("Mobile"), tr("Source"), tr("Model"),
                                                tr("Consultant"), tr("Status"), tr("Referred by")})),
      m_events(tree(this, "leadEvents", {tr("When"), tr("Who"), tr("From"), tr("To"), tr("Note")})),
      m_overdueLabel(new QLabel(this))
{
    m_status->setObjectName(u"leadStatus"_s);
    m_status->addItem(tr("Open"), u"open"_s);
    for (const QString &s : ClubText::leadStatuses())
        m_status->addItem(ClubText::leadStatus(s), s);
    m_status->addItem(tr("All"), QString());
    m_source->addItem(tr("Every source"), QString());
    for (const QString &s : ClubText::leadSources())
        m_source->addItem(ClubText::leadSource(s), s);
    m_overdue->addItem(tr("All"), false);
    m_overdue->addItem(tr("Overdue for contact"), true);
    m_text->setPlaceholderText(tr("Name or mobile"));
    m_text->setClearButtonEnabled(true);
    auto *add = button(this, tr("&New lead…"), "newLeadButton");
    auto *next = button(this, tr("Next &step…"), "leadStepButton");
    auto *import = button(this, tr("&Import…"), "importLeadsButton");
    auto *bar = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_source, m_overdue, m_text})
        bar->addWidget(w);
    bar->addWidget(m_overdueLabel);
    bar->addStretch();
    for (QPushButton *b : {add, next, import})
        bar->addWidget(b);
    m_overdueLabel->setStyleSheet(u"color:#c62828"_s);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_events);
    split->setSizes({500, 160});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    for (QComboBox *c : {m_status, m_source, m_overdue})
        connect(c, &QComboBox::currentIndexChanged, this, &LeadsTab::reload);
    connect(m_text, &QLineEdit::returnPressed, this, &LeadsTab::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &LeadsTab::showLead);
    connect(m_list, &QTreeWidget::itemActivated, this, &LeadsTab::step);
    connect(add, &QPushButton::clicked, this, &LeadsTab::newLead);
    connect(next, &QPushButton::clicked, this, &LeadsTab::step);
    connect(import, &QPushButton::clicked, this, &LeadsTab::importFile);
}

qint64 LeadsTab::currentLead() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void LeadsTab::reload()
{
    services::LeadFilter f;
    f.status = m_status->currentData().toString();
    f.source = m_source->currentData().toString();
    f.overdueOnly = m_overdue->currentData().toBool();
    f.text = m_text->text();
    services::LeadService leads(m_app.services);
    m_list->clear();
    auto rows = leads.list(m_app.session, f, 500);
    if (!rows) {
        showError(this, tr("Leads"), rows.error());
        return;
    }
    for (const services::Lead &l : *rows) {
        auto *item = new QTreeWidgetItem(m_list, {QString::number(l.id), when(l.createdAt), l.name, crm::Mobile::masked(l.mobile),
                                                  ClubText::leadSource(l.source), l.model, l.consultant,
                                                  ClubText::leadStatus(l.status), l.referrerName});
        item->setData(0, Qt::UserRole, l.id);
        if (l.overdue) {
            item->setForeground(7, QColor(0xc6, 0x28, 0x28));
            item->setToolTip(7, tr("Not contacted in time"));
        }
    }
    fit(m_list);
    auto overdueCount = leads.overdueCount();
    const int overdue = overdueCount ? *overdueCount : 0;
    m_overdueLabel->setText(overdue ? tr("%n lead(s) overdue for contact", nullptr, overdue) : QString());
    showLead();
}

void LeadsTab::showLead()
{
    m_events->clear();
    if (!currentLead())
        return;
    if (auto events = services::LeadService(m_app.services).events(m_app.session, currentLead()))
        for (const services::LeadEvent &e : *events)
            new QTreeWidgetItem(m_events, {when(e.at), e.by, e.from.isEmpty() ? QString() : ClubText::leadStatus(e.from),
                                           ClubText::leadStatus(e.to), e.note});
    fit(m_events);
}

void LeadsTab::newLead()
{
    FormDialog d(this, tr("New lead"));
    auto *name = new QLineEdit(&d.dialog);
    auto *mobile = new QLineEdit(&d.dialog);
    auto *source = new QComboBox(&d.dialog);
    for (const QString &s : ClubText::leadSources())
        source->addItem(ClubText::leadSource(s), s);
    auto *model = new QLineEdit(&d.dialog);
    auto *consultant = new QComboBox(&d.dialog);
    consultant->setEditable(true);
    if (auto names = services::LeadService(m_app.services).consultants())
        consultant->addItems(*names);
    consultant->setCurrentText(QString());
    auto *referrer = new QPushButton(tr("Choose the member…"), &d.dialog);
    qint64 referrerId = 0;
    QObject::connect(referrer, &QPushButton::clicked, &d.dialog, [&] {
        referrerId = pickMember(m_app, &d.dialog, tr("Referred by"));
        if (referrerId)
            if (auto m = services::ClubService(m_app.services).member(m_app.session, referrerId))
                referrer->setText(m->customerName);
    });
    auto *note = new QLineEdit(&d.dialog);
    d.form->addRow(tr("Prospect"), name);
    d.form->addRow(tr("Mobile"), mobile);
    d.form->addRow(tr("Source"), source);
    d.form->addRow(tr("Referred by"), referrer);
    d.form->addRow(tr("Model of interest"), model);
    d.form->addRow(tr("Consultant"), consultant);
    d.form->addRow(tr("Note"), note);
    if (d.exec([&]() -> Status {
            services::LeadInput in{name->text(),
                                   mobile->text(),
                                   source->currentData().toString(),
                                   {},
                                   model->text(),
                                   consultant->currentText(),
                                   note->text(),
                                   source->currentData().toString() == u"referral"_s ? referrerId : 0};
            auto id = services::LeadService(m_app.services).create(m_app.session, in);
            return id ? Status() : Status(id.error());
        }))
        reload();
}

void LeadsTab::step()
{
    const qint64 id = currentLead();
    if (!id)
        return;
    services::LeadService leads(m_app.services);
    auto lead = leads.lead(m_app.session, id);
    if (!lead)
        return;
    QStringList labels;
    QStringList ids;
    for (const QString &s : ClubText::leadStatuses())
        if (crm::club::leadStepAllowed(lead->status, s)) {
            labels << ClubText::leadStatus(s);
            ids << s;
        }
    if (ids.isEmpty()) {
        showError(this, tr("Leads"),
                  Error::invalid(tr("This lead is %1: it is closed.").arg(ClubText::leadStatus(lead->status))));
        return;
    }
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Lead %1: %2").arg(id).arg(lead->name), tr("Now:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const QString to = ids[labels.indexOf(choice)];
    const QString note =
        QInputDialog::getText(this, tr("Lead %1").arg(id), to == u"lost"_s ? tr("Why was it lost?") : tr("Note (optional):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto r = leads.step(m_app.session, id, to, note, to == u"lost"_s ? note : QString());
    if (!r)
        showError(this, tr("Leads"), r.error());
    else if (r->rewardPoints > 0)
        QMessageBox::information(this, tr("Referral reward"),
                                 tr("%1 points went to %2 for the referral.").arg(r->rewardPoints).arg(lead->referrerName));
    else if (!r->rewardProblem.isEmpty())
        QMessageBox::warning(this, tr("Referral reward"), r->rewardProblem);
    reload();
}

void LeadsTab::importFile()
{
    const QString path = askOpenPath(this, tr("Import leads"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                     tr("Lead exports (*.csv *.xlsx)"));
    if (path.isEmpty())
        return;
    auto r = services::LeadService(m_app.services).importFile(m_app.session, path);
    if (!r) {
        showError(this, tr("Import leads"), r.error());
        return;
    }
    QString text = tr("%n lead(s) added, %1 already there, %2 rejected.", nullptr, int(r->added))
                       .arg(r->alreadyThere)
                       .arg(r->rejected.size());
    for (const auto &rej : std::as_const(r->rejected).mid(0, 20))
        text += u"\n"_s + tr("line %1: %2").arg(rej.line).arg(rej.reason);
    QMessageBox::information(this, tr("Import leads"), text);
    reload();
}

} // namespace crm::ui::leads
