#include "surveys/data/SurveyTemplateRepository.h"

#include "data/Rows.h"
using namespace Qt::StringLiterals;

namespace crm::data {
namespace {

QVariant nullInt(int v)
{
    return v ? QVariant(v) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

Result<std::optional<TemplateDef>> SurveyTemplateRepository::byId(qint64 id)
{
    enum { Id, Code, Version, Name, Purpose, Active, Responses };
    auto t = m_db.exec(u"SELECT id, code, version, name, purpose, active, "
                       "(SELECT COUNT(*) FROM survey_responses r WHERE r.template_id = survey_templates.id) "
                       "FROM survey_templates WHERE id = ?"_s,
                       {id});
    if (!t)
        return t.error();
    if (!t->next())
        return std::optional<TemplateDef>();
    TemplateDef def{t->value(Id).toLongLong(),
                    t->value(Code).toString(),
                    t->value(Version).toInt(),
                    t->value(Name).toString(),
                    t->value(Purpose).toString(),
                    t->value(Active).toInt() != 0,
                    {},
                    t->value(Responses).toLongLong()};
    t->finish();
    enum { QId, Position, Section, Text, Kind, Options, Mandatory, Factor, Weight, IsNps, ShowIfPosition, ShowIfMax };
    auto q = m_db.exec(
        u"SELECT id, position, section, text, kind, options, mandatory, factor, weight, is_nps, show_if_position, show_if_max "
        "FROM survey_questions WHERE template_id = ? ORDER BY position"_s,
        {id});
    if (!q)
        return q.error();
    while (q->next()) {
        QuestionDef d;
        d.id = q->value(QId).toLongLong();
        d.position = q->value(Position).toInt();
        d.section = q->value(Section).toString();
        d.text = q->value(Text).toString();
        d.kind = q->value(Kind).toString();
        d.options = q->value(Options).toString().split(u'\n', Qt::SkipEmptyParts);
        d.mandatory = q->value(Mandatory).toInt() != 0;
        d.factor = q->value(Factor).toString();
        d.weight = q->value(Weight).toDouble();
        d.nps = q->value(IsNps).toInt() != 0;
        d.showIfPosition = q->value(ShowIfPosition).toInt();
        d.showIfMax = q->value(ShowIfMax).toInt();
        def.questions << d;
    }
    return std::optional<TemplateDef>(def);
}

Result<QList<qint64>> SurveyTemplateRepository::newestIds()
{
    auto ids = m_db.exec(u"SELECT t.id FROM survey_templates t WHERE t.version = (SELECT MAX(version) FROM survey_templates x "
                         "WHERE x.code = t.code) ORDER BY t.purpose, t.name"_s);
    if (!ids)
        return ids.error();
    QList<qint64> list;
    while (ids->next())
        list << ids->value(0).toLongLong();
    return list;
}

Result<std::optional<qint64>> SurveyTemplateRepository::activeOf(const QString &code)
{
    auto id =
        m_db.scalar(u"SELECT id FROM survey_templates WHERE code = ? AND active = 1 ORDER BY version DESC LIMIT 1"_s, {code});
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<qint64> SurveyTemplateRepository::insertFirst(const QString &code, const QString &name, const QString &purpose,
                                                     const QString &by, const QString &at)
{
    return returnedId(m_db.exec(u"INSERT INTO survey_templates(code, version, name, purpose, created_by, created_at) "
                                "VALUES (?, 1, ?, ?, ?, ?) RETURNING id"_s,
                                {code, name, purpose, by, at}));
}

Result<qint64> SurveyTemplateRepository::insertNextVersion(const QString &code, const QString &name, const QString &purpose,
                                                           const QString &by, const QString &at)
{
    auto id = returnedId(
        m_db.exec(u"INSERT INTO survey_templates(code, version, name, purpose, created_by, created_at) "
                  "VALUES (?, (SELECT MAX(version) + 1 FROM survey_templates WHERE code = ?), ?, ?, ?, ?) RETURNING id"_s,
                  {code, code, name, purpose, by, at}));
    if (!id)
        return id.error();
    CRM_TRY(m_db.exec(u"UPDATE survey_templates SET active = 0 WHERE code = ? AND id <> ?"_s, {code, *id}));
    return *id;
}

Status SurveyTemplateRepository::rename(qint64 id, const QString &name, const QString &purpose)
{
    CRM_TRY(m_db.exec(u"UPDATE survey_templates SET name = ?, purpose = ? WHERE id = ?"_s, {name, purpose, id}));
    return {};
}

Status SurveyTemplateRepository::deleteQuestions(qint64 templateId)
{
    CRM_TRY(m_db.exec(u"DELETE FROM survey_questions WHERE template_id = ?"_s, {templateId}));
    return {};
}

Status SurveyTemplateRepository::insertQuestion(qint64 templateId, int position, const QuestionDef &q)
{
    CRM_TRY(
        m_db.exec(u"INSERT INTO survey_questions(template_id, position, section, text, kind, options, mandatory, factor, weight, "
                  "is_nps, show_if_position, show_if_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {templateId, position, Database::text(q.section.trimmed()), q.text.trimmed(), q.kind,
                   Database::text(q.options.join(u'\n')), q.mandatory ? 1 : 0, Database::text(q.factor.trimmed()), q.weight,
                   q.nps ? 1 : 0, nullInt(q.showIfPosition), q.showIfPosition ? QVariant(q.showIfMax) : nullInt(0)}));
    return {};
}

} // namespace crm::data
