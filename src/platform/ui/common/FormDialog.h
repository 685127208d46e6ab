#pragma once
#include "core/Result.h"

#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace crm::ui {

// A form dialog: rows added by the caller to `form`, OK/Cancel, and a check run on OK that keeps
// the dialog open with its message when something is wrong — nothing typed is lost to an error.
struct FormDialog {
    QDialog dialog;
    QFormLayout *form;
    QLabel *error;
    FormDialog(QWidget *parent, const QString &title);
    // `submit` returns the error to show, or success when done.
    bool exec(const std::function<Status()> &submit);
    // Enter in `field` runs `search` and nothing else: without it the key also pressed the
    // dialog's default button, and OK ran over the results just asked for.
    void searchOnEnter(QLineEdit *field, std::function<void()> search);
    // The same for a field of any dialog.
    static void searchOnEnterOf(QLineEdit *field, std::function<void()> search);
};

} // namespace crm::ui
