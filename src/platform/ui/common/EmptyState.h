#pragma once
#include <QWidget>

class QLabel;
class QAbstractItemView;

namespace crm::ui {
// A centred message shown where a list or page has nothing yet, saying what to do next.
class EmptyState final : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString &title, const QString &hint, QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &hint);

private:
    QLabel *m_title;
    QLabel *m_hint;
};
// A list with no rows says so, in its own viewport ("No vehicles yet — add one with …"), instead
// of a blank white box. The text is painted while the model is empty, whatever fills it later.
void setEmptyHint(QAbstractItemView *view, const QString &text);
} // namespace crm::ui
