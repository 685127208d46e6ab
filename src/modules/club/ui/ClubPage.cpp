#include "club/ui/ClubPage.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/Widgets.h"

#include "archives/services/CustomerService.h"
#include "club/core/ClubRules.h"
#include "club/services/GiftService.h"
#include "club/ui/ActivitiesTab.h"
#include "club/ui/ClubReportTab.h"
#include "club/ui/GiftsTab.h"
#include "club/ui/Pickers.h"
#include "club/ui/ServicesTab.h"
#include "leads/ui/LeadsTab.h"
#include "services/PdfDocument.h"
#include "services/SettingsService.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::club::ClubText;

namespace crm::ui::club {
namespace {
constexpr int kPage = 200;
} // namespace

ClubPage::ClubPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_tabs(new QTabWidget(this)), m_search(new QLineEdit(this)), m_tier(new QComboBox(this)),
      m_list(new QTreeWidget(this)), m_more(new QPushButton(tr("Load more"), this)), m_panel(new QWidget(this)),
      m_empty(new EmptyState(tr("No member selected"),
                             tr("Find a member by card number, name or mobile, or enrol a customer (Ctrl+N)."), this)),
      m_header(new QLabel(this)), m_cards(new QTreeWidget(this)), m_statement(new QTreeWidget(this))
{
    setObjectName(u"clubPage"_s);
    m_search->setObjectName(u"memberSearch"_s);
    m_search->setPlaceholderText(tr("Card number, name or mobile — Enter"));
    m_search->setClearButtonEnabled(true);
    m_tier->setObjectName(u"memberTier"_s);
    m_tier->addItem(tr("Every tier"), QString());
    for (const crm::club::TierRule &t : crm::club::defaultTiers())
        m_tier->addItem(ClubText::tier(t.id), t.id);
    auto *enrolButton = new QPushButton(tr("&Enrol a customer…"), this);
    enrolButton->setObjectName(u"enrolButton"_s);
    enrolButton->setShortcut(Keys::sequence(PageKey::New));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_tier);
    bar->addWidget(enrolButton);
    m_list->setObjectName(u"memberList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Card"), tr("Member"), tr("Tier"), tr("Points"), tr("Joined"), tr("Status")});
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_more);

    m_header->setObjectName(u"memberHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_cards->setObjectName(u"memberCards"_s);
    m_cards->setRootIsDecorated(false);
    m_cards->setHeaderLabels({tr("Card"), tr("Status"), tr("Issued"), tr("Note")});
    m_cards->setMaximumHeight(120);
    auto *actions = new QHBoxLayout;
    auto addAction = [&](const QString &text, const char *name, void (ClubPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        m_actions << b;
        return b;
    };
    addAction(tr("Report &lost…"), "reportLostButton", &ClubPage::reportLost);
    addAction(tr("&Reissue"), "reissueButton", &ClubPage::reissue);
    addAction(tr("Card for a &vehicle…"), "issueCardButton", &ClubPage::issueCard)
        ->setVisible(services::SettingsService(m_app.services).intValue(services::settings::kCardPerVehicle) != 0);
    addAction(tr("&Add points…"), "addPointsButton", &ClubPage::addPoints);
    addAction(tr("Redeem a &gift…"), "redeemButton", &ClubPage::redeemGift);
    addAction(tr("Ad&just…"), "adjustButton", &ClubPage::adjust);
    addAction(tr("Cancel membership…"), "cancelMembershipButton", &ClubPage::cancelMembership);
    actions->addStretch();
    m_statement->setObjectName(u"memberStatement"_s);
    m_statement->setRootIsDecorated(false);
    m_statement->setAlternatingRowColors(true);
    m_statement->setHeaderLabels({tr("When"), tr("What"), tr("Points"), tr("Balance"), tr("Reason"), tr("Card"), tr("By")});
    auto *print = new QPushButton(tr("&Print statement…"), this);
    print->setShortcut(Keys::sequence(PageKey::Print));
    auto *pdf = new QPushButton(tr("Statement as PDF…"), this);
    auto *exportButton = new QPushButton(tr("Export statement…"), this);
    auto *cardPdf = new QPushButton(tr("Card layout as PDF…"), this);
    cardPdf->setObjectName(u"cardPdfButton"_s);
    auto *statementBar = new QHBoxLayout;
    statementBar->addWidget(new QLabel(tr("Statement"), this));
    statementBar->addStretch();
    for (QPushButton *b : {print, pdf, exportButton, cardPdf})
        statementBar->addWidget(b);
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addWidget(m_header);
    panelLayout->addWidget(m_cards);
    panelLayout->addLayout(actions);
    panelLayout->addLayout(statementBar);
    panelLayout->addWidget(m_statement, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(m_panel);
    m_panel->hide();
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 700});
    m_tabs->addTab(split, tr("Members"));

    m_gifts = new GiftsTab(m_app, this);
    m_tabs->addTab(m_gifts, tr("Gifts"));
    m_activities = new ActivitiesTab(m_app, this);
    m_tabs->addTab(m_activities, tr("Activities"));
    m_services = new ServicesTab(m_app, this);
    m_tabs->addTab(m_services, tr("Member services"));
    m_leads = new leads::LeadsTab(m_app, this);
    m_tabs->addTab(m_leads, tr("Leads"));
    m_report = new ClubReportTab(m_app, this);
    m_tabs->addTab(m_report, tr("Figures"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_search, &QLineEdit::returnPressed, this, &ClubPage::find);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            loadMembers(false);
    });
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] { loadMembers(false); });
    connect(m_more, &QPushButton::clicked, this, [this] { loadMembers(true); });
    connect(enrolButton, &QPushButton::clicked, this, &ClubPage::enrol);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showMember(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(print, &QPushButton::clicked, this, &ClubPage::printStatement);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(this, tr("Save as PDF"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            done(saveStatementPdf(path), tr("Save as PDF"));
    });
    connect(cardPdf, &QPushButton::clicked, this, [this] {
        const QString path = askSavePath(this, tr("Card layout as PDF"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            done(saveCardPdf(path), tr("Card layout as PDF"));
    });
    connect(exportButton, &QPushButton::clicked, this, &ClubPage::exportStatement);
    reload();
}

void ClubPage::reload()
{
    loadMembers(false);
    if (m_member)
        showMember(m_member->id);
    m_gifts->reload();
    m_activities->reload();
    m_services->reload();
    m_leads->reload();
}

void ClubPage::loadMembers(bool more)
{
    if (!more) {
        m_list->clear();
        m_lastId = 0;
    }
    auto rows = services::ClubService(m_app.services).members(m_app.session, m_tier->currentData().toString(), kPage, m_lastId);
    if (!rows) {
        showError(this, tr("Owners' club"), rows.error());
        return;
    }
    for (const services::MemberRow &r : *rows) {
        auto *item =
            new QTreeWidgetItem(m_list, {r.cardNumber, r.customerName, ClubText::tier(r.tier), QLocale().toString(r.available),
                                         QLocale().toString(r.joinedOn, QLocale::ShortFormat),
                                         r.status == u"active"_s ? tr("Active") : tr("Cancelled")});
        item->setData(0, Qt::UserRole, r.id);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        m_lastId = r.id;
    }
    m_more->setEnabled(rows->size() == kPage);
    for (int i = 0; i < m_list->columnCount(); ++i)
        m_list->resizeColumnToContents(i);
}

void ClubPage::find()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        loadMembers(false);
        return;
    }
    services::ClubService club(m_app.services);
    m_list->clear();
    m_more->setEnabled(false);
    QList<qint64> ids;
    if (crm::club::isValidCardNumber(text)) {
        auto id = club.memberOfCard(text);
        if (!id) {
            showError(this, tr("Owners' club"), id.error());
            return;
        }
        ids << *id;
    } else {
        // The archive's search (name, pinyin initials, mobile, plate…), then who of them is a member.
        auto rows = services::CustomerService(m_app.services).search(m_app.session, text, 50);
        if (!rows) {
            showError(this, tr("Owners' club"), rows.error());
            return;
        }
        for (const data::CustomerListRow &r : *rows)
            if (auto m = club.memberOfCustomer(r.id); m && m->has_value())
                ids << **m;
    }
    for (qint64 id : ids) {
        auto m = club.member(m_app.session, id);
        if (!m)
            continue;
        const QString card = m->cards.isEmpty() ? QString() : m->cards.last().number;
        auto *item =
            new QTreeWidgetItem(m_list, {card, m->customerName, ClubText::tier(m->tier), QLocale().toString(m->available),
                                         QLocale().toString(m->joinedOn, QLocale::ShortFormat),
                                         m->status == u"active"_s ? tr("Active") : tr("Cancelled")});
        item->setData(0, Qt::UserRole, m->id);
    }
    if (ids.size() == 1)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else if (ids.isEmpty())
        m_empty->setTexts(tr("No member found"),
                          tr("Nobody matching \"%1\" is a club member. Enrol the customer with Ctrl+N.").arg(text));
}

void ClubPage::openMember(qint64 memberId)
{
    m_tabs->setCurrentIndex(0);
    showMember(memberId);
}

void ClubPage::showMember(qint64 id)
{
    services::ClubService club(m_app.services);
    auto m = club.member(m_app.session, id);
    if (!m) {
        showError(this, tr("Owners' club"), m.error());
        return;
    }
    auto lines = club.statement(m_app.session, id);
    if (!lines) {
        showError(this, tr("Owners' club"), lines.error());
        return;
    }
    m_member = *m;
    m_lines = *lines;
    m_empty->hide();
    m_panel->show();
    const bool active = m->status == u"active"_s;
    m_header->setText(
        tr("<h2>%1</h2><p>%2 · <b>%3</b> points available · %4 points earned in the last 12 months · member since %5%6</p>")
            .arg(m->customerName.toHtmlEscaped(), ClubText::tier(m->tier), QLocale().toString(m->available),
                 QLocale().toString(m->earnedLast12Months), QLocale().toString(m->joinedOn, QLocale::LongFormat),
                 active ? QString() : tr(" · <span style='color:#c62828'>membership cancelled</span>")));
    m_cards->clear();
    QTreeWidgetItem *preferred = nullptr;
    for (const services::MemberView::Card &c : m->cards) {
        auto *item = new QTreeWidgetItem(m_cards, {c.number, ClubText::cardStatus(c.status), when(c.issuedAt), c.note});
        item->setData(0, Qt::UserRole, c.number);
        if (c.status != u"active"_s)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        if (c.status == u"active"_s || c.status == u"lost"_s)
            preferred = item;
    }
    if (preferred)
        m_cards->setCurrentItem(preferred);
    m_statement->clear();
    for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) { // newest first on screen
        auto *item =
            new QTreeWidgetItem(m_statement, {when(it->at), ClubText::ledgerKind(it->kind), QLocale().toString(it->points),
                                              QLocale().toString(it->balance), it->reason, it->cardNumber, it->by});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int i = 0; i < m_statement->columnCount(); ++i)
        m_statement->resizeColumnToContents(i);
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(active);
}

QString ClubPage::selectedCard() const
{
    return m_cards->currentItem() ? m_cards->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void ClubPage::done(const Status &s, const QString &title)
{
    if (!s) {
        showError(this, title, s.error());
        return;
    }
    if (m_member)
        showMember(m_member->id);
    const qint64 keep = m_member ? m_member->id : 0;
    loadMembers(false);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == keep) {
            m_list->blockSignals(true);
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_list->blockSignals(false);
        }
}

} // namespace crm::ui::club
