#pragma once
#include <QDate>
#include <QString>

// What a call script's placeholders become when the agent reads it out. Scripts are written in
// Chinese by the manager, so these words are Chinese whatever the desk's language.
namespace crm::followups {

// {称呼}: 林女士 for 林小雨 (F), 张先生 (M), 王先生/女士 when the gender is not known.
QString salutation(const QString &name, const QString &gender);
// {服务日}: 今天, 明天, 后天, 昨天, or 12月5日 — the day as said on the phone, counted from today,
// so a reminder worked a day late does not say "tomorrow" of a service that is today.
QString dayWord(const QDate &day, const QDate &today);

} // namespace crm::followups
