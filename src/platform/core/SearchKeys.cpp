#include "core/SearchKeys.h"

#include "core/Pinyin.h"
#include "core/Plate.h"

namespace crm {

QString SearchKeys::normaliseQuery(const QString &text)
{
    QString q = text.trimmed().toUpper();
    q.remove(QChar(u' ')).remove(QChar(u'-')).remove(QChar(u'·'));
    if (q.startsWith(QStringLiteral("+86")))
        q = q.mid(3);
    return q;
}

QStringList SearchKeys::forCustomer(const QString &name, const QString &mobile, const QStringList &plates,
                                    const QStringList &vins)
{
    QStringList keys;
    const QString n = normaliseQuery(name);
    for (qsizetype i = 0; i < n.size(); ++i)
        keys << n.mid(i);
    const QString py = Pinyin::initials(name);
    if (py.size() >= 2)
        keys << py;
    if (mobile.size() == 11) {
        keys << mobile << mobile.right(4);
    }
    for (const QString &p : plates) {
        if (p.isEmpty())
            continue;
        keys << p << Plate::withoutProvince(p);
    }
    for (const QString &v : vins) {
        if (v.size() == 17)
            keys << v << v.right(6) << reversedVin(v);
    }
    keys.removeDuplicates();
    keys.removeAll(QString());
    return keys;
}

QString SearchKeys::reversedVin(const QString &vin)
{
    QString out = QStringLiteral("~");
    for (auto it = vin.crbegin(); it != vin.crend(); ++it)
        out += *it;
    return out;
}

QString SearchKeys::vinTailKey(const QString &q)
{
    if (q.size() < 6 || q.size() > 16)
        return {};
    bool digit = false;
    for (QChar c : q) {
        if (!(c.isDigit() || (c >= u'A' && c <= u'Z')))
            return {};
        digit = digit || c.isDigit();
    }
    return digit ? reversedVin(q) : QString();
}

} // namespace crm
