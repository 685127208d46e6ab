#pragma once
// A PostgreSQL server of a test's own (scripts/private-pg.sh), for the faults a shared server
// cannot take: restarting it, stopping it, turning TLS on. Started on a free port in a temporary
// folder; stopped and removed when the object goes.
#include <QString>
#include <QStringList>

namespace crm::test {

class PrivateServer {
public:
    PrivateServer() = default;
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    // `options` are postgres -c settings. False (with `error`) when no server binaries are here.
    bool start(const QStringList &options, QString *error);
    // pg_ctl restart: -m immediate is a crash as far as the desks can tell (no goodbye to them).
    bool restart(bool immediate);
    bool stop();
    bool startAgain();

    QString adminUrl() const { return m_url; } // postgresql://postgres@127.0.0.1:PORT/postgres
    int port() const { return m_port; }
    QString folder() const { return m_dir; }
    // A new database on this server, migrated to the latest schema; its URL.
    QString createDatabase(const QString &name, QString *error);
    // Runs `sql` as the superuser on the database `db` (psql -c); false with the output on failure.
    bool psql(const QString &db, const QString &sql, QString *output = nullptr);

private:
    bool pgCtl(const QStringList &args);
    QString m_url, m_dir, m_bin;
    QStringList m_options;
    int m_port = 0;
};

// Skips the test (or fails it when DEALERCRM_REQUIRE_PG=1) when no server can be started.
#define CRM_START_PRIVATE_SERVER(server, ...)                                                                                    \
    do {                                                                                                                         \
        QString crm_err_;                                                                                                        \
        if (!(server).start(__VA_ARGS__, &crm_err_)) {                                                                           \
            if (qEnvironmentVariableIntValue("DEALERCRM_REQUIRE_PG") == 1)                                                       \
                FAIL() << "no private PostgreSQL server: " << crm_err_.toStdString();                                            \
            GTEST_SKIP() << "no private PostgreSQL server: " << crm_err_.toStdString();                                          \
        }                                                                                                                        \
    } while (false)

} // namespace crm::test
