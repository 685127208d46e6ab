#pragma once
// Read-only tables of a page made alike, filled a row of texts at a time (the first cell keeps the key).
#include <QHeaderView>
#include <QTableWidget>

namespace crm::ui {

inline QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}
inline void put(QTableWidget *t, int row, const QStringList &cells, const QVariant &key = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c == 0)
            item->setData(Qt::UserRole, key);
        t->setItem(row, c, item);
    }
}

} // namespace crm::ui
