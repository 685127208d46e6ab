#pragma once
// Crypto-shredding of the audit log's personal values (PIPL Art. 47). The log is append-only, so
// an erased customer's old name, mobile and plate cannot be deleted from it; instead every entry
// about a customer is sealed (core/Seal.h) under a key of that customer's own, kept in
// audit_keys wrapped under the database's key. Erasure deletes the customer's key: the entries
// stay, with their counts and hashes, but their values can never be opened again.
//
// The database's key lives outside the database, in an owner-only key file (ConnectionSpec::
// keyFilePath(): beside a SQLite file, in the user's data folder for a server); audit_seal holds a
// value sealed under it, so a wrong key file is told from the right one. A desk without the right
// key file reads sealed values as locked and refuses to write an entry about a customer — nothing
// is written in the clear once a database seals.
#include "data/AuditRepository.h"
#include "data/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>
#include <optional>

namespace crm::data {

// The key file: "# comment" lines and one line of base64 (32 bytes). Written owner-only (0600),
// never over an existing file.
struct KeyFile {
    Q_DECLARE_TR_FUNCTIONS(crm::data::KeyFile)
public:
    static Result<QByteArray> read(const QString &path);
    static Status write(const QString &path, const QByteArray &key, const QString &databaseName);
};

class AuditSeal {
    Q_DECLARE_TR_FUNCTIONS(crm::data::AuditSeal)
public:
    explicit AuditSeal(Database &db) : m_db(db) {}

    enum class State { Off, Ready, NoKey, WrongKey };
    // Whether this database seals and whether this connection holds its key (checked once).
    Result<State> state();
    // What a desk is told for NoKey/WrongKey: which file, and how to get it back.
    QString refusal(State s) const;

    // Sets sealing up on a database that has none (run after migrate by its owner): a new key
    // into the key file, its check into the database, and every entry already in the log about a
    // customer given its subject and sealed. `progress(done, total)` returns false to stop (the
    // whole setup then rolls back). Nothing is done when the database seals already.
    Status setUp(const std::function<bool(qint64, qint64)> &progress = {});

    // Seals e's before/after/detail under its subject's key (made on first use). Clear when the
    // entry has no subject or the database does not seal; an error when it seals and this desk
    // has no right key.
    Status sealEntry(AuditEntry &e);
    // Opens what was sealed; an erased customer's values come back empty as Values::Erased, a
    // desk without the key gets Values::Locked. `keys` caches customer keys across one read.
    void openEntry(AuditEntry &e, QHash<qint64, QByteArray> &keys);
    // One value read outside AuditRepository (reports): its text, or empty when it cannot be opened.
    QString openValue(qint64 subjectId, const QString &value, QHash<qint64, QByteArray> &keys);

    // The customer the audited entity belongs to: the entity itself for customers, the row's
    // customer for the tables listed in AuditSeal.cpp; 0 for anything else.
    Result<qint64> subjectOf(const QString &entity, const QString &entityId);
    // Erasure: the customer's key goes, in the caller's transaction.
    Status forget(qint64 customerId);

private:
    // The customer's key; empty when there is none (never made, or erased) and !create.
    Result<QByteArray> customerKey(qint64 customerId, bool create);
    // The key to open a subject's values with, read once per subject into `keys` (empty: erased).
    const QByteArray &readKey(qint64 subjectId, QHash<qint64, QByteArray> &keys);
    Status sealExisting(const std::function<bool(qint64, qint64)> &progress);
    Database &m_db;
    std::optional<State> m_state; // read once per AuditSeal (one page of the log, one write)
};

} // namespace crm::data
