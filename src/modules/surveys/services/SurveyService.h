#pragma once
#include "services/Guard.h"
#include "surveys/data/SurveyResponseRepository.h"
#include "surveys/data/SurveyTemplateRepository.h"

#include <QMap>
#include <optional>

namespace crm::services {

namespace settings {
inline const QString kSurveyLowScale5 = QStringLiteral("surveys.low_scale5");
inline const QString kSurveyLowNps = QStringLiteral("surveys.low_nps");
inline const QString kSurveyTargetIndex = QStringLiteral("surveys.target_index");
inline const QString kSurveyTargetNps = QStringLiteral("surveys.target_nps");
inline const QString kSurveyTargetCsat = QStringLiteral("surveys.target_csat");
} // namespace settings

// The structs are the repositories'; services and pages name them from here.
using data::QuestionDef;
using data::SurveyAlert;
using data::SurveyResponseRow;
using data::SurveyScore;
using data::TemplateDef;

struct AnswerInput {
    int position = 0;
    std::optional<int> score;
    QString text;
};

struct ResponseInput {
    qint64 templateId = 0;
    qint64 customerId = 0;
    qint64 vehicleId = 0;
    QString staff;
    qint64 taskId = 0;
    qint64 callId = 0;
    QString channel = QStringLiteral("call");
    QList<AnswerInput> answers;
};

struct ResponseSaved {
    qint64 responseId = 0;
    qint64 alertId = 0;     // an unhappy answer raised an alert …
    qint64 complaintId = 0; // … and a complaint linked to the response
    QString complaintNumber;
};

// Templates (versioned), answering (on a call or from paper), the closed loop on unhappy
// answers, and the scores — computed by grouped SQL, never by loading every response.
class SurveyService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::SurveyService)
public:
    explicit SurveyService(Context ctx) : m_ctx(ctx), m_templates(ctx.db), m_responses(ctx.db) {}

    static QStringList kinds();
    static QString kindTitle(const QString &kind);
    static QString purposeTitle(const QString &purpose);
    // The template family a follow-up task kind carries (sales_survey → ssi, …), or empty.
    static QString templateCodeFor(const QString &taskKind);

    Result<QList<TemplateDef>> templates(); // the newest version of each family
    Result<TemplateDef> templateById(qint64 id);
    Result<std::optional<TemplateDef>> latest(const QString &code);
    // A template with responses is not changed: the next version is created (returned id).
    Result<qint64> saveTemplate(const Session &who, const TemplateDef &t);
    Result<qint64> copyTemplate(const Session &who, qint64 id, const QString &name);

    static bool visible(const TemplateDef &t, const QuestionDef &q, const QMap<int, int> &scores);
    // Why this customer should not be surveyed now (opted out, surveyed within the fatigue days).
    Result<QString> fatigueReason(qint64 customerId);

    Result<ResponseSaved> saveResponse(const Session &who, const ResponseInput &in);

    // groupBy: template, staff, model, question, factor, month, week
    Result<QList<SurveyScore>> scores(const Session &who, const QDate &from, const QDate &to, const QString &groupBy,
                                      const QString &purpose = {});
    Result<SurveyScore> total(const Session &who, const QDate &from, const QDate &to, const QString &purpose = {});
    // Drill-down: the responses behind one group of scores() (same period, purpose and key).
    Result<QList<SurveyResponseRow>> responses(const Session &who, const QDate &from, const QDate &to, const QString &groupBy,
                                               const QString &key, const QString &purpose = {}, int limit = 500);
    // How one question was answered: (answer, count), in scale order.
    Result<QList<QPair<QString, qint64>>> distribution(const Session &who, qint64 questionId, const QDate &from, const QDate &to);
    // Free-text answers of the period, newest first.
    Result<QList<SurveyResponseRow>> freeText(const Session &who, const QDate &from, const QDate &to, int limit = 500);
    Status exportScores(const Session &who, const QList<SurveyScore> &rows, const QString &groupTitle, const QString &path);
    Result<QList<SurveyAlert>> alerts(const Session &who, bool openOnly);
    Status resolveAlert(const Session &who, qint64 alertId, const QString &comment);

private:
    Context m_ctx;
    data::SurveyTemplateRepository m_templates;
    data::SurveyResponseRepository m_responses;
};

} // namespace crm::services
