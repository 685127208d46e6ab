#pragma once
#include "ui/shell/Module.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace crm::ui::frontdesk {

// The desk's lists a manager keeps: job types with their expected labour, the service advisors,
// the purposes of an inbound call. Names and labour are edited in place, an entry is retired by
// unticking it (appointments keep their job and advisor), a new one added at the end.
class DeskListsDialog final : public QDialog {
    Q_OBJECT
public:
    DeskListsDialog(AppContext &app, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    QTableWidget *table(const QString &list, bool withMinutes);
    void addRow(QTableWidget *t, const QString &code, const QString &title, int minutes, bool active);

    AppContext &m_app;
    QTabWidget *m_tabs;
    QLabel *m_error;
    QList<QPair<QString, QTableWidget *>> m_lists;
};

} // namespace crm::ui::frontdesk
