#pragma once
#include "ui/shell/Module.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace crm::ui {

class SearchWorker;

// The toolbar's search field (Ctrl+K). While the user types (debounced), every visible module
// is asked on the search worker thread; the hits of the latest request are offered in a popup.
class GlobalSearch final : public QLineEdit {
    Q_OBJECT
public:
    GlobalSearch(AppContext &app, const std::vector<Module *> &modules, QWidget *parent = nullptr);
    ~GlobalSearch() override;
    // Sends the current text now instead of after the typing pause.
    void searchNow();
    int hitCount() const;

signals:
    void hitChosen(const crm::ui::SearchHit &hit);
    void resultsShown(int hits);

private:
    void show(quint64 id, const QList<SearchHit> &hits);

    AppContext &m_app;
    std::vector<Module *> m_modules;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_timer;
    std::unique_ptr<SearchWorker> m_worker;
    quint64 m_pending = 0;
    QList<SearchHit> m_hits;
};

} // namespace crm::ui
