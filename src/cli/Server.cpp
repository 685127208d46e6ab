// dealercrm-cli setup-server, desks: a PostgreSQL server shared by several desks.
#include "cli/Cli.h"

#include "data/ServerAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace crm::cli {

int Cli::cmdSetupServer(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption deskRole(u"desk-role"_s,
                                      tr("The login role the desks connect as (created, or its password set, and granted "
                                         "the program's tables). Its password is read from standard input."),
                                      tr("NAME"));
    p.addOption(deskRole);
    int code = 0;
    if (!parse(p, args,
               tr("Prepare a PostgreSQL database for several desks. Run as the owner that created the database and ran "
                  "migrate."),
               &code))
        return code;
    if (!p.isSet(deskRole))
        return fail(tr("setup-server: name the desks' role with --desk-role NAME."), 2);
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    QTextStream(stderr) << tr("Password for the role %1: ").arg(p.value(deskRole)) << Qt::flush;
    const QString password = QTextStream(stdin).readLine();
    data::ServerAccess server(**db);
    if (Status s = server.setupDeskRole(p.value(deskRole), password); !s)
        return fail(s.error());
    out(tr("The role %1 can now sign in and work with the program's tables, and nothing more (no schema changes, the audit "
           "log read and appended only). Desks connect with --database postgresql://%1@%2:%3/%4?sslmode=verify-full&"
           "sslrootcert=CA.pem; migrate keeps granting it new tables.")
            .arg(p.value(deskRole), (*db)->spec().host)
            .arg((*db)->spec().port)
            .arg((*db)->spec().dbName));
    return 0;
}

int Cli::cmdDesks(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    p.addOption(json);
    int code = 0;
    if (!parse(p, args, tr("List the sessions connected to the PostgreSQL database now: program, user and desk."), &code))
        return code;
    auto db = openDb(p, false);
    if (!db)
        return fail(db.error());
    if ((*db)->engine() != data::Engine::Postgres)
        return fail(tr("desks: a SQLite file has no server sessions; the usage report shows the desks' sessions."));
    auto desks = data::ServerAccess(**db).connectedDesks();
    if (!desks)
        return fail(desks.error());
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const data::ConnectedDesk &d : *desks)
            arr.append(QJsonObject{{u"pid"_s, d.pid},
                                   {u"application"_s, d.application},
                                   {u"role"_s, d.role},
                                   {u"client"_s, d.clientAddress},
                                   {u"since"_s, d.since.toUTC().toString(Qt::ISODate)},
                                   {u"state"_s, d.state}});
        out(QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const data::ConnectedDesk &d : *desks)
        out(u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(d.pid).arg(d.application, d.role, d.clientAddress,
                                                       d.since.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), d.state));
    out(tr("%n session(s).", nullptr, int(desks->size())));
    return 0;
}

} // namespace crm::cli
