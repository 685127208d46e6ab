// ClubPage: what is done to the open member — enrol, cards, points, gifts, cancellation — and the statement (print, PDF, card
// layout, export).
#include "club/ui/ClubPage.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/SaveUnit.h"
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
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::club::ClubText;

namespace crm::ui::club {

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
    // A new number replaces the old one for good: asked first, as the other irreversible steps are.
    if (QMessageBox::question(this, tr("Reissue"),
                              tr("Issue a new card in place of card %1? The old number stops working for good; the "
                                 "points, tier and history move to the new card.")
                                  .arg(card),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
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
    // One form: how many and what for, checked together, kept open on an error.
    FormDialog d(this, tr("Add points for %1").arg(m_member->customerName));
    auto *points = new QSpinBox(&d.dialog);
    points->setObjectName(u"earnPoints"_s);
    points->setRange(1, 10000000);
    points->setValue(100);
    points->setGroupSeparatorShown(true);
    auto *reason = new QLineEdit(&d.dialog);
    reason->setObjectName(u"earnReason"_s);
    reason->setPlaceholderText(tr("e.g. maintenance invoice 2026-1123, activity, referral"));
    d.form->addRow(tr("&Points to add:"), points);
    d.form->addRow(tr("&What are they for:"), reason);
    SaveUnit unit(m_app.services.db);
    const bool earned = d.exec([&]() -> Status {
        auto r = unit.run([&] {
            return services::ClubService(m_app.services)
                .earn(m_app.session, m_member->id, points->value(), reason->text(), {}, selectedCard());
        });
        if (!r && r.error().kind == Error::Kind::AlreadyApplied)
            return {}; // the first press had saved; its answer was lost with the connection
        return r ? Status() : Status(r.error());
    });
    if (earned)
        done({}, tr("Add points"));
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
    if (gifts->isEmpty()) {
        showError(this, tr("Redeem a gift"), Error::invalid(tr("The gift catalogue is empty: add gifts on the Gifts tab.")));
        return;
    }
    FormDialog d(this, tr("Redeem a gift for %1").arg(m_member->customerName));
    auto *gift = new QComboBox(&d.dialog);
    gift->setObjectName(u"redeemGift"_s);
    const qint64 available = m_member->available;
    for (const services::Gift &g : *gifts) {
        // Every gift is listed, and one the member cannot afford says so rather than failing on OK.
        const QString text =
            g.points > available
                ? tr("%1 — %2 points (%3 in stock) · %4 points short")
                      .arg(g.name, QLocale().toString(g.points), QLocale().toString(g.stock),
                           QLocale().toString(g.points - available))
                : tr("%1 — %2 points (%3 in stock)").arg(g.name, QLocale().toString(g.points), QLocale().toString(g.stock));
        gift->addItem(text, g.id);
        if (g.points > available || g.stock <= 0)
            gift->setItemData(gift->count() - 1, QColor(0x90, 0xa4, 0xae), Qt::ForegroundRole);
    }
    auto *quantity = new QSpinBox(&d.dialog);
    quantity->setObjectName(u"redeemQuantity"_s);
    quantity->setRange(1, 100);
    d.form->addRow(tr("Available:"), new QLabel(tr("%1 points").arg(QLocale().toString(available)), &d.dialog));
    d.form->addRow(tr("&Gift:"), gift);
    d.form->addRow(tr("&How many:"), quantity);
    const bool redeemed = d.exec([&]() -> Status {
        auto order =
            services::GiftService(m_app.services)
                .redeem(m_app.session, m_member->id, gift->currentData().toLongLong(), quantity->value(), selectedCard());
        return order ? Status() : Status(order.error());
    });
    if (redeemed) {
        done({}, tr("Redeem a gift"));
        m_gifts->reload();
    }
}

void ClubPage::adjust()
{
    if (!m_member)
        return;
    FormDialog d(this, tr("Adjust points for %1").arg(m_member->customerName));
    auto *points = new QSpinBox(&d.dialog);
    points->setObjectName(u"adjustPoints"_s);
    points->setRange(-10000000, 10000000);
    points->setGroupSeparatorShown(true);
    auto *reason = new QLineEdit(&d.dialog);
    reason->setObjectName(u"adjustReason"_s);
    reason->setPlaceholderText(tr("Kept in the ledger and the audit log"));
    d.form->addRow(tr("&Points (negative to take off):"), points);
    d.form->addRow(tr("&Reason:"), reason);
    if (d.exec([&] {
            return services::ClubService(m_app.services).adjust(m_app.session, m_member->id, points->value(), reason->text());
        }))
        done({}, tr("Adjust points"));
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
    const QString path =
        askSavePath(this, tr("Export statement"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                    tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = services::ClubService(m_app.services).exportStatement(m_app.session, m_member->id, path); !s)
        showError(this, tr("Export statement"), s.error());
}

} // namespace crm::ui::club
