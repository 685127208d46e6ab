#pragma once
#include "services/Guard.h"

#include <atomic>
#include <functional>

namespace crm::services {

struct DemoUser {
    QString username;
    QString displayName;
    Role role;
    QString password;
};

// Fills a database with demo or scale data. Every batch is one transaction: a cancelled or
// failed run leaves only whole batches behind.
class SeedService {
    Q_DECLARE_TR_FUNCTIONS(crm::services::SeedService)
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    explicit SeedService(Context ctx) : m_ctx(ctx) {}

    // The demo users; their passwords are printed in the README.
    static QList<DemoUser> demoUsers();
    // Users, settings and a few hundred customers with vehicles and history. Needs an empty database.
    Status seedDemo(const Session &who, quint64 seed = 2026);
    // N customers at realistic proportions (≈1.2 vehicles and ≈5 visits each), deterministic for a seed.
    Status seedCustomers(const Session &who, qint64 customers, quint64 seed, const Progress &progress = {},
                         const std::atomic<bool> *cancel = nullptr, int batchSize = 5000);

    // What the desks have done over the years, at the proportions of a large dealer group, on
    // top of seedCustomers: an after-service follow-up task per visit with its calls (≈ 2 follow-up
    // records a visit; ten agents), a quarter of the vehicle owners in the club with a card and
    // points for their paid visits since joining, and complaints from 1 % of the customers over
    // three years. Direct prepared INSERTs, one transaction per chunk. Returns rows written.
    Result<qint64> seedActivity(const Session &who, quint64 seed, const Progress &progress = {},
                                const std::atomic<bool> *cancel = nullptr);

private:
    Result<QList<qint64>> scaleAgents(const Session &who);
    // Customers with a vehicle after the given id, in id order, each with their first vehicle.
    Result<QList<QPair<qint64, qint64>>> ownersAfter(qint64 afterCustomer, int limit);
    Result<qint64> seedScaleFollowups(const QList<qint64> &agents, quint64 seed, const Progress &progress,
                                      const std::atomic<bool> *cancel);
    Result<qint64> seedScaleClub(quint64 seed, const std::atomic<bool> *cancel);
    Result<qint64> seedScaleComplaints(const QList<qint64> &agents, quint64 seed);
    Result<qint64> seedScaleFeedback(const QList<qint64> &agents, quint64 seed); // SeedFeedback.cpp
    // Four weeks of desk work on the demo data: tasks generated day by day and worked by the
    // agents (reached, no answer, busy, refused; some feedback and appointments), so the
    // call desk, the timelines and the reports have something real to show.
    Status seedFollowupHistory(const QList<Session> &agents, quint64 seed, int days);
    Status seedComplaintHistory(const QList<Session> &agents, quint64 seed);
    // The appointment book (SeedFrontdesk.cpp): booked from four weeks back to two weeks ahead
    // before the desk's calls are seeded (so they work its confirmation calls), then the past
    // days worked through after them (arrivals, completions, no-shows, cancellations).
    Status seedAppointmentBook(const QList<Session> &agents, quint64 seed);
    Status seedAppointmentDays(const QList<Session> &agents, quint64 seed);
    // Campaigns (SeedCampaigns.cpp): a seasonal check drawn from a segment and half worked, its
    // messages queued; a recall file imported.
    Status seedCampaigns(const QList<Session> &agents, const Session &manager, quint64 seed);
    // Eighteen months of the owners' club: members earning on their paid visits, gifts redeemed,
    // activities past and coming, member services with cars and drivers, leads and referrals.
    Status seedClubHistory(const Session &club, const Session &manager, quint64 seed);
    // Feedback (SeedFeedback.cpp): the departments staffed, and the calls' feedback worked through.
    Status seedFeedback(const QList<Session> &agents, const Session &manager, const Session &club, quint64 seed);
    // The manufacturer's files (SeedOem.cpp): their survey results and hotline tickets brought
    // home, and a week of desk sessions.
    Status seedOem(const QList<Session> &agents, const Session &manager, quint64 seed);
    // Personal-data requests (SeedPrivacy.cpp): one answered, one open, one overdue.
    Status seedPrivacyRequests(const Session &archivist);
    Context m_ctx;
};

} // namespace crm::services
