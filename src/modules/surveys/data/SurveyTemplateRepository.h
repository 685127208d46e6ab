#pragma once
#include "data/Database.h"

#include <QDateTime>
#include <QMap>
#include <optional>

namespace crm::data {

struct QuestionDef {
    qint64 id = 0;
    int position = 0;
    QString section;
    QString text;
    QString kind;        // scale5, scale10, yesno, single, multi, text
    QStringList options; // single / multi
    bool mandatory = true;
    QString factor; // index factor; empty: not in the index
    double weight = 0;
    bool nps = false;
    int showIfPosition = 0; // shown only when that question's score …
    int showIfMax = 0;      // … is at most this
};

struct TemplateDef {
    qint64 id = 0;
    QString code;
    int version = 1;
    QString name;
    QString purpose; // sales, service, complaint, custom
    bool active = true;
    QList<QuestionDef> questions;
    qint64 responses = 0;
};

// Survey templates (`survey_templates`, versioned by code) and their questions
// (`survey_questions`). A template that has answers is never edited: a new version is made. The
// caller owns the transaction.
class SurveyTemplateRepository {
public:
    explicit SurveyTemplateRepository(Database &db) : m_db(db) {}

    // With its questions and how many responses it has; nullopt: no such template.
    Result<std::optional<TemplateDef>> byId(qint64 id);
    // The newest version of each family, by purpose and name.
    Result<QList<qint64>> newestIds();
    Result<std::optional<qint64>> activeOf(const QString &code);
    // Version 1 of a new family.
    Result<qint64> insertFirst(const QString &code, const QString &name, const QString &purpose, const QString &by,
                               const QString &at);
    // The next version of a family, the only active one from now on.
    Result<qint64> insertNextVersion(const QString &code, const QString &name, const QString &purpose, const QString &by,
                                     const QString &at);
    Status rename(qint64 id, const QString &name, const QString &purpose);
    Status deleteQuestions(qint64 templateId);
    Status insertQuestion(qint64 templateId, int position, const QuestionDef &q);

private:
    Database &m_db;
};

} // namespace crm::data
