#include "core/Clock.h"

#include <QFile>

#include <QTimeZone>

namespace crm {
namespace {
class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

void pinLocalTimeZone()
{
    if (!qEnvironmentVariableIsSet("TZ") && QFile::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
}

QString toStoredUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString storedDayStart(const QDate &d)
{
    return toStoredUtc(QDateTime(d, QTime(0, 0)));
}

bool periodIsOpen(const QDate &lastDay, const Clock &clock)
{
    return storedDayStart(lastDay.addDays(1)) > toStoredUtc(clock.nowUtc());
}

QDateTime fromStoredUtc(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QDate localToday(const Clock &clock)
{
    return clock.nowUtc().toLocalTime().date();
}

} // namespace crm
