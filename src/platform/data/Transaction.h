#pragma once
#include "data/Database.h"

namespace crm::data {

// RAII write transaction: rolls back unless commit() succeeded. Nested guards join the
// outer transaction; a failure anywhere rolls the whole outer transaction back.
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace crm::data
