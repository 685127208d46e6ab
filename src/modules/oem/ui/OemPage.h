#pragma once
#include "oem/services/OemService.h"
#include "ui/shell/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace crm::ui::oem {

// 厂家数据交换: the upload templates (the list; the editor: data set, file type, file name, the
// columns with their headers, date formats and code maps), the upload itself (what changed since
// the last upload, everything, or a month), and the log of every file sent with its SHA-256 and
// a rebuild of any past one.
class OemPage : public QWidget {
    Q_OBJECT
public:
    OemPage(AppContext &app, QWidget *parent = nullptr);
    void reload();
    // The upload into `folder` (the button asks for it first); shown for tests.
    bool uploadInto(const QString &folder);
    bool rebuildTo(qint64 batchId, const QString &path);
    bool save();

private:
    QWidget *buildEditor();
    QWidget *buildUpload();
    void showTemplate(int row); // the list's choice: asks about unsaved edits first
    void display(int row);
    void reloadAt(qint64 templateId);
    void fillColumns(const crm::oem::Template &t);
    crm::oem::Template edited() const;
    void addColumn();
    void moveColumn(int by);
    void removeColumn();
    void newTemplate();
    void deleteTemplate();
    void exportTemplate();
    void importTemplate();
    void upload();
    void rebuild();
    void loadBatches();
    void dataSetChanged();
    void markDirty();
    bool leaveEdits();
    qint64 currentId() const;

    AppContext &m_app;
    QList<crm::oem::Template> m_templates;
    bool m_dirty = false;
    bool m_loading = false;
    int m_shownRow = -2;
    // Templates
    QListWidget *m_list;
    QPushButton *m_delete;
    QPushButton *m_exportTemplate;
    // Editor
    QLineEdit *m_name;
    QComboBox *m_dataSet;
    QComboBox *m_fileType;
    QLineEdit *m_pattern;
    QTableWidget *m_columns;
    QComboBox *m_addField;
    QPushButton *m_save;
    QLabel *m_problem;
    // Upload
    QComboBox *m_mode;
    QDateEdit *m_month;
    QLabel *m_watermark;
    QPushButton *m_upload;
    QTableWidget *m_batches;
    QPushButton *m_rebuild;
};

} // namespace crm::ui::oem
