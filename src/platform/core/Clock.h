#pragma once
#include <QDateTime>

namespace crm {

// Injected wherever "now" matters, so deadline and audit logic is testable.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    static const Clock &system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime t) : m_t(std::move(t)) {}
    QDateTime nowUtc() const override { return m_t; }
    void set(QDateTime t) { m_t = std::move(t); }
    void advanceSecs(qint64 s) { m_t = m_t.addSecs(s); }

private:
    QDateTime m_t;
};

// Call first thing in main(). With TZ unset, glibc re-reads /etc/localtime (a stat and a file
// parse) on every local-time conversion; the complaint deadlines' working-time arithmetic makes
// ~100,000 of them for one board at scale. Naming the same zone file in TZ lets glibc keep it.
// A TZ the user has set is left alone.
void pinLocalTimeZone();

// Timestamps are stored as ISO-8601 UTC text ("2026-11-22T15:34:41Z") on both engines:
// it sorts correctly, substr() groups it by day/month on both, and no driver converts it.
QString toStoredUtc(const QDateTime &t);
QDateTime fromStoredUtc(const QString &s);
// Local midnight starting `d`, as stored UTC text: the bound of a period's half-open range.
QString storedDayStart(const QDate &d);
// A period whose last day ends after now is still open: its figures may change, so they are
// counted live rather than stored.
bool periodIsOpen(const QDate &lastDay, const Clock &clock);
// The desk's calendar day now. Not nowUtc().date(): before 08:00 in China that is yesterday, and a
// figure "as of today" computed on it disagreed with the same figure elsewhere.
QDate localToday(const Clock &clock);

} // namespace crm
