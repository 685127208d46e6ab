#pragma once
#include <QWidget>

class QVBoxLayout;

namespace crm::ui {

// Times of day as from–to rows ("12:00 – 14:00"), each removable, one more added with a button:
// the rest time no longer typed as "00:00-09:00,12:00-14:00,20:00-24:00". The value is that text;
// a "to" at or before its "from" is the day's end (24:00).
class TimeSpansEdit final : public QWidget {
    Q_OBJECT
public:
    explicit TimeSpansEdit(QWidget *parent = nullptr);
    void setValue(const QString &text);
    QString value() const;
    int rows() const;

private:
    void addRow(const QTime &from, const QTime &to);
    QVBoxLayout *m_rows;
};

} // namespace crm::ui
