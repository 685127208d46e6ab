#pragma once
#include "shell/Module.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace crm::ui {

// The toolbar's search field (Ctrl+K). Asks every visible module while the user types
// (debounced) and offers the hits in a popup; choosing one emits hitChosen.
class GlobalSearch final : public QLineEdit {
    Q_OBJECT
public:
    GlobalSearch(AppContext &app, const std::vector<Module *> &modules, QWidget *parent = nullptr);
    // Runs the search now (the timer calls this); public so tests need not wait.
    void searchNow();
    int hitCount() const;

signals:
    void hitChosen(const crm::ui::SearchHit &hit);

private:
    AppContext &m_app;
    std::vector<Module *> m_modules;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_timer;
    QList<SearchHit> m_hits;
};

} // namespace crm::ui
