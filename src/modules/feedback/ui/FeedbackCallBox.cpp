#include "feedback/ui/FeedbackCallBox.h"

#include "feedback/services/FeedbackService.h"
#include "followups/data/FollowupRepository.h"
#include "ui/common/Widgets.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace crm::ui::feedback {

FeedbackCallBox::FeedbackCallBox(AppContext &app, QWidget *parent)
    : QGroupBox(tr("Feedback result to tell the customer"), parent), m_app(app), m_text(new QLabel(this))
{
    setObjectName(u"feedbackCallBox"_s);
    m_text->setObjectName(u"feedbackResult"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_text);
    hide();
}

bool FeedbackCallBox::setTask(const data::TaskRow &t)
{
    using crm::feedback::FeedbackText;
    m_text->clear();
    if (t.kind != u"feedback_inform"_s) {
        hide();
        return false;
    }
    auto item = services::FeedbackService(m_app.services).itemOfTask(t.id);
    if (!item || !item->has_value()) {
        m_text->setText(tr("The feedback item of this call is not found."));
        show();
        return true;
    }
    const data::FeedbackItemRow &r = **item;
    m_text->setText(
        tr("<b>%1</b>, said %2 (%3): %4<br><b>%5</b> — result recorded %6:<br><span style='font-size:larger'>%7</span>")
            .arg(FeedbackText::category(r.category, r.categoryName).toHtmlEscaped(), when(r.receivedAt),
                 FeedbackText::source(r.source).toHtmlEscaped(), r.text.toHtmlEscaped(),
                 FeedbackText::department(r.departmentCode, r.departmentName).toHtmlEscaped(), when(r.resolvedAt),
                 r.result.toHtmlEscaped()));
    show();
    return true;
}

} // namespace crm::ui::feedback
