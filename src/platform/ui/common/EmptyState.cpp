#include "ui/common/EmptyState.h"

#include <QLabel>
#include <QVBoxLayout>

namespace crm::ui {

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
