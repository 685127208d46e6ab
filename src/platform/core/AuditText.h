#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace crm {

// The audit log's stored action and record-kind ids as people read them, in both languages.
// Every id a service writes has a title here; the architecture test reads the sources for the
// ids written and fails on one without a title.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(crm::AuditText)
public:
    static QString action(const QString &id); // empty when the id has no title
    static QString entity(const QString &id);
    static QStringList actions(); // every titled id, in the order the audit page offers them
    static QStringList entities();
};

} // namespace crm
