#pragma once
#include "archives/services/ImportService.h"
#include "ui/shell/Module.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace crm::ui::archives {

// The mapping step of an import: each column of the file with a sample value and the field it
// goes to (guessed from the header table, changeable). Import runs it in the background.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    ImportDialog(AppContext &app, services::ImportTable table, const QString &fileName, QWidget *parent = nullptr);
    QList<services::ImportField> mapping() const;
    const std::optional<services::ImportResult> &result() const { return m_result; }
    QTableWidget *mappingTable() const { return m_table; }

public slots:
    void accept() override;

private:
    AppContext &m_app;
    services::ImportTable m_data;
    QString m_fileName;
    QTableWidget *m_table;
    QLabel *m_error;
    std::optional<services::ImportResult> m_result;
};

} // namespace crm::ui::archives
