// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace zabota::core {

class Database;

// A write transaction that rolls back unless committed. Start one with Transaction::begin(db).
class Transaction final {
public:
    [[nodiscard]] static Result<Transaction> begin(const Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] Status commit();

private:
    explicit Transaction(const Database* db)
        : m_db(db)
    {}
    void rollback();

    const Database* m_db;
};

} // namespace zabota::core
