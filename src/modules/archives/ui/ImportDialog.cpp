#include "archives/ui/ImportDialog.h"

#include "ui/common/BackgroundJob.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(crm::services::ImportResult)

namespace crm::ui::archives {

ImportDialog::ImportDialog(AppContext &app, services::ImportTable table, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_app(app), m_data(std::move(table)), m_fileName(fileName), m_table(new QTableWidget(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Import customers — %1").arg(fileName));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%n data row(s), encoding %1. Check which field each column goes to; "
                      "rows are matched on the VIN, then the mobile, so importing the same file again adds nothing twice.",
                      nullptr, int(m_data.rows.size()))
                       .arg(m_data.encoding),
                   this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Goes to")});
    m_table->setRowCount(int(m_data.headers.size()));
    m_table->verticalHeader()->hide();
    const auto guess = services::ImportService::guessMapping(m_data.headers);
    for (int i = 0; i < m_data.headers.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(m_data.headers[i]));
        m_table->setItem(i, 1, new QTableWidgetItem(m_data.rows.isEmpty() ? QString() : m_data.rows.first().value(i)));
        for (int c = 0; c < 2; ++c)
            m_table->item(i, c)->setFlags(Qt::ItemIsEnabled);
        auto *combo = new QComboBox(m_table);
        for (services::ImportField f : services::ImportService::allFields())
            combo->addItem(services::ImportService::fieldTitle(f), int(f));
        combo->setCurrentIndex(combo->findData(int(guess.value(i))));
        m_table->setCellWidget(i, 2, combo);
    }
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(2, 200);
    layout->addWidget(m_table, 1);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *run = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    run->setObjectName(u"runImport"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(buttons);
}

QList<services::ImportField> ImportDialog::mapping() const
{
    QList<services::ImportField> out;
    for (int i = 0; i < m_table->rowCount(); ++i)
        out << services::ImportField(qobject_cast<QComboBox *>(m_table->cellWidget(i, 2))->currentData().toInt());
    return out;
}

void ImportDialog::accept()
{
    const auto map = mapping();
    const services::Session who = m_app.session;
    const services::ImportTable data = m_data;
    const QString name = m_fileName;
    const QVariant r = BackgroundJob::run(this, m_app.services.db.spec(), tr("Importing %1…").arg(name),
                                          [&](services::Context &ctx, const BackgroundJob::Control &c) {
                                              auto res = services::ImportService(ctx).importCustomers(who, data, map, name,
                                                                                                      c.progress, c.cancel);
                                              return res ? QVariant::fromValue(*res) : QVariant::fromValue(res.error());
                                          });
    if (BackgroundJob::isError(r)) {
        m_error->setText(r.value<Error>().message);
        m_error->show();
        return;
    }
    m_result = r.value<services::ImportResult>();
    const int rejected = int(m_result->rejected.size());
    QMessageBox box(rejected ? QMessageBox::Warning : QMessageBox::Information, windowTitle(),
                    tr("Imported %1 new customers, updated %2, unchanged %3, rejected %4.")
                        .arg(m_result->imported)
                        .arg(m_result->updated)
                        .arg(m_result->unchanged)
                        .arg(rejected),
                    QMessageBox::Close, this);
    QPushButton *save = rejected ? box.addButton(tr("Save the rejected rows…"), QMessageBox::ActionRole) : nullptr;
    if (rejected) {
        QStringList first;
        for (int i = 0; i < qMin(rejected, 10); ++i)
            first << tr("line %1: %2").arg(m_result->rejected[i].line).arg(m_result->rejected[i].reason);
        box.setDetailedText(first.join(u'\n'));
    }
    box.exec();
    if (save && box.clickedButton() == save) {
        const QString path =
            askSavePath(this, tr("Save the rejected rows"), m_fileName + tr("-rejected.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            if (Status s = services::ImportService::writeRejections(path, m_data, *m_result); !s)
                showError(this, windowTitle(), s.error());
    }
    QDialog::accept();
}

} // namespace crm::ui::archives
