#include "ui/common/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

FormDialog::FormDialog(QWidget *parent, const QString &title) : dialog(parent), form(new QFormLayout), error(new QLabel(&dialog))
{
    dialog.setWindowTitle(title);
    error->setStyleSheet(u"color:#c62828"_s);
    error->setWordWrap(true);
    error->hide();
}

bool FormDialog::exec(const std::function<Status()> &submit)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const Status s = submit();
        if (s) {
            dialog.accept();
            return;
        }
        error->setText(s.error().message);
        error->show();
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace crm::ui
