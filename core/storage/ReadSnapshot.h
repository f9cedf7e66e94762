// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace zabota::core {

class Database;

// A read transaction: every query on the connection until it ends sees the database as it was at the first one, while
// other connections go on writing (SQLite's WAL; PostgreSQL's repeatable read). An export counts its rows and reads
// them, twice for a PDF, from one state of the journal. Ends (rolls back: it wrote nothing) when destroyed.
class ReadSnapshot final {
public:
    [[nodiscard]] static Result<ReadSnapshot> begin(const Database& db);

    ReadSnapshot(ReadSnapshot&& other) noexcept;
    ReadSnapshot& operator=(ReadSnapshot&&) = delete;
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot();

    // Ends the transaction before the connection writes again.
    void end();

private:
    explicit ReadSnapshot(const Database* db)
        : m_db(db)
    {}

    const Database* m_db;
};

} // namespace zabota::core
