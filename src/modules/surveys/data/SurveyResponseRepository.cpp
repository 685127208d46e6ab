#include "surveys/data/SurveyResponseRepository.h"

#include "core/Clock.h"
#include "data/Rows.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace crm::data {
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

QVariant nullId(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

bool SurveyResponseRepository::isGrouping(const QString &groupBy)
{
    return groupKeys().contains(groupBy);
}

Result<bool> SurveyResponseRepository::optedOut(qint64 customerId)
{
    auto opted = m_db.scalar(
        u"SELECT COUNT(*) FROM customer_optouts WHERE customer_id = ? AND contact_type IN ('all', 'survey')"_s, {customerId});
    if (!opted)
        return opted.error();
    return opted->toInt() > 0;
}

Result<QString> SurveyResponseRepository::lastAnsweredSince(qint64 customerId, const QString &sinceUtc)
{
    auto last = m_db.scalar(u"SELECT MAX(answered_at) FROM survey_responses WHERE customer_id = ? AND answered_at >= ?"_s,
                            {customerId, sinceUtc});
    if (!last)
        return last.error();
    return last->isValid() && !last->isNull() ? last->toString() : QString();
}

Result<qint64> SurveyResponseRepository::insertResponse(const NewResponse &r)
{
    return returnedId(
        m_db.exec(u"INSERT INTO survey_responses(template_id, customer_id, vehicle_id, staff, task_id, call_id, channel, "
                  "answered_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {r.templateId, r.customerId, nullId(r.vehicleId), Database::text(r.staff), nullId(r.taskId), nullId(r.callId),
                   r.channel, r.answeredAt, r.createdBy}));
}

Status SurveyResponseRepository::insertAnswer(qint64 responseId, qint64 questionId, std::optional<int> score, const QString &text)
{
    CRM_TRY(m_db.exec(
        u"INSERT INTO survey_answers(response_id, question_id, score, text) VALUES (?, ?, ?, ?)"_s,
        {responseId, questionId, score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Int)), Database::text(text)}));
    return {};
}

Result<qint64> SurveyResponseRepository::insertAlert(qint64 responseId, const QString &reason, qint64 complaintId,
                                                     const QString &at)
{
    return returnedId(
        m_db.exec(u"INSERT INTO survey_alerts(response_id, reason, complaint_id, raised_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
                  {responseId, reason, nullId(complaintId), at}));
}

Result<QList<SurveyScore>> SurveyResponseRepository::scores(const QString &fromUtc, const QString &toUtc, const QString &groupBy,
                                                            const QString &purpose)
{
    if (!isGrouping(groupBy))
        return Error::invalid(u"unknown grouping %1"_s.arg(groupBy));
    const auto [key, label] = groupKeys().value(groupBy);
    QVariantList binds{fromUtc, toUtc};
    QString where = u"r.answered_at >= ? AND r.answered_at < ?"_s;
    if (!purpose.isEmpty()) {
        where += u" AND t.purpose = ?"_s;
        binds << purpose;
    }
    const bool constant = groupBy == u"total"_s;
    auto q = m_db.exec(
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
    enum { Key, Label, Responses, IndexPoints, IndexWeight, Promoters, Detractors, NpsAnswers, Satisfied, Scale5Answers };
    QList<SurveyScore> out;
    while (q->next()) {
        SurveyScore s;
        s.key = q->value(Key).toString();
        s.label = q->value(Label).toString();
        s.responses = q->value(Responses).toLongLong();
        s.indexPoints = q->value(IndexPoints).toDouble();
        s.indexWeight = q->value(IndexWeight).toDouble();
        s.promoters = q->value(Promoters).toLongLong();
        s.detractors = q->value(Detractors).toLongLong();
        s.npsAnswers = q->value(NpsAnswers).toLongLong();
        s.satisfied = q->value(Satisfied).toLongLong();
        s.scale5Answers = q->value(Scale5Answers).toLongLong();
        out << s;
    }
    return out;
}

Result<QList<SurveyResponseRow>> SurveyResponseRepository::responses(const ResponseFilter &f, int limit)
{
    if (!isGrouping(f.groupBy))
        return Error::invalid(u"unknown grouping %1"_s.arg(f.groupBy));
    QVariantList binds{f.fromUtc, f.toUtc};
    QString where = u"r.answered_at >= ? AND r.answered_at < ?"_s;
    if (!f.purpose.isEmpty()) {
        where += u" AND t.purpose = ?"_s;
        binds << f.purpose;
    }
    if (!f.withinFromUtc.isEmpty()) {
        where += u" AND r.answered_at >= ? AND r.answered_at < ?"_s;
        binds << f.withinFromUtc << f.withinToUtc;
    } else if (f.groupBy != u"total"_s && f.groupBy != u"week"_s) {
        where += u" AND "_s + groupKeys().value(f.groupBy).first + u" = ?"_s;
        binds << (f.groupBy == u"question"_s ? QVariant(f.key.toLongLong()) : QVariant(f.key));
    }
    binds << limit;
    enum { Id, AnsweredAt, Customer, CustomerId, Template, Staff, Channel };
    auto q = m_db.exec(u"SELECT DISTINCT r.id, r.answered_at, cu.name, cu.id, t.name, r.staff, r.channel FROM survey_responses r "
                       "JOIN survey_templates t ON t.id = r.template_id JOIN customers cu ON cu.id = r.customer_id "
                       "JOIN survey_answers a ON a.response_id = r.id JOIN survey_questions q ON q.id = a.question_id "
                       "LEFT JOIN vehicles v ON v.id = r.vehicle_id WHERE "_s +
                           where + u" ORDER BY r.answered_at DESC, r.id DESC LIMIT ?"_s,
                       binds);
    if (!q)
        return q.error();
    QList<SurveyResponseRow> out;
    while (q->next())
        out << SurveyResponseRow{q->value(Id).toLongLong(),     fromStoredUtc(q->value(AnsweredAt).toString()),
                                 q->value(Customer).toString(), q->value(CustomerId).toLongLong(),
                                 q->value(Template).toString(), q->value(Staff).toString(),
                                 q->value(Channel).toString(),  {}};
    for (SurveyResponseRow &r : out) {
        auto a = m_db.exec(u"SELECT q.position, q.text, a.score, a.text FROM survey_answers a JOIN survey_questions q ON q.id = "
                           "a.question_id WHERE a.response_id = ? ORDER BY q.position"_s,
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

Result<QList<QPair<QString, qint64>>> SurveyResponseRepository::distribution(qint64 questionId, const QString &fromUtc,
                                                                             const QString &toUtc)
{
    auto q = m_db.exec(
        u"SELECT a.score, a.text, COUNT(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
        "WHERE a.question_id = ? AND r.answered_at >= ? AND r.answered_at < ? GROUP BY a.score, a.text ORDER BY a.score, a.text"_s,
        {questionId, fromUtc, toUtc});
    if (!q)
        return q.error();
    QList<QPair<QString, qint64>> out;
    while (q->next())
        out << qMakePair(q->value(0).isNull() ? q->value(1).toString() : q->value(0).toString(), q->value(2).toLongLong());
    return out;
}

Result<QList<SurveyResponseRow>> SurveyResponseRepository::freeText(const QString &fromUtc, const QString &toUtc, int limit)
{
    enum { Id, AnsweredAt, Customer, CustomerId, Template, Staff, Channel, Answer };
    auto q = m_db.exec(u"SELECT r.id, r.answered_at, cu.name, cu.id, t.name, r.staff, r.channel, q.text || ': ' || a.text "
                       "FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id JOIN survey_responses r ON r.id = "
                       "a.response_id JOIN survey_templates t ON t.id = r.template_id JOIN customers cu ON cu.id = r.customer_id "
                       "WHERE q.kind = 'text' AND a.text <> '' AND r.answered_at >= ? AND r.answered_at < ? "
                       "ORDER BY r.answered_at DESC LIMIT ?"_s,
                       {fromUtc, toUtc, limit});
    if (!q)
        return q.error();
    QList<SurveyResponseRow> out;
    while (q->next())
        out << SurveyResponseRow{q->value(Id).toLongLong(),     fromStoredUtc(q->value(AnsweredAt).toString()),
                                 q->value(Customer).toString(), q->value(CustomerId).toLongLong(),
                                 q->value(Template).toString(), q->value(Staff).toString(),
                                 q->value(Channel).toString(),  q->value(Answer).toString()};
    return out;
}

Result<QList<SurveyAlert>> SurveyResponseRepository::alerts(bool openOnly)
{
    enum {
        Id,
        Response,
        Reason,
        Complaint,
        ComplaintNumber,
        StatusCol,
        RaisedAt,
        Customer,
        CustomerId,
        Template,
        Staff,
        ResolvedBy,
        Comment
    };
    auto q = m_db.exec(
        u"SELECT al.id, al.response_id, al.reason, al.complaint_id, c.number, al.status, al.raised_at, cu.name, cu.id, "
        "t.name, r.staff, al.resolved_by, al.comment FROM survey_alerts al JOIN survey_responses r ON r.id = al.response_id "
        "JOIN customers cu ON cu.id = r.customer_id JOIN survey_templates t ON t.id = r.template_id "
        "LEFT JOIN complaints c ON c.id = al.complaint_id "_s +
        (openOnly ? u"WHERE al.status = 'open' "_s : QString()) + u"ORDER BY al.raised_at DESC LIMIT 1000"_s);
    if (!q)
        return q.error();
    QList<SurveyAlert> out;
    while (q->next())
        out << SurveyAlert{q->value(Id).toLongLong(),
                           q->value(Response).toLongLong(),
                           q->value(Reason).toString(),
                           q->value(Complaint).toLongLong(),
                           q->value(ComplaintNumber).toString(),
                           q->value(StatusCol).toString(),
                           fromStoredUtc(q->value(RaisedAt).toString()),
                           q->value(Customer).toString(),
                           q->value(CustomerId).toLongLong(),
                           q->value(Template).toString(),
                           q->value(Staff).toString(),
                           q->value(ResolvedBy).toString(),
                           q->value(Comment).toString()};
    return out;
}

Result<bool> SurveyResponseRepository::resolveAlert(qint64 alertId, const QString &by, const QString &at, const QString &comment)
{
    return changedOne(m_db.exec(u"UPDATE survey_alerts SET status = 'resolved', resolved_by = ?, resolved_at = ?, comment = ? "
                                "WHERE id = ? AND status = 'open'"_s,
                                {by, at, comment, alertId}));
}

} // namespace crm::data
