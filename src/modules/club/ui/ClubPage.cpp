#include "club/ui/ClubPage.h"

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
QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
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
    enrolButton->setShortcut(QKeySequence::New);
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
    print->setShortcut(QKeySequence::Print);
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
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save as PDF"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            done(saveStatementPdf(path), tr("Save as PDF"));
    });
    connect(cardPdf, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Card layout as PDF"),
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
        auto *item = new QTreeWidgetItem(m_cards, {c.number, ClubText::cardStatus(c.status), when(c.issuedAt), QString()});
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

void ClubPage::enrol()
{
    const qint64 customer = pickCustomer(m_app, this, tr("Enrol a customer"));
    if (!customer)
        return;
    qint64 vehicle = 0;
    if (services::SettingsService(m_app.services).intValue(services::settings::kCardPerVehicle) != 0) {
        vehicle = pickVehicle(m_app, this, customer);
        if (!vehicle)
            return;
    }
    auto m = services::ClubService(m_app.services).enroll(m_app.session, customer, vehicle);
    if (!m) {
        showError(this, tr("Enrol a customer"), m.error());
        return;
    }
    loadMembers(false);
    openMember(m->id);
}

void ClubPage::reportLost()
{
    const QString card = selectedCard();
    if (card.isEmpty() || !m_member)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Report card %1 lost").arg(card),
        tr("Card %1 is blocked at once: it can neither earn nor spend points.\nHow was it lost? (optional)").arg(card),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    done(services::ClubService(m_app.services).reportLost(m_app.session, card, note), tr("Report lost"));
}

void ClubPage::reissue()
{
    const QString card = selectedCard();
    if (card.isEmpty() || !m_member)
        return;
    auto number = services::ClubService(m_app.services).reissue(m_app.session, card);
    if (!number) {
        showError(this, tr("Reissue"), number.error());
        return;
    }
    done({}, tr("Reissue"));
}

void ClubPage::issueCard()
{
    if (!m_member)
        return;
    const qint64 vehicle = pickVehicle(m_app, this, m_member->customerId);
    if (!vehicle)
        return;
    auto number = services::ClubService(m_app.services).issueCard(m_app.session, m_member->id, vehicle);
    done(number ? Status() : Status(number.error()), tr("Card for a vehicle"));
}

void ClubPage::addPoints()
{
    if (!m_member)
        return;
    bool ok = false;
    const int points = QInputDialog::getInt(this, tr("Add points"), tr("Points to add:"), 100, 1, 10000000, 1, &ok);
    if (!ok)
        return;
    const QString reason =
        QInputDialog::getText(this, tr("Add points"), tr("What are they for?"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto r = services::ClubService(m_app.services).earn(m_app.session, m_member->id, points, reason, {}, selectedCard());
    done(r ? Status() : Status(r.error()), tr("Add points"));
}

void ClubPage::redeemGift()
{
    if (!m_member)
        return;
    auto gifts = services::GiftService(m_app.services).gifts(true);
    if (!gifts) {
        showError(this, tr("Redeem a gift"), gifts.error());
        return;
    }
    QStringList items;
    for (const services::Gift &g : *gifts)
        items << tr("%1 — %2 points (%3 in stock)").arg(g.name, QLocale().toString(g.points), QLocale().toString(g.stock));
    if (items.isEmpty()) {
        showError(this, tr("Redeem a gift"), Error::invalid(tr("The gift catalogue is empty: add gifts on the Gifts tab.")));
        return;
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Redeem a gift"),
                                                 tr("%1 points available. Gift:").arg(QLocale().toString(m_member->available)),
                                                 items, 0, false, &ok);
    if (!ok)
        return;
    const int quantity = QInputDialog::getInt(this, tr("Redeem a gift"), tr("How many?"), 1, 1, 100, 1, &ok);
    if (!ok)
        return;
    auto order = services::GiftService(m_app.services)
                     .redeem(m_app.session, m_member->id, gifts->at(items.indexOf(choice)).id, quantity, selectedCard());
    done(order ? Status() : Status(order.error()), tr("Redeem a gift"));
    m_gifts->reload();
}

void ClubPage::adjust()
{
    if (!m_member)
        return;
    bool ok = false;
    const int points =
        QInputDialog::getInt(this, tr("Adjust points"), tr("Points (negative to take off):"), 0, -10000000, 10000000, 1, &ok);
    if (!ok)
        return;
    const QString reason = QInputDialog::getText(this, tr("Adjust points"), tr("Reason (kept in the ledger and the audit log):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    done(services::ClubService(m_app.services).adjust(m_app.session, m_member->id, points, reason), tr("Adjust points"));
}

void ClubPage::cancelMembership()
{
    if (!m_member)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Cancel membership"),
        tr("Cancel %1's membership? Every card is cancelled; the ledger is kept.\nReason:").arg(m_member->customerName),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    done(services::ClubService(m_app.services).cancelMembership(m_app.session, m_member->id, reason), tr("Cancel membership"));
}

QString ClubPage::statementHtml() const
{
    if (!m_member)
        return {};
    const QString dealer = services::SettingsService(m_app.services).value(services::settings::kDealerName);
    QString html = u"<h2>%1</h2><p>%2</p>"_s.arg(tr("Member statement"), dealer.toHtmlEscaped());
    html +=
        tr("<p>%1 · %2 · %3 points available · printed %4</p>")
            .arg(m_member->customerName.toHtmlEscaped(), ClubText::tier(m_member->tier), QLocale().toString(m_member->available),
                 QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    html += u"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"_s;
    for (const QString &h : {tr("When"), tr("What"), tr("Points"), tr("Balance"), tr("Reason"), tr("Card")})
        html += u"<th>"_s + h + u"</th>"_s;
    html += u"</tr>"_s;
    for (const services::StatementLine &l : m_lines)
        html += u"<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td><td>%5</td><td>%6</td></tr>"_s.arg(
            when(l.at), ClubText::ledgerKind(l.kind), QLocale().toString(l.points), QLocale().toString(l.balance),
            l.reason.toHtmlEscaped(), l.cardNumber);
    return html + u"</table>"_s;
}

Status ClubPage::saveStatementPdf(const QString &path) const
{
    QTextDocument doc;
    doc.setHtml(statementHtml());
    return services::writePdf(doc, path, tr("Member statement"));
}

Status ClubPage::saveCardPdf(const QString &path) const
{
    if (!m_member)
        return Error::invalid(tr("Choose a member first."));
    QString number;
    for (const services::MemberView::Card &c : m_member->cards)
        if (c.status == u"active"_s)
            number = c.number;
    if (number.isEmpty())
        return Error::invalid(tr("The member has no active card to print."));
    // A CR80 card (85.6 × 54 mm) on its own page, for the card printer.
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QSizeF(85.6, 54.0), QPageSize::Millimeter, tr("Member card")));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(600);
    QPainter p(&writer);
    const QRect page(0, 0, writer.width(), writer.height());
    p.fillRect(page, QColor(0x1f, 0x3a, 0x5f));
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setPointSizeF(9);
    p.setFont(f);
    const QString dealer = services::SettingsService(m_app.services).value(services::settings::kDealerName);
    p.drawText(page.adjusted(120, 90, -120, 0), Qt::AlignLeft | Qt::AlignTop, dealer + u"  "_s + tr("Owners' club"));
    f.setPointSizeF(16);
    f.setBold(true);
    p.setFont(f);
    p.drawText(page.adjusted(120, 0, -120, 0), Qt::AlignLeft | Qt::AlignVCenter,
               number.left(3) + u' ' + number.mid(3, 3) + u' ' + number.mid(6));
    f.setPointSizeF(9);
    f.setBold(false);
    p.setFont(f);
    p.drawText(page.adjusted(120, 0, -120, -90), Qt::AlignLeft | Qt::AlignBottom, m_member->customerName);
    p.drawText(page.adjusted(120, 0, -120, -90), Qt::AlignRight | Qt::AlignBottom, ClubText::tier(m_member->tier));
    return p.end() ? Status() : Status(Error::io(tr("Could not write %1.").arg(path)));
}

void ClubPage::printStatement()
{
    if (!m_member)
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(statementHtml());
    doc.print(&printer);
}

void ClubPage::exportStatement()
{
    if (!m_member)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export statement"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = services::ClubService(m_app.services).exportStatement(m_app.session, m_member->id, path); !s)
        showError(this, tr("Export statement"), s.error());
}

} // namespace crm::ui::club
