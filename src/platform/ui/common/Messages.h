#pragma once
#include "core/Result.h"

class QWidget;

namespace crm::ui {
// The one place where an Error value becomes a dialog.
void showError(QWidget *parent, const QString &title, const Error &e);
// Asks before a destructive action; default button is No.
bool confirm(QWidget *parent, const QString &title, const QString &question, const QString &yesText);
} // namespace crm::ui
