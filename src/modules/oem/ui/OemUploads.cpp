// The upload of OemPage: what goes (changes since the last upload, everything, or a month), the
// file made on a worker thread, and the log of the files sent with a rebuild of any of them.
#include "oem/ui/OemPage.h"

#include "ui/common/BackgroundJob.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::oem {

using crm::oem::OemText;

QWidget *OemPage::buildUpload()
{
    auto *group = new QGroupBox(tr("Upload to the manufacturer"), this);
    m_mode = new QComboBox(group);
    m_mode->setObjectName(u"uploadMode"_s);
    m_mode->addItem(OemText::mode(u"changed"_s), int(services::UploadMode::Changed));
    m_mode->addItem(OemText::mode(u"all"_s), int(services::UploadMode::All));
    m_month = new QDateEdit(localToday(m_app.services.clock).addMonths(-1), group);
    m_month->setObjectName(u"uploadMonth"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_watermark = new QLabel(group);
    m_watermark->setObjectName(u"watermark"_s);
    m_upload = button(group, tr("&Make the upload file…"), "upload");
    m_upload->setToolTip(tr("Choose the folder; the file is named by the template (Ctrl+G)"));
    m_batches =
        table(group, u"batches"_s, {tr("Batch"), tr("Made"), tr("What"), tr("Rows"), tr("File"), tr("SHA-256"), tr("By")});
    m_batches->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setEmptyHint(m_batches, tr("Nothing sent with this template yet."));
    m_rebuild = button(group, tr("Rebuild the file…"), "rebuild");
    m_rebuild->setToolTip(tr("The file of the chosen batch again, byte for byte, to show what was sent"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Send:"), group));
    row->addWidget(m_mode);
    row->addWidget(m_month);
    row->addWidget(m_upload);
    row->addWidget(m_watermark, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_rebuild);
    auto *box = new QVBoxLayout(group);
    box->addLayout(row);
    box->addWidget(m_batches, 1);
    box->addLayout(bottom);
    connect(m_upload, &QPushButton::clicked, this, &OemPage::upload);
    connect(m_rebuild, &QPushButton::clicked, this, &OemPage::rebuild);
    connect(m_batches, &QTableWidget::itemSelectionChanged, this,
            [this] { m_rebuild->setEnabled(m_batches->currentRow() >= 0); });
    new QShortcut(Keys::sequence(PageKey::OemUpload), this, this, &OemPage::upload, Qt::WidgetWithChildrenShortcut);
    m_rebuild->setEnabled(false);
    return group;
}

void OemPage::loadBatches()
{
    const qint64 id = currentId();
    m_batches->setRowCount(0);
    m_rebuild->setEnabled(false);
    m_watermark->clear();
    if (!id)
        return;
    const int row = m_list->currentRow();
    const crm::oem::Template &t = m_templates[row];
    if (!crm::oem::isMonthly(t.dataSet))
        m_watermark->setText(t.watermark.isEmpty() ? tr("Never uploaded: the first upload sends everything.")
                                                   : tr("Last upload reached %1.").arg(when(fromStoredUtc(t.watermark))));
    auto batches = services::OemService(m_app.services).batches(m_app.session, id);
    if (!batches) {
        showError(this, tr("Upload log"), batches.error());
        return;
    }
    m_batches->setRowCount(int(batches->size()));
    for (int r = 0; r < batches->size(); ++r) {
        const services::OemBatchRow &b = batches->at(r);
        QString what = OemText::mode(b.mode);
        if (!b.period.isEmpty())
            what += u' ' + b.period;
        else if (!b.since.isEmpty())
            what = tr("Changed %1 – %2").arg(when(fromStoredUtc(b.since)), when(fromStoredUtc(b.until)));
        put(m_batches, r,
            {QString::number(b.id), when(fromStoredUtc(b.createdAt)), what, QString::number(b.rows), b.fileName,
             b.sha256.left(16) + u'…', b.username},
            b.id);
        m_batches->item(r, 5)->setToolTip(b.sha256);
    }
}

void OemPage::upload()
{
    if (!currentId() || !leaveEdits())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the upload file"), startPath({}));
    if (!folder.isEmpty()) {
        rememberFolderOf(folder + u"/x"_s);
        uploadInto(folder);
    }
}

bool OemPage::uploadInto(const QString &folder)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size() || !m_templates[row].id)
        return false;
    services::UploadRequest r;
    r.templateId = m_templates[row].id;
    r.folder = folder;
    if (crm::oem::isMonthly(m_templates[row].dataSet)) {
        r.mode = services::UploadMode::Month;
        r.month = m_month->date();
    } else {
        r.mode = services::UploadMode(m_mode->currentData().toInt());
    }
    const services::Session who = m_app.session;
    const Clock *clock = &m_app.services.clock;
    const QVariant v = BackgroundJob::run(this, m_app.services.db.spec(), tr("Making the upload file…"),
                                          [who, clock, r](services::Context &threadCtx, const BackgroundJob::Control &) {
                                              services::Context ctx{threadCtx.db, *clock};
                                              auto done = services::OemService(ctx).generate(who, r);
                                              if (!done)
                                                  return QVariant::fromValue(done.error());
                                              return QVariant(QStringList{done->path, QString::number(done->rows), done->sha256});
                                          });
    if (BackgroundJob::isError(v)) {
        showError(this, tr("Upload to the manufacturer"), v.value<Error>());
        return false;
    }
    const QStringList made = v.toStringList();
    reload();
    QMessageBox::information(
        this, tr("Upload to the manufacturer"),
        tr("%n row(s) written to %1.\nSHA-256: %2\nThe upload log keeps what was sent.", nullptr, made.value(1).toInt())
            .arg(QFileInfo(made.value(0)).fileName(), made.value(2)));
    return true;
}

void OemPage::rebuild()
{
    const int row = m_batches->currentRow();
    if (row < 0)
        return;
    const qint64 batch = m_batches->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString path = askSavePath(this, tr("Rebuild the file"), m_batches->item(row, 4)->text());
    if (!path.isEmpty())
        rebuildTo(batch, path);
}

bool OemPage::rebuildTo(qint64 batchId, const QString &path)
{
    auto done = services::OemService(m_app.services).regenerate(m_app.session, batchId, path);
    if (!done) {
        showError(this, tr("Rebuild the file"), done.error());
        return false;
    }
    if (done->identical)
        QMessageBox::information(this, tr("Rebuild the file"),
                                 tr("The file is the one sent: SHA-256 %1 matches the upload log.").arg(done->sha256));
    else
        QMessageBox::warning(this, tr("Rebuild the file"),
                             tr("The file differs from the one sent: a customer in it has been erased since. "
                                "The upload log keeps the SHA-256 of the file as sent."));
    return done->identical;
}

} // namespace crm::ui::oem
