#include "ui/common/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace crm::ui {
namespace {
class EmptyHint final : public QObject {
public:
    EmptyHint(QAbstractItemView *view, QString text) : QObject(view), m_view(view), m_text(std::move(text)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == m_view->viewport() && m_view->model() &&
            m_view->model()->rowCount(m_view->rootIndex()) == 0) {
            QPainter p(m_view->viewport());
            p.setPen(m_view->palette().color(QPalette::PlaceholderText));
            p.drawText(m_view->viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_text);
        }
        return false; // the view paints itself as well (nothing, when empty)
    }

private:
    QAbstractItemView *m_view;
    QString m_text;
};
} // namespace

void setEmptyHint(QAbstractItemView *view, const QString &text)
{
    view->setProperty("emptyHint", text); // tests and screen readers find what it says
    view->viewport()->installEventFilter(new EmptyHint(view, text));
}

EmptyState::EmptyState(const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this))
{
    auto *l = new QVBoxLayout(this);
    l->addStretch(1);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    l->addWidget(m_title);
    l->addWidget(m_hint);
    l->addStretch(2);
    setTexts(title, hint);
}

void EmptyState::setTexts(const QString &title, const QString &hint)
{
    m_title->setText(title);
    m_hint->setText(hint);
}

} // namespace crm::ui
