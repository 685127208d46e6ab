#include "ui/shell/GlobalSearch.h"

#include "data/Database.h"
#include "ui/shell/SearchWorker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace crm::ui {

GlobalSearch::GlobalSearch(AppContext &app, const std::vector<Module *> &modules, QWidget *parent)
    : QLineEdit(parent), m_app(app), m_modules(modules), m_model(new QStandardItemModel(this)),
      m_completer(new QCompleter(m_model, this)), m_timer(new QTimer(this)),
      m_worker(std::make_unique<SearchWorker>(app.services.db.spec()))
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
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_worker.get(), &SearchWorker::finished, this,
            [this](quint64 id, const QVariant &hits) { show(id, hits.value<QList<SearchHit>>()); });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &idx) {
        const int row = idx.data(Qt::UserRole).toInt();
        if (row >= 0 && row < m_hits.size())
            emit hitChosen(m_hits.at(row));
    });
}

GlobalSearch::~GlobalSearch() = default;

int GlobalSearch::hitCount() const
{
    return int(m_hits.size());
}

void GlobalSearch::searchNow()
{
    m_timer->stop();
    const QString text = this->text().trimmed();
    if (text.size() < 2) {
        m_pending = 0;
        m_hits.clear();
        m_model->clear();
        m_completer->popup()->hide();
        return;
    }
    const std::vector<Module *> modules = m_modules;
    const services::Session who = m_app.session;
    m_pending = m_worker->request([modules, who, text](services::Context &ctx) {
        QList<SearchHit> hits;
        for (Module *m : modules)
            hits += m->search(ctx, who, text, 8);
        return QVariant::fromValue(hits);
    });
}

void GlobalSearch::show(quint64 id, const QList<SearchHit> &hits)
{
    if (id != m_pending)
        return; // an answer to something the user has typed past
    m_hits = hits;
    m_model->clear();
    for (int i = 0; i < m_hits.size(); ++i) {
        auto *item = new QStandardItem(m_hits[i].title + u"  —  "_s + m_hits[i].subtitle);
        item->setData(i, Qt::UserRole);
        m_model->appendRow(item);
    }
    if (m_hits.isEmpty()) {
        auto *none = new QStandardItem(tr("Nothing found for \"%1\"").arg(text().trimmed()));
        none->setData(-1, Qt::UserRole);
        none->setEnabled(false);
        m_model->appendRow(none);
    }
    if (hasFocus() || isVisible())
        m_completer->complete();
    emit resultsShown(int(m_hits.size()));
}

} // namespace crm::ui
