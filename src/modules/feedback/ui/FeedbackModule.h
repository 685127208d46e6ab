#pragma once
#include "ui/shell/Module.h"

#include <QPointer>

namespace crm::ui::feedback {

class FeedbackPage;

// Feedback to departments (客户反馈): every desk that records or answers feedback.
class FeedbackModule final : public Module {
public:
    QString id() const override { return QStringLiteral("feedback"); }
    QString title() const override;
    QIcon icon() const override;
    bool availableTo(const services::Session &s) const override { return s.can(Permission::HandleFeedback); }
    QWidget *createWidget(AppContext &app, QWidget *parent) override;
    void open(const SearchHit &hit) override;
    void refresh() override;

private:
    QPointer<FeedbackPage> m_page;
};

} // namespace crm::ui::feedback
