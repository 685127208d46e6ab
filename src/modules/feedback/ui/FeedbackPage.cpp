#include "feedback/ui/FeedbackPage.h"

#include "ui/common/DeadlineLook.h"
#include "ui/common/EmptyState.h"
#include "ui/common/Keys.h"
#include "ui/common/Messages.h"
#include "ui/common/TableRows.h"
#include "ui/common/Widgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using crm::feedback::FeedbackText;

namespace crm::ui::feedback {

namespace {
enum ItemColumn { Received, Customer, Category, Said, Department, Owner, Due, StatusCol };
} // namespace

FeedbackPage::FeedbackPage(AppContext &app, QWidget *parent)
    : QWidget(parent), m_app(app), m_tabs(new QTabWidget(this)), m_scope(new QComboBox(this)), m_state(new QComboBox(this)),
      m_category(new QComboBox(this)), m_items(tree(this, "feedbackItems", {})), m_more(button(this, tr("More…"), "moreItems")),
      m_count(new QLabel(this)), m_header(new QLabel(this)), m_deadlines(tree(this, "itemDeadlines", {})),
      m_events(tree(this, "itemEvents", {})), m_openCustomer(button(this, tr("Open &customer"), "openCustomer")),
      m_month(nullptr), m_byDepartment(nullptr), m_byCategory(nullptr), m_praise(nullptr)
{
    setObjectName(u"feedbackPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_tabs->setObjectName(u"feedbackTabs"_s);
    m_tabs->addTab(buildItems(), tr("&Items"));
    m_tabs->addTab(buildReport(), tr("&Report"));
    if (m_app.session.can(Permission::ManageFeedback))
        m_tabs->addTab(buildSetup(), tr("&Departments and categories"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1 && !m_report)
            loadReport();
    });
    auto *refresh = new QShortcut(Keys::sequence(PageKey::Refresh), this);
    connect(refresh, &QShortcut::activated, this, &FeedbackPage::reload);
    reload();
}

QWidget *FeedbackPage::buildItems()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_scope->setObjectName(u"feedbackScope"_s);
    m_state->setObjectName(u"feedbackState"_s);
    m_category->setObjectName(u"feedbackCategory"_s);
    m_scope->addItem(tr("My items and my departments'"), u"mine"_s);
    if (m_app.session.can(Permission::ManageFeedback))
        m_scope->addItem(tr("Every department"), u"all"_s);
    if (auto deps = services::FeedbackService(m_app.services).departments())
        for (const data::Department &d : *deps)
            if (d.active)
                m_scope->addItem(FeedbackText::department(d.code, d.name), d.id);
    m_state->addItem(tr("Open"), u"open"_s);
    m_state->addItem(tr("Overdue"), u"overdue"_s);
    m_state->addItem(tr("Closed"), u"closed"_s);
    m_state->addItem(tr("All"), u"all"_s);
    m_category->addItem(tr("Every category"), QString());
    if (auto cats = services::FeedbackService(m_app.services).categories())
        for (const data::FeedbackCategory &c : *cats)
            m_category->addItem(FeedbackText::category(c.code, c.name), c.code);
    auto *scopeLabel = new QLabel(tr("&Show:"), page);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addWidget(m_state);
    bar->addWidget(m_category);
    bar->addStretch(1);
    m_count->setObjectName(u"feedbackCount"_s);
    bar->addWidget(m_count);
    v->addLayout(bar);
    for (QComboBox *c : {m_scope, m_state, m_category})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { loadItems(false); });

    m_items->setHeaderLabels({tr("Received"), tr("Customer"), tr("Category"), tr("What was said"), tr("Department"), tr("Owner"),
                              tr("Due"), tr("Status")});
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    setEmptyHint(m_items, tr("No feedback here. What customers say on calls, at the desk and in surveys comes here, "
                             "routed to the department that can act."));
    connect(m_items, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showItem(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_more, &QPushButton::clicked, this, [this] { loadItems(true); });
    auto *list = new QWidget(page);
    auto *lv = new QVBoxLayout(list);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->addWidget(m_items, 1);
    lv->addWidget(m_more, 0, Qt::AlignLeft);

    auto *panel = new QWidget(page);
    auto *pv = new QVBoxLayout(panel);
    pv->setContentsMargins(0, 0, 0, 0);
    m_header->setObjectName(u"itemHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    pv->addWidget(m_header);
    m_deadlines->setHeaderLabels({tr("Deadline"), tr("Due"), tr("State")});
    m_deadlines->setMaximumHeight(80);
    pv->addWidget(m_deadlines);
    auto *steps = new QHBoxLayout;
    const QList<QPair<QString, const char *>> names{{tr("&Route…"), "routeItem"},
                                                    {tr("&Answer…"), "answerItem"},
                                                    {tr("Record r&esult…"), "resolveItem"},
                                                    {tr("To &complaint…"), "toComplaint"},
                                                    {tr("To &lead…"), "toLead"}};
    for (const auto &[text, name] : names) {
        auto *b = button(panel, text, name);
        b->setEnabled(false);
        steps->addWidget(b);
        m_steps << b;
    }
    m_steps[0]->setToolTip(tr("Pass the item to another department or person"));
    m_steps[1]->setToolTip(tr("The department's first answer: what it will do"));
    m_steps[2]->setToolTip(tr("What was done; an agent then tells the customer"));
    m_steps[3]->setToolTip(tr("Register a complaint from this grievance (linked)"));
    m_steps[4]->setToolTip(tr("Give this purchase intent to sales as a lead (linked)"));
    connect(m_steps[0], &QPushButton::clicked, this, &FeedbackPage::route);
    connect(m_steps[1], &QPushButton::clicked, this, &FeedbackPage::answer);
    connect(m_steps[2], &QPushButton::clicked, this, &FeedbackPage::resolve);
    connect(m_steps[3], &QPushButton::clicked, this, &FeedbackPage::toComplaint);
    connect(m_steps[4], &QPushButton::clicked, this, &FeedbackPage::toLead);
    m_openCustomer->setEnabled(false);
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (m_current && m_app.open)
            m_app.open(SearchHit{u"archives"_s, m_current->row.customerName, {}, m_current->row.customerId});
    });
    steps->addStretch(1);
    steps->addWidget(m_openCustomer);
    pv->addLayout(steps);
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    setEmptyHint(m_events, tr("Choose an item to see its history."));
    pv->addWidget(m_events, 1);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(u"feedbackSplit"_s);
    split->addWidget(list);
    split->addWidget(panel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);
    return page;
}

void FeedbackPage::reload()
{
    if (m_app.session.can(Permission::HandleFeedback))
        (void)services::FeedbackService(m_app.services).raiseReminders(m_app.session); // due now, raised once, before it shows
    loadItems(false);
    if (m_report)
        loadReport();
    if (m_departments)
        loadSetup();
}

void FeedbackPage::loadItems(bool more)
{
    data::FeedbackFilter f;
    f.state = m_state->currentData().toString();
    f.category = m_category->currentData().toString();
    const QVariant scope = m_scope->currentData();
    if (scope.toString() == u"mine"_s)
        f.memberOf = m_app.session.userId;
    else if (scope.toString() != u"all"_s)
        f.departmentId = scope.toLongLong();
    const qint64 keep = m_current ? m_current->row.id : 0;
    if (!more) {
        m_items->clear();
        m_lastId = 0;
    }
    f.beforeId = more ? m_lastId : 0;
    f.limit = 200;
    services::FeedbackService s(m_app.services);
    auto rows = s.list(m_app.session, f);
    if (!rows) {
        showError(this, tr("Feedback"), rows.error());
        return;
    }
    for (const data::FeedbackItemRow &r : *rows) {
        const auto deadlines = s.deadlinesOf(r);
        // The deadline that matters now: the answer until answered, then the resolution.
        const crm::feedback::ItemDeadline &d = r.answeredAt.isValid() ? deadlines[1] : deadlines[0];
        auto *item = new QTreeWidgetItem(
            m_items, {when(r.receivedAt), r.customerName, FeedbackText::category(r.category, r.categoryName), r.text,
                      FeedbackText::department(r.departmentCode, r.departmentName), r.ownerName,
                      local(d.dueAt) + u" · "_s + FeedbackText::state(d.state), FeedbackText::status(r.status)});
        item->setData(0, Qt::UserRole, r.id);
        if (const QColor c = stateColor(d.state); c.isValid())
            item->setForeground(Due, c);
        item->setToolTip(Said, r.text);
        m_lastId = r.id;
    }
    m_more->setVisible(rows->size() == f.limit);
    if (!more) {
        f.beforeId = 0;
        auto n = s.count(m_app.session, f);
        m_count->setText(n ? tr("%n item(s)", nullptr, int(*n)) : QString());
        fit(m_items);
        m_items->setColumnWidth(Said, std::min(m_items->columnWidth(Said), 360));
    }
    // The item shown stays shown when it is still in the list.
    for (int i = 0; i < m_items->topLevelItemCount(); ++i)
        if (m_items->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == keep) {
            m_items->setCurrentItem(m_items->topLevelItem(i));
            return;
        }
    if (!more)
        showItem(0);
}

void FeedbackPage::openItem(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    showItem(id);
}

void FeedbackPage::showItem(qint64 id)
{
    m_current.reset();
    m_header->clear();
    m_deadlines->clear();
    m_events->clear();
    for (QPushButton *b : m_steps)
        b->setEnabled(false);
    m_openCustomer->setEnabled(false);
    if (!id)
        return;
    auto v = services::FeedbackService(m_app.services).view(m_app.session, id);
    if (!v) {
        showError(this, tr("Feedback"), v.error());
        return;
    }
    m_current = *v;
    const data::FeedbackItemRow &r = v->row;
    QString html = tr("<b>%1</b> · %2 · %3, %4<br>“%5”")
                       .arg(r.customerName.toHtmlEscaped(), FeedbackText::category(r.category, r.categoryName).toHtmlEscaped(),
                            FeedbackText::source(r.source).toHtmlEscaped(), when(r.receivedAt), r.text.toHtmlEscaped());
    if (!r.vehicle.isEmpty())
        html += u"<br>"_s + tr("Vehicle: %1").arg(r.vehicle.toHtmlEscaped());
    if (!r.praised.isEmpty())
        html += u"<br>"_s + tr("Praised: %1").arg(r.praised.toHtmlEscaped());
    html += u"<br>"_s + tr("Department: <b>%1</b>%2 · taken by %3 · %4")
                            .arg(FeedbackText::department(r.departmentCode, r.departmentName).toHtmlEscaped(),
                                 r.ownerName.isEmpty() ? QString() : tr(", owner %1").arg(r.ownerName.toHtmlEscaped()),
                                 r.takenByName.toHtmlEscaped(), FeedbackText::status(r.status).toHtmlEscaped());
    if (!r.answer.isEmpty())
        html += u"<br>"_s + tr("Answer: %1").arg(r.answer.toHtmlEscaped());
    if (!r.result.isEmpty())
        html += u"<br>"_s + tr("Result: %1").arg(r.result.toHtmlEscaped());
    if (!r.complaintNumber.isEmpty())
        html += u"<br>"_s + tr("Handed to the complaint desk as %1").arg(r.complaintNumber.toHtmlEscaped());
    if (r.leadId)
        html += u"<br>"_s + tr("Handed to sales as lead %1").arg(r.leadId);
    m_header->setText(html);
    const QString clock = calendar::WorkCalendar::clockName(calendar::clockFromId(r.clock).value_or(calendar::Clock::StoreHours));
    for (const crm::feedback::ItemDeadline &d : v->deadlines) {
        auto *item = new QTreeWidgetItem(
            m_deadlines, {FeedbackText::deadline(d.kind), local(d.dueAt),
                          FeedbackText::state(d.state) + (d.metAt.isValid() ? u" "_s + local(d.metAt) : QString())});
        if (const QColor c = stateColor(d.state); c.isValid())
            item->setForeground(2, c);
        item->setToolTip(1, tr("Counted on %1, from %2").arg(clock, when(r.receivedAt)));
    }
    fit(m_deadlines);
    for (const data::FeedbackEvent &e : v->events)
        new QTreeWidgetItem(m_events, {when(e.at), e.person, FeedbackText::event(e.action),
                                       e.action == u"record"_s ? FeedbackText::source(e.note) : e.note});
    fit(m_events);
    const bool open = r.status == u"open"_s || r.status == u"answered"_s;
    m_steps[0]->setEnabled(open && (v->canHandle || m_app.session.can(Permission::ManageFeedback)));
    m_steps[1]->setEnabled(v->canHandle && r.status == u"open"_s);
    m_steps[2]->setEnabled(v->canHandle && open);
    m_steps[3]->setEnabled(open && r.category == crm::feedback::kGrievance && m_app.session.can(Permission::HandleComplaints));
    m_steps[4]->setEnabled(open && r.category == crm::feedback::kPurchaseIntent && v->canHandle);
    m_openCustomer->setEnabled(bool(m_app.open));
}

QString FeedbackPage::departmentTitle(qint64 id) const
{
    for (const data::Department &d : m_departmentRows)
        if (d.id == id)
            return FeedbackText::department(d.code, d.name);
    return {};
}

} // namespace crm::ui::feedback
