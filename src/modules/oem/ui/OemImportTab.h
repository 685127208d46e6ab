#pragma once
#include "oem/services/OemService.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace crm::ui::oem {

// The manufacturer's files brought home: their survey results or hotline tickets read from a file,
// each column given its meaning (guessed from the header, changeable), imported on a worker with
// progress and cancel, the rows not imported saved with their reasons; and their scores per
// advisor beside ours for a month.
class OemImportTab : public QWidget {
    Q_OBJECT
public:
    OemImportTab(AppContext &app, QWidget *parent = nullptr);
    // The file step without its dialog; shown for tests.
    bool openFile(const QString &path);
    bool runImport();
    void loadComparison();

private:
    QStringList mapping() const;
    void kindChanged();
    void saveRejections();

    AppContext &m_app;
    services::ImportTable m_table;
    services::OemImportResult m_result;
    QComboBox *m_kind;
    QLabel *m_file;
    QTableWidget *m_mapping;
    QPushButton *m_import;
    QLabel *m_outcome;
    QPushButton *m_rejects;
    QDateEdit *m_month;
    QTableWidget *m_gaps;
};

} // namespace crm::ui::oem
