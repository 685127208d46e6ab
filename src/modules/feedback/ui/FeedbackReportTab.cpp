// FeedbackPage: the month's report (by department, by category, praise; the items behind every
// figure) and the managers' departments and categories.
#include "feedback/ui/FeedbackPage.h"

#include "services/SettingsService.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/FormDialog.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::feedback::FeedbackText;

namespace crm::ui::feedback {

namespace {
// The report's columns; a double-click on one lists the items behind it.
const char *const kFigures[] = {"received", "answered", "answered_late", "resolved", "resolved_late", "", "open", "overdue"};
constexpr int kShown = 5000; // items a drill-down lists; it says so when there are more

QStringList cells(const data::FeedbackFigureRow &r)
{
    const auto pct = [](qint64 part, qint64 whole) {
        return whole ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : u"–"_s;
    };
    return {r.name,
            QString::number(r.received),
            QString::number(r.answered),
            pct(r.answeredOnTime, r.received),
            QString::number(r.resolved),
            pct(r.resolvedOnTime, r.received),
            r.timed ? QLocale().toString(double(r.workMinutes) / double(r.timed) / 60.0, 'f', 1) : u"–"_s,
            QString::number(r.open),
            QString::number(r.overdue)};
}
} // namespace

QWidget *FeedbackPage::buildReport()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_month = new QDateEdit(QDate(m_app.services.clock.nowUtc().toLocalTime().date().year(),
                                  m_app.services.clock.nowUtc().toLocalTime().date().month(), 1),
                            page);
    m_month->setObjectName(u"reportMonth"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    auto *monthLabel = new QLabel(tr("&Month received:"), page);
    monthLabel->setBuddy(m_month);
    auto *exportButton = button(page, tr("E&xport…"), "exportFeedback");
    exportButton->setVisible(m_app.session.can(Permission::ExportData));
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Double-click a figure to see the items behind it."), page));
    bar->addWidget(exportButton);
    v->addLayout(bar);
    const QStringList headers{QString(),
                              tr("Received"),
                              tr("Answered"),
                              tr("Answered on time"),
                              tr("Resolved"),
                              tr("Resolved on time"),
                              tr("Average working hours"),
                              tr("Open"),
                              tr("Overdue")};
    m_byDepartment = table(page, u"byDepartment"_s, QStringList{tr("Department")} + headers.mid(1));
    m_byCategory = table(page, u"byCategory"_s, QStringList{tr("Category")} + headers.mid(1));
    m_praise = table(page, u"praise"_s, {tr("Person praised"), tr("Items")});
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_byDepartment);
    auto *lower = new QSplitter(Qt::Horizontal, split);
    lower->addWidget(m_byCategory);
    lower->addWidget(m_praise);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    split->addWidget(lower);
    v->addWidget(split, 1);
    connect(m_month, &QDateEdit::dateChanged, this, &FeedbackPage::loadReport);
    connect(exportButton, &QPushButton::clicked, this, &FeedbackPage::exportReport);
    connect(m_byDepartment, &QTableWidget::cellDoubleClicked, this, [this](int r, int c) { drill(true, r, c); });
    connect(m_byCategory, &QTableWidget::cellDoubleClicked, this, [this](int r, int c) { drill(false, r, c); });
    return page;
}

void FeedbackPage::loadReport()
{
    const QDate from(m_month->date().year(), m_month->date().month(), 1);
    auto r = services::FeedbackService(m_app.services).report(m_app.session, from, from.addMonths(1).addDays(-1));
    if (!r) {
        showError(this, tr("Feedback report"), r.error());
        return;
    }
    m_report = *r;
    m_byDepartment->setRowCount(int(r->departments.size()) + 1);
    for (int i = 0; i < r->departments.size(); ++i)
        put(m_byDepartment, i, cells(r->departments[i]), r->departments[i].key);
    put(m_byDepartment, int(r->departments.size()), cells(r->total), QString());
    for (int c = 0; c < m_byDepartment->columnCount(); ++c) { // the total reads as one
        QFont bold = m_byDepartment->item(int(r->departments.size()), c)->font();
        bold.setBold(true);
        m_byDepartment->item(int(r->departments.size()), c)->setFont(bold);
    }
    m_byCategory->setRowCount(int(r->categories.size()));
    for (int i = 0; i < r->categories.size(); ++i)
        put(m_byCategory, i, cells(r->categories[i]), r->categories[i].key);
    m_praise->setRowCount(int(r->praise.size()));
    for (int i = 0; i < r->praise.size(); ++i)
        put(m_praise, i, {r->praise[i].first, QString::number(r->praise[i].second)});
    for (QTableWidget *t : {m_byDepartment, m_byCategory, m_praise}) {
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 1; c < t->columnCount(); ++c)
                if (QTableWidgetItem *cell = t->item(r, c))
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->resizeColumnsToContents();
    }
}

void FeedbackPage::drill(bool byDepartment, int row, int column)
{
    if (!m_report || column < 1 || column > 8 || !*kFigures[column - 1])
        return;
    QTableWidget *t = byDepartment ? m_byDepartment : m_byCategory;
    const QString key = t->item(row, 0)->data(Qt::UserRole).toString();
    const QString figure = QString::fromLatin1(kFigures[column - 1]);
    auto items = services::FeedbackService(m_app.services)
                     .itemsBehind(m_app.session, m_report->from, m_report->to, byDepartment ? key.toLongLong() : 0,
                                  byDepartment ? QString() : key, figure, kShown + 1);
    if (!items) {
        showError(this, tr("Feedback report"), items.error());
        return;
    }
    const bool more = items->size() > kShown;
    if (more)
        items->removeLast();
    // An on-time column lists what was not on time: the items a manager asks about.
    const QString what = figure == u"answered_late"_s   ? tr("first answer late or still missing")
                         : figure == u"resolved_late"_s ? tr("resolution late or still missing")
                                                        : t->horizontalHeaderItem(column)->text();
    QDialog dlg(this);
    dlg.setObjectName(u"itemsBehind"_s);
    dlg.setWindowTitle(tr("%1 — %2: %n item(s)", nullptr, int(items->size())).arg(t->item(row, 0)->text(), what) +
                       (more ? tr(" (the newest %1)").arg(QLocale().toString(kShown)) : QString()));
    auto *list = tree(&dlg, "behindItems",
                      {tr("Received"), tr("Customer"), tr("Category"), tr("What was said"), tr("Department"), tr("Status")});
    for (const data::FeedbackItemRow &r : *items) {
        auto *item = new QTreeWidgetItem(
            list, {when(r.receivedAt), r.customerName, FeedbackText::category(r.category, r.categoryName), r.text,
                   FeedbackText::department(r.departmentCode, r.departmentName), FeedbackText::status(r.status)});
        item->setData(0, Qt::UserRole, r.id);
    }
    fit(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    connect(list, &QTreeWidget::itemDoubleClicked, &dlg, [this, &dlg](QTreeWidgetItem *item) {
        dlg.accept();
        openItem(item->data(0, Qt::UserRole).toLongLong());
    });
    auto *l = new QVBoxLayout(&dlg);
    l->addWidget(list, 1);
    l->addWidget(buttons);
    dlg.resize(900, 480);
    dlg.exec();
}

void FeedbackPage::exportReport()
{
    if (!m_report)
        return;
    const QString path = askSavePath(this, tr("Export the feedback report"),
                                     tr("feedback %1").arg(m_report->from.toString(u"yyyy-MM"_s)) + u".xlsx"_s,
                                     tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto r = services::FeedbackService(m_app.services).exportReport(m_app.session, *m_report, path); !r)
        showError(this, tr("Export the feedback report"), r.error());
}

QWidget *FeedbackPage::buildSetup()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_departments = table(page, u"departments"_s, {tr("Department"), tr("Head"), tr("Members"), tr("In use")});
    m_categories = table(page, u"categories"_s,
                         {tr("Category"), tr("Goes to"), tr("First answer (h)"), tr("Resolution (h)"), tr("Counted on"),
                          tr("Customer told"), tr("In use")});
    auto *depBar = new QHBoxLayout;
    auto *addDep = button(page, tr("Add department…"), "addDepartment");
    auto *editDep = button(page, tr("Edit department…"), "editDepartment");
    depBar->addWidget(new QLabel(tr("<b>Departments</b> — who answers the items routed to them"), page), 1);
    depBar->addWidget(addDep);
    depBar->addWidget(editDep);
    auto *catBar = new QHBoxLayout;
    auto *addCat = button(page, tr("Add category…"), "addCategory");
    auto *editCat = button(page, tr("Edit category…"), "editCategory");
    catBar->addWidget(new QLabel(tr("<b>Categories</b> — the routing rule, the deadlines and their clock"), page), 1);
    catBar->addWidget(addCat);
    catBar->addWidget(editCat);
    v->addLayout(depBar);
    v->addWidget(m_departments, 1);
    v->addLayout(catBar);
    v->addWidget(m_categories, 1);
    connect(addDep, &QPushButton::clicked, this, [this] { editDepartment(-1); });
    connect(editDep, &QPushButton::clicked, this, [this] { editDepartment(m_departments->currentRow()); });
    connect(m_departments, &QTableWidget::cellDoubleClicked, this, [this](int r) { editDepartment(r); });
    connect(addCat, &QPushButton::clicked, this, [this] { editCategory(-1); });
    connect(editCat, &QPushButton::clicked, this, [this] { editCategory(m_categories->currentRow()); });
    connect(m_categories, &QTableWidget::cellDoubleClicked, this, [this](int r) { editCategory(r); });
    return page;
}

void FeedbackPage::loadSetup()
{
    services::FeedbackService s(m_app.services);
    auto deps = s.departments();
    auto cats = s.categories();
    auto people = s.people();
    if (!deps || !cats || !people)
        return;
    m_departmentRows = *deps;
    m_categoryRows = *cats;
    QHash<qint64, QString> names;
    for (const auto &[id, name] : *people)
        names.insert(id, name);
    m_departments->setRowCount(int(deps->size()));
    for (int i = 0; i < deps->size(); ++i) {
        const data::Department &d = (*deps)[i];
        QStringList members;
        for (qint64 m : d.members)
            members << names.value(m);
        put(m_departments, i,
            {FeedbackText::department(d.code, d.name), d.headName, members.join(u", "_s), d.active ? tr("yes") : tr("no")}, d.id);
    }
    const QStringList clocks = services::SettingsService::clockChoices();
    m_categories->setRowCount(int(cats->size()));
    for (int i = 0; i < cats->size(); ++i) {
        const data::FeedbackCategory &c = (*cats)[i];
        const int clock = int(calendar::clockFromId(c.clock).value_or(calendar::Clock::StoreHours));
        put(m_categories, i,
            {FeedbackText::category(c.code, c.name), departmentTitle(c.departmentId), QString::number(c.answerHours),
             QString::number(c.resolveHours), clocks.value(clock), c.inform ? tr("yes") : tr("no"),
             c.active ? tr("yes") : tr("no")},
            c.code);
    }
    m_departments->resizeColumnsToContents();
    m_categories->resizeColumnsToContents();
}

void FeedbackPage::editDepartment(int row)
{
    if (m_departmentRows.isEmpty())
        loadSetup();
    data::Department d = row >= 0 && row < m_departmentRows.size() ? m_departmentRows[row] : data::Department{};
    if (row >= 0 && !d.id)
        return;
    FormDialog f(this, d.id ? tr("Edit department") : tr("Add department"));
    f.dialog.setObjectName(u"departmentDialog"_s);
    auto *code = new QLineEdit(d.code, &f.dialog);
    code->setObjectName(u"code"_s);
    code->setEnabled(!d.id);
    auto *name = new QLineEdit(d.id ? FeedbackText::department(d.code, d.name) : QString(), &f.dialog);
    name->setObjectName(u"name"_s);
    auto *head = new QComboBox(&f.dialog);
    head->setObjectName(u"head"_s);
    head->addItem(tr("(none)"), qint64(0));
    auto *members = new QListWidget(&f.dialog);
    members->setObjectName(u"members"_s);
    if (auto people = services::FeedbackService(m_app.services).people())
        for (const auto &[id, person] : *people) {
            head->addItem(person, id);
            auto *item = new QListWidgetItem(person, members);
            item->setData(Qt::UserRole, id);
            item->setCheckState(d.members.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    head->setCurrentIndex(std::max(0, head->findData(d.headId)));
    auto *active = new QCheckBox(tr("In use"), &f.dialog);
    active->setChecked(d.active);
    if (!d.id)
        f.form->addRow(tr("&Code:"), code);
    f.form->addRow(tr("&Name:"), name);
    f.form->addRow(tr("&Head:"), head);
    f.form->addRow(tr("&Members:"), members);
    f.form->addRow(QString(), active);
    if (f.exec([&]() -> Status {
            data::Department out = d;
            out.code = code->text();
            // A shipped name left as shown stays stored in the source language (shown translated).
            out.name = name->text() == FeedbackText::department(d.code, d.name) && d.id ? d.name : name->text();
            out.headId = head->currentData().toLongLong();
            out.active = active->isChecked();
            out.members.clear();
            for (int i = 0; i < members->count(); ++i)
                if (members->item(i)->checkState() == Qt::Checked)
                    out.members << members->item(i)->data(Qt::UserRole).toLongLong();
            return statusOf(services::FeedbackService(m_app.services).saveDepartment(m_app.session, out));
        }))
        loadSetup();
}

void FeedbackPage::editCategory(int row)
{
    if (m_categoryRows.isEmpty())
        loadSetup();
    const bool isNew = row < 0 || row >= m_categoryRows.size();
    data::FeedbackCategory c = isNew ? data::FeedbackCategory{} : m_categoryRows[row];
    FormDialog f(this, isNew ? tr("Add category") : tr("Edit category"));
    f.dialog.setObjectName(u"categoryDialog"_s);
    auto *code = new QLineEdit(c.code, &f.dialog);
    code->setObjectName(u"code"_s);
    auto *name = new QLineEdit(isNew ? QString() : FeedbackText::category(c.code, c.name), &f.dialog);
    name->setObjectName(u"name"_s);
    auto *department = new QComboBox(&f.dialog);
    department->setObjectName(u"department"_s);
    for (const data::Department &d : m_departmentRows)
        department->addItem(FeedbackText::department(d.code, d.name), d.id);
    department->setCurrentIndex(std::max(0, department->findData(c.departmentId)));
    auto hours = [&](int value, const char *objectName) {
        auto *s = new QSpinBox(&f.dialog);
        s->setObjectName(QString::fromLatin1(objectName));
        s->setRange(1, 24 * 60);
        s->setValue(value);
        s->setSuffix(tr(" h"));
        return s;
    };
    auto *answer = hours(c.answerHours, "answerHours");
    auto *resolve = hours(c.resolveHours, "resolveHours");
    auto *clock = new QComboBox(&f.dialog);
    clock->setObjectName(u"clock"_s);
    const QStringList titles = services::SettingsService::clockChoices();
    for (calendar::Clock k : calendar::kClocks)
        clock->addItem(titles.value(int(k)), calendar::clockId(k));
    clock->setCurrentIndex(std::max(0, clock->findData(c.clock)));
    auto *inform = new QCheckBox(tr("An agent tells the customer the result"), &f.dialog);
    inform->setChecked(c.inform);
    auto *active = new QCheckBox(tr("In use"), &f.dialog);
    active->setChecked(c.active);
    if (isNew)
        f.form->addRow(tr("&Code:"), code);
    f.form->addRow(tr("&Name:"), name);
    f.form->addRow(tr("&Goes to:"), department);
    f.form->addRow(tr("&First answer within:"), answer);
    f.form->addRow(tr("&Resolution within:"), resolve);
    f.form->addRow(tr("Counted &on:"), clock);
    f.form->addRow(QString(), inform);
    f.form->addRow(QString(), active);
    if (f.exec([&]() -> Status {
            data::FeedbackCategory out = c;
            out.code = code->text();
            out.name = !isNew && name->text() == FeedbackText::category(c.code, c.name) ? c.name : name->text();
            out.departmentId = department->currentData().toLongLong();
            out.answerHours = answer->value();
            out.resolveHours = resolve->value();
            out.clock = clock->currentData().toString();
            out.inform = inform->isChecked();
            out.active = active->isChecked();
            return services::FeedbackService(m_app.services).saveCategory(m_app.session, out, isNew);
        }))
        loadSetup();
}

} // namespace crm::ui::feedback
