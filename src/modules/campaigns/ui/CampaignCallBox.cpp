#include "campaigns/ui/CampaignCallBox.h"

#include "campaigns/services/CampaignService.h"
#include "followups/data/FollowupRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace crm::ui::campaigns {

CampaignCallBox::CampaignCallBox(AppContext &app, QWidget *parent)
    : QGroupBox(tr("Campaign answer"), parent), m_app(app), m_answer(new QComboBox(this)), m_note(new QLineEdit(this))
{
    setObjectName(u"campaignBox"_s);
    m_answer->setObjectName(u"campaignAnswer"_s);
    m_note->setObjectName(u"campaignNote"_s);
    m_note->setPlaceholderText(tr("Why declined, when to call again, …"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Answer:"), m_answer);
    form->addRow(tr("Note:"), m_note);
    hide();
}

bool CampaignCallBox::setTask(const data::TaskRow &t)
{
    m_answer->clear();
    m_script.clear();
    if (t.kind != u"campaign"_s) {
        hide();
        return false;
    }
    auto of = services::CampaignService(m_app.services).ofTask(t.id);
    if (!of || !of->has_value()) {
        hide();
        return false;
    }
    const auto &[campaign, target] = **of;
    m_campaign = campaign.name;
    m_script = campaign.script;
    setTitle(tr("Campaign answer: %1").arg(campaign.name));
    m_answer->addItem(tr("(not reached: no answer)"), QString());
    for (const crm::campaigns::ResponseCode &r : campaign.responses)
        m_answer->addItem(crm::campaigns::CampaignText::response(r), r.code);
    show();
    return true;
}

QString CampaignCallBox::scriptHtml(const std::function<QString(const QString &)> &fill) const
{
    if (m_script.trimmed().isEmpty())
        return tr("<i>%1 has no script.</i>").arg(m_campaign.toHtmlEscaped());
    return u"<p><b>%1</b><br>%2</p>"_s.arg(m_campaign.toHtmlEscaped(), fill(m_script).toHtmlEscaped().replace(u'\n', u"<br>"_s));
}

QString CampaignCallBox::response() const
{
    return isHidden() ? QString() : m_answer->currentData().toString();
}

QString CampaignCallBox::note() const
{
    return m_note->text().trimmed();
}

void CampaignCallBox::clear()
{
    m_answer->setCurrentIndex(0);
    m_note->clear();
}

void addCampaignFilters(AppContext &app, QComboBox *kinds)
{
    auto list = services::CampaignService(app.services).campaigns(app.session);
    if (!list)
        return;
    for (const data::CampaignRow &c : *list)
        kinds->addItem(QCoreApplication::translate("crm::ui::campaigns::CampaignCallBox", "Campaign: %1").arg(c.name),
                       u"campaign:%1"_s.arg(c.id));
}

qint64 campaignOfFilter(const QString &data)
{
    return data.startsWith(u"campaign:"_s) ? data.mid(9).toLongLong() : 0;
}

} // namespace crm::ui::campaigns
