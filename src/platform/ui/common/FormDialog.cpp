#include "ui/common/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {
namespace {
class EnterSearches final : public QObject {
public:
    EnterSearches(QObject *parent, std::function<void()> search) : QObject(parent), m_search(std::move(search)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_search();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_search;
};
} // namespace

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

void FormDialog::searchOnEnter(QLineEdit *field, std::function<void()> search)
{
    searchOnEnterOf(field, std::move(search));
}

void FormDialog::searchOnEnterOf(QLineEdit *field, std::function<void()> search)
{
    field->installEventFilter(new EnterSearches(field, std::move(search)));
}

} // namespace crm::ui
