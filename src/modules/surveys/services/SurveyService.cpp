#include "surveys/services/SurveyService.h"

#include "complaints/services/ComplaintService.h"
#include "core/Log.h"
#include "data/Transaction.h"
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
// Group keys (SQL expression, label expression) from this fixed table only; never from input.
const QMap<QString, QPair<QString, QString>> &groupKeys()
{
    static const QMap<QString, QPair<QString, QString>> keys{
        {u"total"_s, {u"''"_s, u"''"_s}},
        {u"template"_s, {u"t.code"_s, u"MAX(t.name)"_s}},
        {u"staff"_s, {u"r.staff"_s, u"MAX(r.staff)"_s}},
        {u"model"_s, {u"COALESCE(v.model, '')"_s, u"MAX(COALESCE(v.model, ''))"_s}},
        {u"question"_s, {u"q.id"_s, u"MAX(t.name || ' · ' || q.text)"_s}},
        {u"factor"_s, {u"q.factor"_s, u"MAX(q.factor)"_s}},
        {u"month"_s, {u"substr(r.answered_at, 1, 7)"_s, u"MAX(substr(r.answered_at, 1, 7))"_s}},
        {u"quarter"_s,
         {u"substr(r.answered_at, 1, 4) || '-Q' || ((CAST(substr(r.answered_at, 6, 2) AS INTEGER) + 2) / 3)"_s,
          u"MAX(substr(r.answered_at, 1, 4) || '-Q' || ((CAST(substr(r.answered_at, 6, 2) AS INTEGER) + 2) / 3))"_s}},
        {u"week"_s, {u"substr(r.answered_at, 1, 10)"_s, u"MAX(substr(r.answered_at, 1, 10))"_s}},
    };
    return keys;
}
QVariant nullInt(int v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}
QVariant nullId(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}
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
    auto t = m_ctx.db.exec(u"SELECT id, code, version, name, purpose, active, "
                           "(SELECT COUNT(*) FROM survey_responses r WHERE r.template_id = survey_templates.id) "
                           "FROM survey_templates WHERE id = ?"_s,
                           {id});
    if (!t)
        return t.error();
    if (!t->next())
        return Error::notFound(tr("Survey template %1 does not exist.").arg(id));
    TemplateDef def{t->value(0).toLongLong(),
                    t->value(1).toString(),
                    t->value(2).toInt(),
                    t->value(3).toString(),
                    t->value(4).toString(),
                    t->value(5).toInt() != 0,
                    {},
                    t->value(6).toLongLong()};
    auto q = m_ctx.db.exec(
        u"SELECT id, position, section, text, kind, options, mandatory, factor, weight, is_nps, show_if_position, show_if_max "
        "FROM survey_questions WHERE template_id = ? ORDER BY position"_s,
        {id});
    if (!q)
        return q.error();
    while (q->next()) {
        QuestionDef d;
        d.id = q->value(0).toLongLong();
        d.position = q->value(1).toInt();
        d.section = q->value(2).toString();
        d.text = q->value(3).toString();
        d.kind = q->value(4).toString();
        d.options = q->value(5).toString().split(u'\n', Qt::SkipEmptyParts);
        d.mandatory = q->value(6).toInt() != 0;
        d.factor = q->value(7).toString();
        d.weight = q->value(8).toDouble();
        d.nps = q->value(9).toInt() != 0;
        d.showIfPosition = q->value(10).toInt();
        d.showIfMax = q->value(11).toInt();
        def.questions << d;
    }
    return def;
}

Result<QList<TemplateDef>> SurveyService::templates()
{
    auto ids =
        m_ctx.db.exec(u"SELECT t.id FROM survey_templates t WHERE t.version = (SELECT MAX(version) FROM survey_templates x "
                      "WHERE x.code = t.code) ORDER BY t.purpose, t.name"_s);
    if (!ids)
        return ids.error();
    QList<qint64> list;
    while (ids->next())
        list << ids->value(0).toLongLong();
    QList<TemplateDef> out;
    for (qint64 id : list) {
        auto t = templateById(id);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<std::optional<TemplateDef>> SurveyService::latest(const QString &code)
{
    auto id =
        m_ctx.db.scalar(u"SELECT id FROM survey_templates WHERE code = ? AND active = 1 ORDER BY version DESC LIMIT 1"_s, {code});
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<TemplateDef>();
    auto t = templateById(id->toLongLong());
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
        auto made = m_ctx.db.exec(
            u"INSERT INTO survey_templates(code, version, name, purpose, created_by, created_at) "
            "VALUES (?, 1, ?, ?, ?, ?) RETURNING id"_s,
            {u"t%1"_s.arg(m_ctx.clock.nowUtc().toMSecsSinceEpoch()), in.name.trimmed(), in.purpose, who.username, now});
        if (!made || !made->next())
            return made ? Error::database(u"no id"_s, {}) : made.error();
        id = made->value(0).toLongLong();
        made->finish();
        action = u"create"_s;
    } else {
        auto current = templateById(id);
        if (!current)
            return current.error();
        if (current->responses > 0) {
            // In use: the answers keep referring to the questions they answered.
            auto next = m_ctx.db.exec(
                u"INSERT INTO survey_templates(code, version, name, purpose, created_by, created_at) "
                "VALUES (?, (SELECT MAX(version) + 1 FROM survey_templates WHERE code = ?), ?, ?, ?, ?) RETURNING id"_s,
                {current->code, current->code, in.name.trimmed(), in.purpose, who.username, now});
            if (!next || !next->next())
                return next ? Error::database(u"no id"_s, {}) : next.error();
            const qint64 newId = next->value(0).toLongLong();
            next->finish();
            CRM_TRY(
                m_ctx.db.exec(u"UPDATE survey_templates SET active = 0 WHERE code = ? AND id <> ?"_s, {current->code, newId}));
            id = newId;
            action = u"new_version"_s;
        } else {
            CRM_TRY(m_ctx.db.exec(u"UPDATE survey_templates SET name = ?, purpose = ? WHERE id = ?"_s,
                                  {in.name.trimmed(), in.purpose, id}));
            CRM_TRY(m_ctx.db.exec(u"DELETE FROM survey_questions WHERE template_id = ?"_s, {id})); // no answers refer to them
        }
    }
    for (int i = 0; i < in.questions.size(); ++i) {
        const QuestionDef &q = in.questions[i];
        CRM_TRY(m_ctx.db.exec(
            u"INSERT INTO survey_questions(template_id, position, section, text, kind, options, mandatory, factor, weight, "
            "is_nps, show_if_position, show_if_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, i + 1, data::Database::text(q.section.trimmed()), q.text.trimmed(), q.kind,
             data::Database::text(q.options.join(u'\n')), q.mandatory ? 1 : 0, data::Database::text(q.factor.trimmed()), q.weight,
             q.nps ? 1 : 0, nullInt(q.showIfPosition), q.showIfPosition ? QVariant(q.showIfMax) : nullInt(0)}));
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
    auto opted = m_ctx.db.scalar(
        u"SELECT COUNT(*) FROM customer_optouts WHERE customer_id = ? AND contact_type IN ('all', 'survey')"_s, {customerId});
    if (!opted)
        return opted.error();
    if (opted->toInt() > 0)
        return tr("The customer does not take part in surveys (opt-out).");
    const int days = SettingsService(m_ctx).intValue(settings::kSurveyFatigueDays);
    auto last = m_ctx.db.scalar(u"SELECT MAX(answered_at) FROM survey_responses WHERE customer_id = ? AND answered_at >= ?"_s,
                                {customerId, toStoredUtc(m_ctx.clock.nowUtc().addDays(-days))});
    if (!last)
        return last.error();
    if (last->isValid() && !last->isNull() && !last->toString().isEmpty())
        return tr("Surveyed on %1: no second survey within %2 days.")
            .arg(QLocale().toString(fromStoredUtc(last->toString()).toLocalTime().date(), QLocale::ShortFormat))
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
    const QDateTime now = m_ctx.clock.nowUtc();
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto made =
        m_ctx.db.exec(u"INSERT INTO survey_responses(template_id, customer_id, vehicle_id, staff, task_id, call_id, channel, "
                      "answered_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {in.templateId, in.customerId, nullId(in.vehicleId), data::Database::text(in.staff.trimmed()),
                       nullId(in.taskId), nullId(in.callId), in.channel, toStoredUtc(now), who.username});
    if (!made)
        return made.error();
    if (!made->next())
        return Error::database(u"no id returned for the response"_s, {});
    ResponseSaved saved;
    saved.responseId = made->value(0).toLongLong();
    made->finish(); // a RETURNING statement stays open until finished; SQLite will not commit past it
    const int lowScale5 = SettingsService(m_ctx).intValue(settings::kSurveyLowScale5);
    const int lowNps = SettingsService(m_ctx).intValue(settings::kSurveyLowNps);
    QStringList low;
    for (const QuestionDef &q : t->questions) {
        const auto it = byPosition.constFind(q.position);
        if (it == byPosition.constEnd() || (!it->score && it->text.trimmed().isEmpty()))
            continue;
        CRM_TRY(m_ctx.db.exec(u"INSERT INTO survey_answers(response_id, question_id, score, text) VALUES (?, ?, ?, ?)"_s,
                              {saved.responseId, q.id, it->score ? QVariant(*it->score) : QVariant(QMetaType(QMetaType::Int)),
                               data::Database::text(it->text.trimmed())}));
        if (it->score && q.kind == u"scale5"_s && *it->score <= lowScale5)
            low << tr("%1 — %2/5").arg(q.text).arg(*it->score);
        if (it->score && q.nps && *it->score <= lowNps)
            low << tr("%1 — %2/10").arg(q.text).arg(*it->score);
    }
    if (!low.isEmpty()) {
        // The closed loop: nothing unhappy is left lying — an alert for the manager and a
        // complaint linked to the response.
        QStringList words;
        for (const AnswerInput &a : in.answers)
            if (!a.text.trimmed().isEmpty())
                words << a.text.trimmed();
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
        auto alert = m_ctx.db.exec(
            u"INSERT INTO survey_alerts(response_id, reason, complaint_id, raised_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
            {saved.responseId, low.join(u"; "_s), nullId(saved.complaintId), toStoredUtc(now)});
        if (!alert)
            return alert.error();
        if (alert->next())
            saved.alertId = alert->value(0).toLongLong();
        alert->finish();
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

Result<QList<SurveyScore>> SurveyService::scores(const Session &who, const QDate &from, const QDate &to, const QString &groupBy,
                                                 const QString &purpose)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey scores")));
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::invalid(tr("Choose a period whose first day is not after its last."));
    const QMap<QString, QPair<QString, QString>> &keys = groupKeys();
    if (!keys.contains(groupBy))
        return Error::invalid(tr("Unknown grouping \"%1\".").arg(groupBy));
    const auto [key, label] = keys.value(groupBy);
    QVariantList binds{storedDayStart(from), storedDayStart(to.addDays(1))};
    QString where = u"r.answered_at >= ? AND r.answered_at < ?"_s;
    if (!purpose.isEmpty()) {
        where += u" AND t.purpose = ?"_s;
        binds << purpose;
    }
    const bool constant = groupBy == u"total"_s;
    auto q = m_ctx.db.exec(
        u"SELECT "_s + (constant ? u"''"_s : key) + u", "_s + (constant ? u"''"_s : label) +
            u", COUNT(DISTINCT r.id), "
            "SUM(CASE WHEN q.weight > 0 AND a.score IS NOT NULL AND q.kind = 'scale5' THEN q.weight * (a.score - 1) * 250.0 "
            "         WHEN q.weight > 0 AND a.score IS NOT NULL AND q.kind = 'scale10' THEN q.weight * a.score * 100.0 ELSE 0 "
            "END), "
            "SUM(CASE WHEN q.weight > 0 AND a.score IS NOT NULL AND q.kind IN ('scale5', 'scale10') THEN q.weight ELSE 0 END), "
            "SUM(CASE WHEN q.is_nps = 1 AND a.score >= 9 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN q.is_nps = 1 AND a.score <= 6 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN q.is_nps = 1 AND a.score IS NOT NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN q.kind = 'scale5' AND a.score >= 4 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN q.kind = 'scale5' AND a.score IS NOT NULL THEN 1 ELSE 0 END) "
            "FROM survey_responses r JOIN survey_templates t ON t.id = r.template_id JOIN survey_answers a ON a.response_id = "
            "r.id "
            "JOIN survey_questions q ON q.id = a.question_id LEFT JOIN vehicles v ON v.id = r.vehicle_id WHERE "_s +
            where + (constant ? QString() : u" GROUP BY "_s + key),
        binds);
    if (!q)
        return q.error();
    QMap<QString, SurveyScore> groups;
    QList<QString> order;
    while (q->next()) {
        SurveyScore s;
        s.key = q->value(0).toString();
        s.label = q->value(1).toString();
        if (groupBy == u"week"_s) {
            const QDate d = fromStoredUtc(s.key + u"T00:00:00Z"_s).date();
            s.key = FollowupReportService::weekKey(d);
            s.label = s.key;
        }
        s.responses = q->value(2).toLongLong();
        s.indexPoints = q->value(3).toDouble();
        s.indexWeight = q->value(4).toDouble();
        s.promoters = q->value(5).toLongLong();
        s.detractors = q->value(6).toLongLong();
        s.npsAnswers = q->value(7).toLongLong();
        s.satisfied = q->value(8).toLongLong();
        s.scale5Answers = q->value(9).toLongLong();
        if (!groups.contains(s.key)) {
            order << s.key;
            groups.insert(s.key, s);
            continue;
        }
        SurveyScore &into = groups[s.key]; // days folded into their week
        into.responses += s.responses;
        into.indexPoints += s.indexPoints;
        into.indexWeight += s.indexWeight;
        into.promoters += s.promoters;
        into.detractors += s.detractors;
        into.npsAnswers += s.npsAnswers;
        into.satisfied += s.satisfied;
        into.scale5Answers += s.scale5Answers;
    }
    QList<SurveyScore> out;
    for (const QString &k : order)
        out << groups.value(k);
    if (groupBy == u"staff"_s || groupBy == u"model"_s || groupBy == u"template"_s || groupBy == u"question"_s ||
        groupBy == u"factor"_s)
        std::sort(out.begin(), out.end(), [](const SurveyScore &a, const SurveyScore &b) { return a.label < b.label; });
    else
        std::sort(out.begin(), out.end(), [](const SurveyScore &a, const SurveyScore &b) { return a.key < b.key; });
    return out;
}

Result<SurveyScore> SurveyService::total(const Session &who, const QDate &from, const QDate &to, const QString &purpose)
{
    auto rows = scores(who, from, to, u"total"_s, purpose);
    if (!rows)
        return rows.error();
    SurveyScore t = rows->isEmpty() ? SurveyScore{} : rows->first();
    t.label = tr("Total");
    return t;
}

Result<QList<SurveyResponseRow>> SurveyService::responses(const Session &who, const QDate &from, const QDate &to,
                                                          const QString &groupBy, const QString &key, const QString &purpose,
                                                          int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey responses")));
    if (!groupKeys().contains(groupBy))
        return Error::invalid(tr("Unknown grouping \"%1\".").arg(groupBy));
    QVariantList binds{storedDayStart(from), storedDayStart(to.addDays(1))};
    QString where = u"r.answered_at >= ? AND r.answered_at < ?"_s;
    if (!purpose.isEmpty()) {
        where += u" AND t.purpose = ?"_s;
        binds << purpose;
    }
    if (groupBy == u"week"_s) {
        // A week key (2026-W47) stands for its seven days.
        const QStringList parts = key.split(u"-W"_s);
        QDate monday(parts.value(0).toInt(), 1, 4);
        monday = monday.addDays(1 - monday.dayOfWeek()).addDays(7 * (parts.value(1).toInt() - 1));
        where += u" AND r.answered_at >= ? AND r.answered_at < ?"_s;
        binds << toStoredUtc(QDateTime(monday, QTime(0, 0), QTimeZone::utc()))
              << toStoredUtc(QDateTime(monday.addDays(7), QTime(0, 0), QTimeZone::utc()));
    } else if (groupBy != u"total"_s) {
        where += u" AND "_s + groupKeys().value(groupBy).first + u" = ?"_s;
        binds << (groupBy == u"question"_s ? QVariant(key.toLongLong()) : QVariant(key));
    }
    binds << limit;
    auto q =
        m_ctx.db.exec(u"SELECT DISTINCT r.id, r.answered_at, cu.name, cu.id, t.name, r.staff, r.channel FROM survey_responses r "
                      "JOIN survey_templates t ON t.id = r.template_id JOIN customers cu ON cu.id = r.customer_id "
                      "JOIN survey_answers a ON a.response_id = r.id JOIN survey_questions q ON q.id = a.question_id "
                      "LEFT JOIN vehicles v ON v.id = r.vehicle_id WHERE "_s +
                          where + u" ORDER BY r.answered_at DESC, r.id DESC LIMIT ?"_s,
                      binds);
    if (!q)
        return q.error();
    QList<SurveyResponseRow> out;
    while (q->next())
        out << SurveyResponseRow{q->value(0).toLongLong(), fromStoredUtc(q->value(1).toString()),
                                 q->value(2).toString(),   q->value(3).toLongLong(),
                                 q->value(4).toString(),   q->value(5).toString(),
                                 q->value(6).toString(),   {}};
    for (SurveyResponseRow &r : out) {
        auto a = m_ctx.db.exec(
            u"SELECT q.position, q.text, a.score, a.text FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id "
            "WHERE a.response_id = ? ORDER BY q.position"_s,
            {r.id});
        if (!a)
            return a.error();
        QStringList lines;
        while (a->next())
            lines << u"%1. %2 — %3"_s.arg(a->value(0).toInt())
                         .arg(a->value(1).toString(), a->value(2).isNull() ? a->value(3).toString() : a->value(2).toString());
        r.answers = lines.join(u'\n');
    }
    return out;
}

Result<QList<QPair<QString, qint64>>> SurveyService::distribution(const Session &who, qint64 questionId, const QDate &from,
                                                                  const QDate &to)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey scores")));
    auto q = m_ctx.db.exec(
        u"SELECT a.score, a.text, COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
        "WHERE a.question_id = ? AND r.answered_at >= ? AND r.answered_at < ? GROUP BY a.score, a.text ORDER BY a.score, a.text"_s,
        {questionId, storedDayStart(from), storedDayStart(to.addDays(1))});
    if (!q)
        return q.error();
    QList<QPair<QString, qint64>> out;
    while (q->next())
        out << qMakePair(q->value(0).isNull() ? q->value(1).toString() : q->value(0).toString(), q->value(2).toLongLong());
    return out;
}

Result<QList<SurveyResponseRow>> SurveyService::freeText(const Session &who, const QDate &from, const QDate &to, int limit)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey responses")));
    auto q = m_ctx.db.exec(
        u"SELECT r.id, r.answered_at, cu.name, cu.id, t.name, r.staff, r.channel, q.text || ': ' || a.text "
        "FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id JOIN survey_responses r ON r.id = a.response_id "
        "JOIN survey_templates t ON t.id = r.template_id JOIN customers cu ON cu.id = r.customer_id "
        "WHERE q.kind = 'text' AND a.text <> '' AND r.answered_at >= ? AND r.answered_at < ? "
        "ORDER BY r.answered_at DESC LIMIT ?"_s,
        {storedDayStart(from), storedDayStart(to.addDays(1)), limit});
    if (!q)
        return q.error();
    QList<SurveyResponseRow> out;
    while (q->next())
        out << SurveyResponseRow{q->value(0).toLongLong(), fromStoredUtc(q->value(1).toString()),
                                 q->value(2).toString(),   q->value(3).toLongLong(),
                                 q->value(4).toString(),   q->value(5).toString(),
                                 q->value(6).toString(),   q->value(7).toString()};
    return out;
}

Status SurveyService::exportScores(const Session &who, const QList<SurveyScore> &rows, const QString &groupTitle,
                                   const QString &path)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::ExportData, tr("export survey scores")));
    auto writer = TableWriter::open(path);
    if (!writer)
        return writer.error();
    CRM_TRY((*writer)->sheet(tr("Satisfaction"), {groupTitle, tr("Responses"), tr("Index (of 1000)"), tr("NPS"), tr("CSAT (%)"),
                                                  tr("Promoters"), tr("Detractors"), tr("NPS answers")}));
    auto num = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(QString()); };
    for (const SurveyScore &r : rows)
        CRM_TRY((*writer)->row(
            {r.label, r.responses, num(r.index()), num(r.nps()), num(r.csat()), r.promoters, r.detractors, r.npsAnswers}));
    CRM_TRY((*writer)->finish());
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    CRM_TRY(Guard::audit(m_ctx, &who,
                         {u"export"_s, u"survey_scores"_s, {}, {}, {{u"rows"_s, int(rows.size())}}, path.section(u'/', -1)}));
    return tx.commit();
}

Result<QList<SurveyAlert>> SurveyService::alerts(const Session &who, bool openOnly)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::WorkFollowups, tr("see survey alerts")));
    auto q = m_ctx.db.exec(
        u"SELECT al.id, al.response_id, al.reason, al.complaint_id, c.number, al.status, al.raised_at, cu.name, cu.id, "
        "t.name, r.staff, al.resolved_by, al.comment FROM survey_alerts al JOIN survey_responses r ON r.id = al.response_id "
        "JOIN customers cu ON cu.id = r.customer_id JOIN survey_templates t ON t.id = r.template_id "
        "LEFT JOIN complaints c ON c.id = al.complaint_id "_s +
        (openOnly ? u"WHERE al.status = 'open' "_s : QString()) + u"ORDER BY al.raised_at DESC LIMIT 1000"_s);
    if (!q)
        return q.error();
    QList<SurveyAlert> out;
    while (q->next())
        out << SurveyAlert{q->value(0).toLongLong(),
                           q->value(1).toLongLong(),
                           q->value(2).toString(),
                           q->value(3).toLongLong(),
                           q->value(4).toString(),
                           q->value(5).toString(),
                           fromStoredUtc(q->value(6).toString()),
                           q->value(7).toString(),
                           q->value(8).toLongLong(),
                           q->value(9).toString(),
                           q->value(10).toString(),
                           q->value(11).toString(),
                           q->value(12).toString()};
    return out;
}

Status SurveyService::resolveAlert(const Session &who, qint64 alertId, const QString &comment)
{
    CRM_TRY(Guard::require(m_ctx, who, Permission::HandleComplaints, tr("resolve survey alerts")));
    if (comment.trimmed().isEmpty())
        return Error::invalid(tr("Say how the unhappy answer was handled."));
    data::Transaction tx(m_ctx.db);
    CRM_TRY(tx.started());
    auto q = m_ctx.db.exec(u"UPDATE survey_alerts SET status = 'resolved', resolved_by = ?, resolved_at = ?, comment = ? "
                           "WHERE id = ? AND status = 'open'"_s,
                           {who.username, toStoredUtc(m_ctx.clock.nowUtc()), comment.trimmed(), alertId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::conflict(tr("This alert is already resolved."));
    CRM_TRY(Guard::audit(
        m_ctx, &who, {u"resolve"_s, u"survey_alerts"_s, QString::number(alertId), {}, {{u"comment"_s, comment.trimmed()}}, {}}));
    return tx.commit();
}

} // namespace crm::services
