// dealercrm-cli nightly: every nightly job in order — what the packaged timer runs (issue 28).
#include "cli/Cli.h"

#include "campaigns/services/SmsProvider.h"
#include "privacy/services/RetentionService.h"

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdNightly(const QStringList &args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args,
               tr("Every nightly job in order: appointments close-day, followups generate, complaints overdue, "
                  "feedback overdue, club expire, report board, messages send-due (when this machine has the provider account), "
                  "privacy retention (when the policy erases by itself). A job that fails is reported and the "
                  "others still run; the exit code is 1 then."),
               &code))
        return code;
    if (!p.positionalArguments().isEmpty())
        return fail(tr("nightly: takes no arguments."), 2);
    // Each job is the command a person would type, so its output and its checks are the same.
    QStringList base{args.first()};
    if (p.isSet(m_dbOpt))
        base << u"--database"_s << p.value(m_dbOpt);
    QStringList failed;
    auto step = [&](const QString &name, int rc) {
        if (rc != 0) {
            failed << name;
            err(tr("nightly: %1 failed (exit code %2); the other jobs still run.").arg(name).arg(rc));
        }
    };
    step(u"appointments close-day"_s, cmdAppointments(base + QStringList{u"close-day"_s}));
    step(u"followups generate"_s, cmdFollowups(base + QStringList{u"generate"_s}));
    step(u"complaints overdue"_s, cmdComplaints(base + QStringList{u"overdue"_s}));
    step(u"feedback overdue"_s, cmdFeedback(base + QStringList{u"overdue"_s}));
    step(u"club expire"_s, cmdClub(base + QStringList{u"expire"_s}));
    step(u"report board"_s, cmdReport(base + QStringList{u"board"_s}));
    // The provider account is kept per machine; a machine without it leaves sending to a desk's.
    auto account = services::SmsAccountStore::load();
    if (!account) {
        err(account.error().text());
        step(u"messages send-due"_s, 1);
    } else if (account->isSet())
        step(u"messages send-due"_s, cmdMessages(base + QStringList{u"send-due"_s}));
    else
        out(tr("messages send-due: skipped, no provider account on this machine (%1).").arg(services::SmsAccountStore::path()));
    // Retention erases only when the policy says so, once a day, as the desks' catch-up does.
    if (auto db = openDb(p, true); !db) {
        err(db.error().text());
        step(u"privacy retention"_s, 1);
    } else if (auto run = services::RetentionService({**db}).runIfDue(actor()); !run) {
        err(run.error().text());
        step(u"privacy retention"_s, 1);
    } else if (!run->has_value()) {
        out(tr("privacy retention: nothing to do today (the policy does not erase by itself, or it ran today)."));
    } else {
        out(tr("Retention: %1 customers erased, %2 leads erased, %3 call notes cleared.")
                .arg((*run)->customers)
                .arg((*run)->leads)
                .arg((*run)->callNotes));
    }
    if (!failed.isEmpty())
        return fail(tr("nightly: %n job(s) failed: %1", "", int(failed.size())).arg(failed.join(u", "_s)));
    out(tr("nightly: every job done."));
    return 0;
}

} // namespace crm::cli
