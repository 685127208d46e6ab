#include "shell/GlobalSearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace crm::ui {

GlobalSearch::GlobalSearch(AppContext &app, const std::vector<Module *> &modules, QWidget *parent)
    : QLineEdit(parent), m_app(app), m_modules(modules), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this)), m_timer(new QTimer(this))
{
    setPlaceholderText(tr("Search… (Ctrl+K)"));
    setClearButtonEnabled(true);
    addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    setMinimumWidth(320);
    // The modules have already filtered in SQL: show every hit, do not filter again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(this);
    m_completer->setMaxVisibleItems(12);
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &idx) {
        const int row = idx.data(Qt::UserRole).toInt();
        if (row >= 0 && row < m_hits.size())
            emit hitChosen(m_hits.at(row));
    });
}

int GlobalSearch::hitCount() const
{
    return int(m_hits.size());
}

void GlobalSearch::searchNow()
{
    const QString text = this->text().trimmed();
    m_hits.clear();
    m_model->clear();
    if (text.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    for (Module *m : m_modules)
        m_hits += m->search(m_app, text, 8);
    for (int i = 0; i < m_hits.size(); ++i) {
        auto *item = new QStandardItem(m_hits[i].title + u"  —  "_s + m_hits[i].subtitle);
        item->setData(i, Qt::UserRole);
        m_model->appendRow(item);
    }
    if (m_hits.isEmpty()) {
        auto *none = new QStandardItem(tr("Nothing found for \"%1\"").arg(text));
        none->setData(-1, Qt::UserRole);
        none->setEnabled(false);
        m_model->appendRow(none);
    }
    m_completer->complete();
}

} // namespace crm::ui
