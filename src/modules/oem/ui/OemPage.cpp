#include "oem/ui/OemPage.h"

#include "oem/ui/OemImportTab.h"
#include "ui/common/EmptyState.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::oem {

using crm::oem::Column;
using crm::oem::DataSet;
using crm::oem::OemText;
using crm::oem::Template;

namespace {

enum ColumnCell { FieldCell, HeaderCell, FormatCell, CodesCell };

// "M=男; F=女" ⇄ the code map: what the supervisor types in one cell.
QString codesText(const QMap<QString, QString> &codes)
{
    QStringList parts;
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u"; "_s);
}

QMap<QString, QString> codesFrom(const QString &text)
{
    QMap<QString, QString> out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            out.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    return out;
}

} // namespace

OemPage::OemPage(AppContext &app, QWidget *parent) : QWidget(parent), m_app(app)
{
    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->addWidget(new QLabel(tr("Upload templates"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(u"templates"_s);
    setEmptyHint(m_list, tr("No templates — make one with New template."));
    leftBox->addWidget(m_list, 1);
    auto *newButton = button(left, tr("&New template"), "newTemplate");
    m_delete = button(left, tr("Delete"), "deleteTemplate");
    m_exportTemplate = button(left, tr("Save as file…"), "exportTemplate");
    auto *importButton = button(left, tr("Add from file…"), "importTemplate");
    newButton->setToolTip(tr("A template for another data set or another manufacturer's layout (Ctrl+N)"));
    m_exportTemplate->setToolTip(tr("The template as a small file another store of the group can add"));
    auto *buttons = new QGridLayout;
    buttons->addWidget(newButton, 0, 0);
    buttons->addWidget(m_delete, 0, 1);
    buttons->addWidget(m_exportTemplate, 1, 0);
    buttons->addWidget(importButton, 1, 1);
    leftBox->addLayout(buttons);

    // The editor and the upload share the height; at 768 pixels either may want more of it.
    auto *right = new QSplitter(Qt::Vertical, split);
    right->setObjectName(u"oemRight"_s);
    right->addWidget(buildEditor());
    right->addWidget(buildUpload());
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({240, 900});
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"oemTabs"_s);
    tabs->addTab(split, tr("Uploads"));
    tabs->addTab(new OemImportTab(app, tabs), tr("Their results and tickets"));
    auto *box = new QVBoxLayout(this);
    box->addWidget(tabs);

    connect(m_list, &QListWidget::currentRowChanged, this, &OemPage::showTemplate);
    connect(newButton, &QPushButton::clicked, this, &OemPage::newTemplate);
    connect(m_delete, &QPushButton::clicked, this, &OemPage::deleteTemplate);
    connect(m_exportTemplate, &QPushButton::clicked, this, &OemPage::exportTemplate);
    connect(importButton, &QPushButton::clicked, this, &OemPage::importTemplate);
    new QShortcut(Keys::sequence(PageKey::New), this, this, &OemPage::newTemplate, Qt::WidgetWithChildrenShortcut);
    new QShortcut(Keys::sequence(PageKey::OemSaveTemplate), this, this, &OemPage::save, Qt::WidgetWithChildrenShortcut);
    reload();
}

QWidget *OemPage::buildEditor()
{
    auto *group = new QGroupBox(tr("Template"), this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(group);
    m_name->setObjectName(u"templateName"_s);
    m_dataSet = new QComboBox(group);
    m_dataSet->setObjectName(u"dataSet"_s);
    for (DataSet s : crm::oem::allDataSets())
        m_dataSet->addItem(OemText::dataSet(s), crm::oem::dataSetId(s));
    m_fileType = new QComboBox(group);
    m_fileType->setObjectName(u"fileType"_s);
    for (auto t : {crm::oem::FileType::Xlsx, crm::oem::FileType::CsvGb18030, crm::oem::FileType::CsvUtf8})
        m_fileType->addItem(OemText::fileType(t), crm::oem::fileTypeId(t));
    m_pattern = new QLineEdit(group);
    m_pattern->setObjectName(u"filePattern"_s);
    m_pattern->setToolTip(tr("{dealer} dealer code, {set} data set, {period} month, {date} and {time} of the upload, "
                             "{batch} its number; the suffix follows the file type"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Data set:"), m_dataSet);
    form->addRow(tr("File type:"), m_fileType);
    form->addRow(tr("File name:"), m_pattern);

    m_columns =
        table(group, u"columns"_s, {tr("Field"), tr("Header in the file"), tr("Date format"), tr("Codes (ours=theirs; …)")});
    m_columns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_columns->setColumnWidth(FieldCell, 150);
    m_columns->setColumnWidth(HeaderCell, 150);
    m_columns->setColumnWidth(FormatCell, 130);
    m_addField = new QComboBox(group);
    m_addField->setObjectName(u"addField"_s);
    auto *add = button(group, tr("Add column"), "addColumn");
    auto *up = button(group, tr("Up"), "columnUp");
    auto *down = button(group, tr("Down"), "columnDown");
    auto *remove = button(group, tr("Remove column"), "removeColumn");
    m_save = button(group, tr("&Save template"), "saveTemplate");
    m_save->setToolTip(tr("Ctrl+S"));
    m_problem = new QLabel(group);
    m_problem->setObjectName(u"templateProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_problem->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_addField, 1);
    row->addWidget(add);
    row->addWidget(up);
    row->addWidget(down);
    row->addWidget(remove);
    row->addStretch();
    row->addWidget(m_save);
    auto *box = new QVBoxLayout(group);
    box->addLayout(form);
    box->addWidget(m_columns, 1);
    box->addLayout(row);
    box->addWidget(m_problem);

    connect(m_dataSet, &QComboBox::currentIndexChanged, this, &OemPage::dataSetChanged);
    connect(m_name, &QLineEdit::textEdited, this, &OemPage::markDirty);
    connect(m_pattern, &QLineEdit::textEdited, this, &OemPage::markDirty);
    connect(m_fileType, &QComboBox::currentIndexChanged, this, &OemPage::markDirty);
    connect(m_columns, &QTableWidget::itemChanged, this, &OemPage::markDirty);
    connect(add, &QPushButton::clicked, this, &OemPage::addColumn);
    connect(up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(remove, &QPushButton::clicked, this, &OemPage::removeColumn);
    connect(m_save, &QPushButton::clicked, this, &OemPage::save);
    return group;
}

void OemPage::reload()
{
    reloadAt(currentId());
}

void OemPage::reloadAt(qint64 keep)
{
    auto list = services::OemService(m_app.services).templates(m_app.session);
    if (!list) {
        showError(this, tr("Upload templates"), list.error());
        return;
    }
    m_templates = *list;
    m_loading = true;
    m_list->clear();
    int select = m_templates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const Template &t = m_templates[i];
        auto *item = new QListWidgetItem(t.name + u'\n' + OemText::dataSet(t.dataSet), m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            select = i;
    }
    m_list->setCurrentRow(select);
    m_loading = false;
    display(select);
}

qint64 OemPage::currentId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_templates.size() ? m_templates[row].id : 0;
}

bool OemPage::leaveEdits()
{
    if (!m_dirty)
        return true;
    const auto answer = QMessageBox::question(this, tr("Upload templates"), tr("Save the changes to this template?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void OemPage::showTemplate(int row)
{
    if (m_loading || row == m_shownRow)
        return;
    if (m_dirty) {
        const qint64 clicked = row >= 0 && row < m_templates.size() ? m_templates[row].id : 0;
        if (!leaveEdits()) { // stay on the template being edited
            m_loading = true;
            m_list->setCurrentRow(m_shownRow);
            m_loading = false;
            return;
        }
        m_dirty = false;
        reloadAt(clicked); // saved or dropped: the list as stored, at the template clicked
        return;
    }
    display(row);
}

void OemPage::display(int row)
{
    m_shownRow = row;
    const bool has = row >= 0 && row < m_templates.size();
    const Template t = has ? m_templates[row] : Template{};
    m_loading = true;
    m_name->setText(t.name);
    m_dataSet->setCurrentIndex(std::max(0, m_dataSet->findData(crm::oem::dataSetId(t.dataSet))));
    m_fileType->setCurrentIndex(std::max(0, m_fileType->findData(crm::oem::fileTypeId(t.fileType))));
    m_pattern->setText(t.filePattern);
    fillColumns(t);
    m_loading = false;
    dataSetChanged();
    m_dirty = false;
    m_problem->clear();
    m_delete->setEnabled(has && t.id);
    m_exportTemplate->setEnabled(has && t.id);
    m_upload->setEnabled(has && t.id);
    loadBatches();
}

void OemPage::fillColumns(const Template &t)
{
    const bool was = m_loading;
    m_loading = true;
    m_columns->setRowCount(int(t.columns.size()));
    for (int r = 0; r < t.columns.size(); ++r) {
        const Column &c = t.columns[r];
        put(m_columns, r, {OemText::field(c.field), c.header, c.format, codesText(c.codes)}, c.field);
        m_columns->item(r, FieldCell)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        const auto def = crm::oem::field(t.dataSet, c.field);
        const bool dated = def && (def->kind == crm::oem::FieldKind::Date || def->kind == crm::oem::FieldKind::DateTime);
        const bool coded = def && def->kind == crm::oem::FieldKind::Code;
        if (!dated)
            m_columns->item(r, FormatCell)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        if (!coded)
            m_columns->item(r, CodesCell)->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        else if (def && !def->codes.isEmpty())
            m_columns->item(r, CodesCell)->setToolTip(tr("Our values: %1").arg(def->codes.join(u", "_s)));
    }
    m_loading = was;
}

Template OemPage::edited() const
{
    Template t;
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_templates.size())
        t = m_templates[row];
    t.name = m_name->text();
    t.dataSet = crm::oem::dataSetFromId(m_dataSet->currentData().toString()).value_or(DataSet::Archive);
    t.fileType = crm::oem::fileTypeFromId(m_fileType->currentData().toString()).value_or(crm::oem::FileType::Xlsx);
    t.filePattern = m_pattern->text();
    t.columns.clear();
    for (int r = 0; r < m_columns->rowCount(); ++r)
        t.columns << Column{m_columns->item(r, FieldCell)->data(Qt::UserRole).toString(), m_columns->item(r, HeaderCell)->text(),
                            m_columns->item(r, FormatCell)->text().trimmed(), codesFrom(m_columns->item(r, CodesCell)->text())};
    return t;
}

void OemPage::dataSetChanged()
{
    const auto set = crm::oem::dataSetFromId(m_dataSet->currentData().toString()).value_or(DataSet::Archive);
    m_addField->clear();
    for (const crm::oem::FieldDef &f : crm::oem::fields(set))
        m_addField->addItem(OemText::field(f.key), f.key);
    const bool monthly = crm::oem::isMonthly(set);
    m_mode->setVisible(!monthly);
    m_month->setVisible(monthly);
    if (m_loading)
        return;
    // A column of the old data set means nothing in the new one.
    Template t = edited();
    QList<Column> kept;
    for (const Column &c : t.columns)
        if (crm::oem::field(set, c.field))
            kept << c;
    t.columns = kept;
    fillColumns(t);
    markDirty();
}

void OemPage::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

void OemPage::addColumn()
{
    const QString key = m_addField->currentData().toString();
    if (key.isEmpty())
        return;
    Template t = edited();
    t.columns << Column{key, OemText::field(key), {}, {}};
    fillColumns(t);
    m_columns->setCurrentCell(m_columns->rowCount() - 1, HeaderCell);
    markDirty();
}

void OemPage::moveColumn(int by)
{
    const int row = m_columns->currentRow();
    Template t = edited();
    if (row < 0 || row + by < 0 || row + by >= t.columns.size())
        return;
    t.columns.swapItemsAt(row, row + by);
    fillColumns(t);
    m_columns->setCurrentCell(row + by, m_columns->currentColumn());
    markDirty();
}

void OemPage::removeColumn()
{
    const int row = m_columns->currentRow();
    Template t = edited();
    if (row < 0 || row >= t.columns.size())
        return;
    t.columns.removeAt(row);
    fillColumns(t);
    markDirty();
}

bool OemPage::save()
{
    if (m_list->currentRow() < 0 && m_name->text().isEmpty())
        return false;
    const Template t = edited();
    auto id = services::OemService(m_app.services).saveTemplate(m_app.session, t);
    if (!id) {
        m_problem->setText(id.error().message);
        return false;
    }
    m_dirty = false;
    m_problem->clear();
    reloadAt(*id);
    return true;
}

void OemPage::newTemplate()
{
    if (!leaveEdits())
        return;
    if (m_dirty) { // discarded
        m_dirty = false;
        reload();
    }
    Template t;
    t.name = tr("New template");
    t.filePattern = u"{dealer}_{set}_{date}_{batch}"_s;
    for (const crm::oem::FieldDef &f : crm::oem::fields(DataSet::Archive))
        t.columns << Column{f.key, OemText::field(f.key), {}, {}};
    m_templates << t;
    m_loading = true;
    auto *item = new QListWidgetItem(t.name, m_list);
    item->setData(Qt::UserRole, 0);
    m_list->setCurrentRow(int(m_templates.size()) - 1);
    m_loading = false;
    display(int(m_templates.size()) - 1);
    m_dirty = true;
    m_name->setFocus();
    m_name->selectAll();
}

void OemPage::deleteTemplate()
{
    const qint64 id = currentId();
    if (!id ||
        !confirm(this, tr("Delete template"),
                 tr("Delete the template %1? Its upload log stays; the files sent can still be rebuilt.").arg(m_name->text()),
                 tr("Delete")))
        return;
    if (auto s = services::OemService(m_app.services).deleteTemplate(m_app.session, id); !s) {
        showError(this, tr("Delete template"), s.error());
        return;
    }
    m_dirty = false;
    reload();
}

void OemPage::exportTemplate()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const QString path =
        askSavePath(this, tr("Save the template as a file"), m_name->text() + u".json"_s, tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = services::OemService(m_app.services).exportTemplate(m_app.session, id, path); !s)
        showError(this, tr("Save the template as a file"), s.error());
}

void OemPage::importTemplate()
{
    if (!leaveEdits())
        return;
    m_dirty = false;
    const QString path = askOpenPath(this, tr("Add a template from a file"), {}, tr("Templates (*.json)"));
    if (path.isEmpty())
        return;
    auto id = services::OemService(m_app.services).importTemplate(m_app.session, path);
    if (!id) {
        showError(this, tr("Add a template from a file"), id.error());
        return;
    }
    reloadAt(*id);
}

} // namespace crm::ui::oem
