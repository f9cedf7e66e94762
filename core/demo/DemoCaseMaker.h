// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace zabota::core {

class Database;

// The demo's support cases: recent appeals of families on the register handed by a dispatcher to a curator and
// accepted, each with a basis, a level, a contract, a plan of a few items (some done, some late) and the protocol that
// took the family on; and a few offers still waiting, one of them past its deadline. Made through the services, so
// that every move is recorded as the console would record it.
class DemoCaseMaker final {
public:
    DemoCaseMaker(Database& db, QList<UserId> dispatchers, QList<UserId> curators, quint32 seed);

    // Opens up to `cases` cases over the family appeals of the 90 days before `today`; returns how many it opened.
    [[nodiscard]] Result<int> make(int cases, const QDate& today);

private:
    Database& m_db;
    QList<UserId> m_dispatchers;
    QList<UserId> m_curators;
    QRandomGenerator m_rng;
};

} // namespace zabota::core
