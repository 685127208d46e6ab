// CustomerCard: what is done from the card — consents, documents, the data copy and erasure, vehicles, visits, transfer, reveal,
// edit.
#include "archives/ui/CustomerCard.h"

#include "club/core/ClubRules.h"

#include "archives/services/DocumentService.h"
#include "archives/ui/Dialogs.h"
#include "complaints/core/ComplaintRules.h"
#include "followups/services/CallDeskService.h"
#include "followups/services/FollowupService.h"
#include "privacy/services/PrivacyService.h"
#include "services/BackupService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Messages.h"

#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::archives {

void CustomerCard::toggleConsent(const QString &purpose)
{
    if (!m_card)
        return;
    bool granted = false;
    for (const data::ConsentRow &r : m_card->consents)
        if (r.purpose == purpose)
            granted = r.granted;
    QStringList ways;
    for (const QString &w : services::CustomerService::consentWays())
        ways << services::CustomerService::consentWayTitle(w);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, services::CustomerService::consentTitle(purpose),
        granted ? tr("How did the customer withdraw consent?") : tr("How did the customer give consent?"), ways, 0, false, &ok);
    if (!ok)
        return;
    const QString how = services::CustomerService::consentWays().value(int(ways.indexOf(chosen)));
    if (Status s = services::CustomerService(m_app.services).setConsent(m_app.session, m_id, purpose, !granted, how); !s) {
        showError(this, tr("Customer archives"), s.error());
        return;
    }
    showCustomer(m_id);
    // The last consent withdrawn: the purpose of holding the person's data may be gone with it
    // (PIPL Art. 47), so erasure is offered — asked, never done by itself.
    const bool noneLeft = m_card && std::none_of(m_card->consents.cbegin(), m_card->consents.cend(),
                                                 [](const data::ConsentRow &r) { return r.granted; });
    if (granted && noneLeft && m_app.session.can(Permission::ExportData) && m_app.session.can(Permission::EditCustomers) &&
        QMessageBox::question(this, tr("Every consent withdrawn"),
                              tr("The customer has withdrawn every consent. If they also want their personal data erased, "
                                 "erase it now?"),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
        erasePersonalData();
}

Status CustomerCard::attachFile(const QString &path, const QString &kind, const QString &archiveLocation)
{
    auto id = services::DocumentService(m_app.services).attach(m_app.session, m_id, 0, kind, path, archiveLocation);
    if (!id)
        return id.error();
    showCustomer(m_id);
    return {};
}

void CustomerCard::attachDocument()
{
    if (!m_id)
        return;
    const QString path = askOpenPath(this, tr("Attach a document"), QString(),
                                     tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList kinds;
    for (const QString &k : services::DocumentService::kinds())
        kinds << services::DocumentService::kindTitle(k);
    bool ok = false;
    const QString kind = QInputDialog::getItem(this, tr("Attach a document"), tr("What is it?"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString location =
        QInputDialog::getText(this, tr("Attach a document"), tr("Where is the paper original? (cabinet / box, may stay empty)"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status s = attachFile(path, services::DocumentService::kinds().value(int(kinds.indexOf(kind))), location); !s)
        showError(this, tr("Attach a document"), s.error());
}

void CustomerCard::openDocument()
{
    QTreeWidgetItem *item = m_documents->currentItem();
    if (!item)
        return;
    auto path = services::DocumentService(m_app.services).openPath(m_app.session, item->data(0, Qt::UserRole).toLongLong());
    if (!path) {
        showError(this, tr("Documents"), path.error());
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(*path));
}

void CustomerCard::removeDocument()
{
    QTreeWidgetItem *item = m_documents->currentItem();
    if (!item || !confirm(this, tr("Documents"),
                          tr("Remove %1 from this customer's documents? It is kept in the store and the "
                             "audit log.")
                              .arg(item->text(1)),
                          tr("Remove")))
        return;
    if (Status s = services::DocumentService(m_app.services).remove(m_app.session, item->data(0, Qt::UserRole).toLongLong()); !s)
        showError(this, tr("Documents"), s.error());
    showCustomer(m_id);
}

void CustomerCard::writeDataCopy()
{
    if (m_id == 0)
        return;
    const QString file =
        askSavePath(this, tr("Copy of personal data"), tr("customer-%1-personal-data.json").arg(m_id), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    if (Status s = services::PrivacyService(m_app.services).writeDataCopy(m_app.session, m_id, file); !s)
        showError(this, tr("Copy of personal data"), s.error());
}

void CustomerCard::erasePersonalData()
{
    if (m_id == 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Erase personal data"),
                                                 tr("This removes what identifies the customer and cannot be undone. "
                                                    "Service, complaint and points records are kept without the person.\n\n"
                                                    "Why is the data erased (e.g. the customer's written request of a date)?"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString question = tr("Erase the personal data of customer %1 now?").arg(m_id);
    if (const int days = services::BackupService(m_app.services).deletionDelayDays(); days > 0)
        question += u"\n\n"_s + tr("Backups made before now still hold the customer until they rotate out, within %n day(s); "
                                   "a database restored from one erases them again before anyone works on it.",
                                   "", days);
    if (!confirm(this, tr("Erase personal data"), question, tr("Erase")))
        return;
    const qint64 id = m_id;
    if (Status s = services::PrivacyService(m_app.services).anonymise(m_app.session, id, reason); !s) {
        showError(this, tr("Erase personal data"), s.error());
        return;
    }
    showCustomer(0);
    emit changed(id);
}

void CustomerCard::editVehicle()
{
    QTreeWidgetItem *item = m_vehicles->currentItem();
    if (!item || !m_card || !m_app.session.can(Permission::EditCustomers))
        return;
    const qint64 vehicleId = item->data(0, Qt::UserRole).toLongLong();
    for (const data::VehicleRow &v : m_card->vehicles) {
        if (v.id != vehicleId)
            continue;
        VehicleDialog dlg(m_app.services, m_app.session, m_id, this, &v);
        if (dlg.exec() == QDialog::Accepted) {
            showCustomer(m_id);
            emit changed(m_id);
        }
        return;
    }
}

void CustomerCard::addVisit()
{
    QTreeWidgetItem *item = m_vehicles->currentItem();
    if (!item)
        return;
    VisitDialog dlg(m_app.services, m_app.session, item->data(0, Qt::UserRole).toLongLong(), item->text(0) + u' ' + item->text(1),
                    this);
    if (dlg.exec() == QDialog::Accepted) {
        showCustomer(m_id);
        emit changed(m_id);
    }
}

void CustomerCard::transferVehicle()
{
    QTreeWidgetItem *item = m_vehicles->currentItem();
    if (!item)
        return;
    const qint64 vehicleId = item->data(0, Qt::UserRole).toLongLong();
    TransferDialog dlg(m_app, item->text(0) + u' ' + item->text(1), this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    if (Status s = services::CustomerService(m_app.services)
                       .transferVehicle(m_app.session, vehicleId, dlg.customerId(), dlg.date(), dlg.note());
        !s) {
        showError(this, tr("Customer archives"), s.error());
        return;
    }
    showCustomer(m_id);
    emit changed(m_id);
}

void CustomerCard::reveal()
{
    auto full = services::CustomerService(m_app.services).revealMobile(m_app.session, m_id);
    if (!full) {
        showError(this, tr("Customer archives"), full.error());
        return;
    }
    m_mobile->setText(*full);
    m_reveal->setEnabled(false);
}

void CustomerCard::edit()
{
    if (!m_card)
        return;
    CustomerDialog dlg(m_app.services, m_app.session, &m_card->customer, this);
    if (dlg.exec() == QDialog::Accepted) {
        showCustomer(m_id);
        emit changed(m_id);
    }
}

void CustomerCard::addVehicle()
{
    if (!m_id)
        return;
    VehicleDialog dlg(m_app.services, m_app.session, m_id, this);
    if (dlg.exec() == QDialog::Accepted) {
        showCustomer(m_id);
        emit changed(m_id);
    }
}

} // namespace crm::ui::archives
