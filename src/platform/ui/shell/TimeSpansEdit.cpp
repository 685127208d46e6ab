#include "ui/shell/TimeSpansEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui {

TimeSpansEdit::TimeSpansEdit(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    auto *add = new QPushButton(tr("Add a time"), this);
    add->setObjectName(u"addSpan"_s);
    connect(add, &QPushButton::clicked, this, [this] { addRow(QTime(12, 0), QTime(14, 0)); });
    auto *bar = new QHBoxLayout;
    bar->addWidget(add);
    bar->addStretch();
    layout->addLayout(bar);
}

void TimeSpansEdit::addRow(const QTime &from, const QTime &to)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *a = new QTimeEdit(from, row);
    auto *b = new QTimeEdit(to, row);
    for (QTimeEdit *e : {a, b})
        e->setDisplayFormat(u"HH:mm"_s);
    b->setToolTip(tr("00:00 here means midnight at the end of the day"));
    auto *remove = new QPushButton(tr("Remove"), row);
    connect(remove, &QPushButton::clicked, row, [row] {
        row->setProperty("removed", true); // value() may be read before the deferred delete
        row->hide();
        row->deleteLater();
    });
    h->addWidget(a);
    h->addWidget(new QLabel(u"–"_s, row));
    h->addWidget(b);
    h->addWidget(remove);
    h->addStretch();
    m_rows->addWidget(row);
}

void TimeSpansEdit::setValue(const QString &text)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &span : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = span.trimmed().split(u'-');
        if (ends.size() != 2)
            continue;
        const QString to = ends[1].trimmed() == u"24:00"_s ? u"00:00"_s : ends[1].trimmed();
        addRow(QTime::fromString(ends[0].trimmed(), u"HH:mm"_s), QTime::fromString(to, u"HH:mm"_s));
    }
}

QString TimeSpansEdit::value() const
{
    QStringList spans;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *row = m_rows->itemAt(i)->widget();
        if (!row || row->property("removed").toBool())
            continue;
        const auto edits = row->findChildren<QTimeEdit *>();
        if (edits.size() != 2)
            continue;
        const QTime from = edits[0]->time(), to = edits[1]->time();
        spans << from.toString(u"HH:mm"_s) + u'-' + (to <= from ? u"24:00"_s : to.toString(u"HH:mm"_s));
    }
    return spans.join(u',');
}

int TimeSpansEdit::rows() const
{
    return m_rows->count();
}

} // namespace crm::ui
