#pragma once
// The desks' day at full speed, shared by the soak tests: N processes (crm_test_soak) registering
// complaints, redeeming and earning points and logging calls on one seeded database for
// DEALERCRM_SOAK_SECONDS each. Every process must end without an error; the database must hold
// exactly what the processes say they wrote — no unit lost, none applied twice — with unique
// complaint numbers, no negative balance and the books agreeing.
#include "TestDatabase.h"

#include <functional>

namespace crm::test {

struct SoakTotals {
    qint64 complaints = 0, earned = 0, spent = 0, calls = 0, refused = 0, again = 0;
};

// Seeds `db` (300 customers with their activity), runs `desks` soak processes against `url` and
// checks the books. `whileRunning` runs in this process once the desks have started (a fault to
// inject: restarting the server, killing a desk's session); the desks get `seconds` each.
SoakTotals soakAndCheck(data::Database &db, const QString &url, int desks, double seconds,
                        const std::function<void()> &whileRunning = {});

} // namespace crm::test
