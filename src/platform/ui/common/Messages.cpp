#include "ui/common/Messages.h"

#include <QMessageBox>
#include <QPushButton>

namespace crm::ui {

void showError(QWidget *parent, const QString &title, const Error &e)
{
    QMessageBox box(e.kind == Error::Kind::Database ? QMessageBox::Critical : QMessageBox::Warning, title, e.message,
                    QMessageBox::Ok, parent);
    if (!e.sqlCode.isEmpty())
        box.setDetailedText(QMessageBox::tr("Database error code: %1").arg(e.sqlCode));
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    QPushButton *yes = box.addButton(yesText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace crm::ui
