#pragma once
#include <QDate>
#include <QStringList>

namespace crm {

// How complete a customer's archive is: 100 minus the weights of what is missing.
class Completeness {
public:
    struct Input {
        QString gender, mobile, city, address, source;
        QDate birthday;
        int vehicles = 0;
        int vehiclesWithPlate = 0;
        int vehiclesWithDelivery = 0;
    };
    struct Score {
        int value = 100;
        QStringList missing; // stable ids: mobile, gender, birthday, city, address, source, vehicle, plate, delivery_date
    };
    static Score evaluate(const Input &in);
    static int weight(const QString &missingId);
};

} // namespace crm
