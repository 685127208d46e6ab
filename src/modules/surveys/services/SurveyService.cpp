#include "surveys/services/SurveyService.h"

#include "complaints/services/ComplaintService.h"
#include "core/Log.h"
#include "data/Transaction.h"
#include "feedback/services/FeedbackService.h"
#include "followups/services/FollowupReportService.h"
#include "followups/services/FollowupService.h"
#include "services/SettingsService.h"
#include "services/TableWriter.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace crm::services {
namespace {
int maxScore(const QString &kind, int options)
{
    if (kind == u"scale5"_s)
        return 5;
    if (kind == u"scale10"_s)
        return 10;
    if (kind == u"yesno"_s)
        return 1;
    if (kind == u"single"_s)
        return options - 1;
    return -1;
}
int minScore(const QString &kind)
{
    return kind == u"scale5"_s ? 1 : 0;
}
} // namespace

QStringList SurveyService::kinds()
{
    return {u"scale5"_s, u"scale10"_s, u"yesno"_s, u"single"_s, u"multi"_s, u"text"_s};
}

QString SurveyService::kindTitle(const QString &kind)
{
    if (kind == u"scale5"_s)
        return tr("Scale 1–5");
    if (kind == u"scale10"_s)
        return tr("Scale 0–10");
    if (kind == u"yesno"_s)
        return tr("Yes / no");
    if (kind == u"single"_s)
        return tr("Single choice");
    if (kind == u"multi"_s)
        return tr("Multiple choice");
    if (kind == u"text"_s)
        return tr("Free text");
    return kind;
}

QString SurveyService::purposeTitle(const QString &purpose)
{
    if (purpose == u"sales"_s)
        return tr("Sales (SSI)");
    if (purpose == u"service"_s)
        return tr("Service (CSI)");
    if (purpose == u"complaint"_s)
        return tr("Complaint handling");
    return tr("Custom");
}

QString SurveyService::templateCodeFor(const QString &taskKind)
{
    if (taskKind == u"sales_survey"_s)
        return u"ssi"_s;
    if (taskKind == u"after_service"_s)
        return u"csi"_s;
    if (taskKind == u"complaint_return"_s)
        return u"complaint"_s;
    return {};
}

Result<TemplateDef> SurveyService::templateById(qint64 id)
{
    auto t = m_templates.byId(id);
    if (!t)
        return t.error();
    if (!*t)
        return Error::notFound(tr("Survey template %1 does not exist.").arg(id));
    return **t;
}

Result<QList<TemplateDef>> SurveyService::templates()
{
    auto list = m_templates.newestIds();
    if (!list)
        return list.error();
    QList<TemplateDef> out;
    for (qint64 id : *list) {
        auto t = templateById(id);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<std::optional<TemplateDef>> SurveyService::latest(const QString &code)
{
    auto id = m_templates.activeOf(code);
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<TemplateDef>();
    auto t = templateById(**id);
    if (!t)
        return t.error();
    return std::optional<TemplateDef>(*t);
}

static Status validateTemplate(const TemplateDef &t)
{
    if (t.name.trimmed().isEmpty())
        return Error::invalid(SurveyService::tr("Give the template a name."));
    if (t.questions.isEmpty())
        return Error::invalid(SurveyService::tr("A survey needs at least one question."));
    QMap<int, QString> kindAt;
    for (int i = 0; i < t.questions.size(); ++i) {
        const QuestionDef &q = t.questions[i];
        const QString where = SurveyService::tr("Question %1").arg(i + 1);
        if (q.text.trimmed().isEmpty())
            return Error::invalid(SurveyService::tr("%1: write the question.").arg(where));
        if (!SurveyService::kinds().contains(q.kind))
            return Error::invalid(SurveyService::tr("%1: choose what kind of answer it takes.").arg(where));
        if ((q.kind == u"single"_s || q.kind == u"multi"_s) && q.options.size() < 2)
            return Error::invalid(SurveyService::tr("%1: a choice needs at least two options, one per line.").arg(where));
        if (q.weight < 0 || (q.weight > 0 && q.kind != u"scale5"_s && q.kind != u"scale10"_s))
            return Error::invalid(SurveyService::tr("%1: only scale questions carry a weight in the index.").arg(where));
        if (q.nps && q.kind != u"scale10"_s)
            return Error::invalid(SurveyService::tr("%1: the NPS question is a 0–10 scale.").arg(where));
        if (q.showIfPosition) {
            const QString earlier = kindAt.value(q.showIfPosition);
            if (earlier != u"scale5"_s && earlier != u"scale10"_s && earlier != u"yesno"_s)
                return Error::invalid(
                    SurveyService::tr("%1: it can only depend on an earlier scale or yes/no question.").arg(where));
        }
        kindAt.insert(i + 1, q.kind);
    }
    return {};
}

Result<qint64> SurveyService::saveTemplate(const Session &who, const TemplateDef &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ManageFollowups, tr("edit survey templates")));
    CRM_TRY(validateTemplate(in));
    if (!QStringList{u"sales"_s, u"service"_s, u"complaint"_s, u"custom"_s}.contains(in.purpose))
        return Error::invalid(tr("Choose what the survey is for."));
    const QString now = toStoredUtc(m_ctx.clock.nowUtc());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    qint64 id = in.id;
    QString action = u"update"_s;
    if (!id) {
        auto made = m_templates.insertFirst(u"t%1"_s.arg(m_ctx.clock.nowUtc().toMSecsSinceEpoch()), in.name.trimmed(), in.purpose,
                                            who.username, now);
        if (!made)
            return made.error();
        id = *made;
        action = u"create"_s;
    } else {
        auto current = templateById(id);
        if (!current)
            return current.error();
        if (current->responses > 0) {
            // In use: the answers keep referring to the questions they answered.
            auto next = m_templates.insertNextVersion(current->code, in.name.trimmed(), in.purpose, who.username, now);
            if (!next)
                return next.error();
            const qint64 newId = *next;
            id = newId;
            action = u"new_version"_s;
        } else {
            CRM_TRY(m_templates.rename(id, in.name.trimmed(), in.purpose));
            CRM_TRY(m_templates.deleteQuestions(id)); // no answers refer to them
        }
    }
    for (int i = 0; i < in.questions.size(); ++i) {
        CRM_TRY(m_templates.insertQuestion(id, i + 1, in.questions[i]));
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {action,
                          u"survey_templates"_s,
                          QString::number(id),
                          {},
                          {{u"name"_s, in.name.trimmed()}, {u"questions"_s, int(in.questions.size())}},
                          in.name.trimmed()}));
    CRM_TRY(tx.commit());
    return id;
}

Result<qint64> SurveyService::copyTemplate(const Session &who, qint64 id, const QString &name)
{
    auto t = templateById(id);
    if (!t)
        return t.error();
    TemplateDef copy = *t;
    copy.id = 0;
    copy.name = name;
    copy.purpose = t->purpose;
    return saveTemplate(who, copy);
}

bool SurveyService::visible(const TemplateDef &, const QuestionDef &q, const QMap<int, int> &scores)
{
    if (!q.showIfPosition)
        return true;
    const auto it = scores.constFind(q.showIfPosition);
    return it != scores.constEnd() && *it <= q.showIfMax;
}

Result<QString> SurveyService::fatigueReason(qint64 customerId)
{
    auto opted = m_responses.optedOut(customerId);
    if (!opted)
        return opted.error();
    if (*opted)
        return tr("The customer does not take part in surveys (opt-out).");
    const int days = SettingsService(m_ctx).intValue(settings::kSurveyFatigueDays);
    auto last = m_responses.lastAnsweredSince(customerId, toStoredUtc(m_ctx.clock.nowUtc().addDays(-days)));
    if (!last)
        return last.error();
    if (!last->isEmpty())
        return tr("Surveyed on %1: no second survey within %2 days.")
            .arg(QLocale().toString(fromStoredUtc(*last).toLocalTime().date(), QLocale::ShortFormat))
            .arg(days);
    return QString();
}

Result<ResponseSaved> SurveyService::saveResponse(const Session &who, const ResponseInput &in)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("record survey answers")));
    auto t = templateById(in.templateId);
    if (!t)
        return t.error();
    if (!in.customerId)
        return Error::invalid(tr("Choose the customer who answered."));
    if (in.channel != u"call"_s && in.channel != u"paper"_s)
        return Error::invalid(tr("A survey is answered on a call or on paper."));
    QMap<int, AnswerInput> byPosition;
    for (const AnswerInput &a : in.answers)
        byPosition.insert(a.position, a);
    QMap<int, int> scores;
    for (const AnswerInput &a : in.answers)
        if (a.score)
            scores.insert(a.position, *a.score);
    // Every visible mandatory question answered, every score in its range.
    for (const QuestionDef &q : t->questions) {
        const QString where = tr("Question %1").arg(q.position);
        const bool shown = visible(*t, q, scores);
        const auto it = byPosition.constFind(q.position);
        const bool answered = it != byPosition.constEnd() && (it->score.has_value() || !it->text.trimmed().isEmpty());
        if (shown && q.mandatory && !answered)
            return Error::invalid(tr("%1 (%2) needs an answer.").arg(where, q.text));
        if (!answered)
            continue;
        if (!shown)
            return Error::invalid(tr("%1 is only asked after a low answer to question %2.").arg(where).arg(q.showIfPosition));
        const int hi = maxScore(q.kind, int(q.options.size()));
        if (hi >= 0 && (!it->score || *it->score < minScore(q.kind) || *it->score > hi))
            return Error::invalid(tr("%1: the answer must be from %2 to %3.").arg(where).arg(minScore(q.kind)).arg(hi));
    }
    if (in.channel == u"call"_s) {
        auto tired = fatigueReason(in.customerId);
        if (!tired)
            return tired.error();
        if (!tired->isEmpty())
            return Error::conflict(*tired);
    }
    // Which feedback categories take what a survey says: read before the transaction, so a
    // category switched off skips the item instead of refusing the answers.
    QSet<QString> feedbackInUse;
    if (who.can(Permission::RecordFeedback)) {
        auto cats = FeedbackService(m_ctx).categories(true);
        if (!cats)
            return cats.error();
        for (const data::FeedbackCategory &c : *cats)
            feedbackInUse.insert(c.code);
    }
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto made = m_responses.insertResponse({in.templateId, in.customerId, in.vehicleId, in.staff.trimmed(), in.taskId, in.callId,
                                            in.channel, toStoredUtc(now), who.username});
    if (!made)
        return made.error();
    ResponseSaved saved;
    saved.responseId = *made;
    const int lowScale5 = SettingsService(m_ctx).intValue(settings::kSurveyLowScale5);
    const int lowNps = SettingsService(m_ctx).intValue(settings::kSurveyLowNps);
    QStringList low;
    for (const QuestionDef &q : t->questions) {
        const auto it = byPosition.constFind(q.position);
        if (it == byPosition.constEnd() || (!it->score && it->text.trimmed().isEmpty()))
            continue;
        CRM_TRY(m_responses.insertAnswer(saved.responseId, q.id, it->score, it->text.trimmed()));
        if (it->score && q.kind == u"scale5"_s && *it->score <= lowScale5)
            low << tr("%1 — %2/5").arg(q.text).arg(*it->score);
        if (it->score && q.nps && *it->score <= lowNps)
            low << tr("%1 — %2/10").arg(q.text).arg(*it->score);
    }
    QStringList words;
    for (const AnswerInput &a : in.answers)
        if (!a.text.trimmed().isEmpty())
            words << a.text.trimmed();
    // What the survey said that is not a complaint still reaches a department: unhappy answers
    // no complaint was opened for become a need, the customer's own words a suggestion.
    QList<FeedbackInput> said;
    if (!low.isEmpty() && !who.can(Permission::HandleComplaints) && feedbackInUse.contains(u"need"_s))
        said << FeedbackInput{in.customerId,
                              in.vehicleId,
                              u"need"_s,
                              tr("Low answers in \"%1\":\n%2").arg(t->name, (low + words).join(u'\n')),
                              u"survey"_s,
                              saved.responseId,
                              in.callId,
                              0,
                              0,
                              {}};
    else if (low.isEmpty() && !words.isEmpty() && feedbackInUse.contains(u"suggestion"_s))
        said << FeedbackInput{in.customerId,
                              in.vehicleId,
                              u"suggestion"_s,
                              words.join(u'\n').left(2000),
                              u"survey"_s,
                              saved.responseId,
                              in.callId,
                              0,
                              0,
                              {}};
    if (!said.isEmpty())
        CRM_TRY(statusOf(FeedbackService(m_ctx).recordMany(who, said))); // joins this transaction
    if (!low.isEmpty()) {
        // The closed loop: nothing unhappy is left lying — an alert for the manager and a
        // complaint linked to the response.
        if (who.can(Permission::HandleComplaints)) {
            ComplaintInput c;
            c.customerId = in.customerId;
            c.vehicleId = in.vehicleId;
            c.channel = u"survey"_s;
            c.category = t->purpose == u"sales"_s     ? u"delivery_paperwork"_s
                         : t->purpose == u"service"_s ? u"repair_quality"_s
                                                      : u"other"_s;
            c.description = tr("Low answers in \"%1\":\n%2").arg(t->name, low.join(u'\n')) +
                            (words.isEmpty() ? QString() : u"\n\n"_s + words.join(u'\n'));
            c.callId = in.callId;
            auto complaint = ComplaintService(m_ctx).registerComplaint(who, c);
            if (!complaint)
                return complaint.error();
            saved.complaintId = complaint->id;
            saved.complaintNumber = complaint->number;
        }
        auto alert = m_responses.insertAlert(saved.responseId, low.join(u"; "_s), saved.complaintId, toStoredUtc(now));
        if (!alert)
            return alert.error();
        saved.alertId = *alert;
    }
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"create"_s,
                          u"survey_responses"_s,
                          QString::number(saved.responseId),
                          {},
                          {{u"template"_s, t->name}, {u"alert"_s, saved.alertId}},
                          t->name}));
    CRM_TRY(tx.commit());
    return saved;
}

} // namespace crm::services
