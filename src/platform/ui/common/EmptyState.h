#pragma once
#include <QWidget>

class QLabel;

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
} // namespace crm::ui
