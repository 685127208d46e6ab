#include "archives/core/Completeness.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace crm {
namespace {
// A follow-up needs the mobile and a vehicle above all; the rest makes segmentation possible.
const QHash<QString, int> &weights()
{
    static const QHash<QString, int> w{{u"mobile"_s, 30},        {u"vehicle"_s, 20}, {u"plate"_s, 10},
                                       {u"delivery_date"_s, 10}, {u"city"_s, 8},     {u"birthday"_s, 7},
                                       {u"address"_s, 6},        {u"gender"_s, 5},   {u"source"_s, 4}};
    return w;
}
} // namespace

int Completeness::weight(const QString &id)
{
    return weights().value(id);
}

Completeness::Score Completeness::evaluate(const Input &in)
{
    Score s;
    auto miss = [&s](const QString &id) {
        s.missing << id;
        s.value -= weight(id);
    };
    if (in.mobile.isEmpty())
        miss(u"mobile"_s);
    if (in.vehicles == 0) {
        miss(u"vehicle"_s);
        miss(u"plate"_s);
        miss(u"delivery_date"_s);
    } else {
        if (in.vehiclesWithPlate < in.vehicles)
            miss(u"plate"_s);
        if (in.vehiclesWithDelivery < in.vehicles)
            miss(u"delivery_date"_s);
    }
    if (in.city.isEmpty())
        miss(u"city"_s);
    if (!in.birthday.isValid())
        miss(u"birthday"_s);
    if (in.address.isEmpty())
        miss(u"address"_s);
    if (in.gender.isEmpty())
        miss(u"gender"_s);
    if (in.source.isEmpty())
        miss(u"source"_s);
    return s;
}

} // namespace crm
