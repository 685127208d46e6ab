#pragma once
// A form's save as one unit of work (data::UnitKey): the same key on every press of Save until
// one lands. When the server goes away at the commit the desk cannot tell whether the save
// landed; pressing Save again then is either applied (it had not) or answered "saved already"
// (it had) — never saved twice. The form stays open with what was typed until then.
#include "data/Transaction.h"

#include <QUuid>

namespace crm::ui {

class SaveUnit {
public:
    explicit SaveUnit(data::Database &db) : m_db(db), m_key(newKey()) {}

    template <typename Fn> auto run(Fn save)
    {
        data::UnitKey key(m_db, m_key);
        auto r = save();
        if (r.ok())
            m_key = newKey(); // the form saved: its next save is another unit
        return r;
    }

    // Another record in the same form: its save is another unit.
    void renew() { m_key = newKey(); }

private:
    static QString newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    data::Database &m_db;
    QString m_key;
};

} // namespace crm::ui
