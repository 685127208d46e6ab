#include "data/Transaction.h"

namespace crm::data {

Transaction::Transaction(Database &db) : m_db(db), m_started(db.begin())
{
    m_done = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        (void)m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started.ok())
        return m_started;
    m_done = true;
    return m_db.commit();
}

} // namespace crm::data
