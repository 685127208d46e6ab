#pragma once
// Stored ids with their titles for people: a table of {id, text} marked for lupdate with
// QT_TRANSLATE_NOOP("context", …), looked up and translated at display time. One helper for the
// club's states, the audit log's actions and kinds, and any other such list.
#include <QCoreApplication>
#include <QStringList>
#include <cstddef>

namespace crm {

struct Titled {
    const char *id;
    const char *text;
};

// The translated title of `id`, or `missing` when the table has no such id.
template <std::size_t N>
QString titleIn(const Titled (&table)[N], const char *context, const QString &id, const QString &missing = {})
{
    for (const Titled &t : table)
        if (id == QLatin1String(t.id))
            return QCoreApplication::translate(context, t.text);
    return missing;
}

// The ids in table order, each once.
template <std::size_t N> QStringList idsIn(const Titled (&table)[N])
{
    QStringList out;
    for (const Titled &t : table)
        if (!out.contains(QLatin1String(t.id)))
            out << QLatin1String(t.id);
    return out;
}

} // namespace crm
