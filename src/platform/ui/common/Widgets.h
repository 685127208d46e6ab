#pragma once
// Small builders the pages share: a named list, a named button, times as the desk reads them.
#include <QDateTime>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>

namespace crm::ui {

// A UTC instant in the desk's local time.
inline QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A time that is already local wall-clock time (activities, bookings).
inline QString local(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
}

// A flat list with its object name (tests and layouts find it by name).
inline QTreeWidget *tree(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setHeaderLabels(headers);
    return t;
}

inline QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

inline void fit(QTreeWidget *t)
{
    for (int i = 0; i < t->columnCount(); ++i)
        t->resizeColumnToContents(i);
}

} // namespace crm::ui
