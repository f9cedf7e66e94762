// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/AuditRepository.h"
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/statistics/StatisticsService.h"
#include "core/supportcase/CaseService.h"
#include "tests/support/TestDatabase.h"

#include <QLocale>

namespace zabota::tests {

// Numbers and month names as the C locale writes them ("83.3", "March"), whatever the machine's language, for as long
// as it lives.
class CLocale {
public:
    CLocale() { QLocale::setDefault(QLocale::c()); }
    ~CLocale() { QLocale::setDefault(m_saved); }
    CLocale(const CLocale&) = delete;
    CLocale& operator=(const CLocale&) = delete;

private:
    QLocale m_saved;
};

// A small centre whose statistics are counted by hand (the expected figures are derived in StatisticsTest.cpp):
// journal entries of two dispatchers in February and March 2026 and around them, seven handoffs with known times,
// five cases closed with known outcomes, and nine families whose stays on the register cross the months' boundaries.
// Every time is local; the clock is left at 20 April 2026.
//
// Journal (P: Петрова Анна Сергеевна, S: Соколова Ирина Павловна; categories by their position in the seeded list:
// 1 Кризис супружеских отношений, 2 Детско-родительские отношения, 3 Правовая помощь, 4 Социальные выплаты и меры
// поддержки, 7 Насилие в семье):
//   #  received          by channel    caller     cat urgency    disposition
//   1  02.03.2026 09:15  P  phone      parent     2   planned    appeal
//   2  03.03.2026 11:00  P  phone      child      2   urgent     appeal
//   3  05.03.2026 14:20  P  VK         child      1   planned    appeal
//   4  10.03.2026 10:00  P  walk-in    relative   3   planned    appeal
//   5  12.03.2026 16:45  P  phone      unknown    7   emergency  appeal (anonymous)
//   6  31.03.2026 23:30  P  e-mail     agency     4   planned    appeal
//   7  15.03.2026 12:00  P  phone      —          —   —          silent call
//   8  20.03.2026 12:00  P  phone      —          —   —          wrong number
//   9  01.03.2026 00:05  S  phone      parent     1   urgent     appeal
//  10  18.03.2026 13:00  S  messenger  neighbour  2   planned    appeal
//  11  25.03.2026 12:00  S  phone      —          —   —          hung up
//  12  03.02.2026 10:00  P  phone      parent     1   planned    appeal
//  13  14.02.2026 12:00  P  phone      child      2   urgent     appeal
//  14  28.02.2026 23:50  P  walk-in    other      3   planned    appeal
//  15  20.02.2026 12:00  P  phone      —          —   —          information only
//  16  10.02.2026 09:00  S  phone      parent     2   planned    appeal
//  17  22.02.2026 15:00  S  phone      neighbour  2   planned    appeal
//  18  01.04.2026 00:10  P  phone      parent     1   planned    appeal
//  19  31.01.2026 22:00  P  phone      child      2   planned    appeal
//  20  15.12.2025 10:00  P  phone      parent     1   planned    appeal
//  21  20.11.2025 10:00  P  letter     relative   3   planned    appeal
//
// Handoffs (offered by P to Морозова Наталья, who accepts or returns them):
//   H1 entry 1: offered 02.03 10:00, deadline 03.03 10:00, accepted 02.03 14:00 (4 h, in time)
//   H2 entry 2: offered 03.03 12:00, deadline 04.03 12:00, accepted 05.03 12:00 (48 h, late)
//   H3 entry 4: offered 10.03 11:00, deadline 11.03 11:00, returned 10.03 15:00, offered again 10.03 16:00 with the
//               deadline 12.03 16:00, accepted 11.03 11:00 (24 h from the first offer, in time)
//   H4 entry 13: offered 25.02 10:00, deadline 26.02 10:00, accepted 01.03 10:00 (96 h, late)
//   H5 entry 5: offered 12.03 17:00, deadline 13.03 17:00, escalated 16.03 09:00, withdrawn 17.03 10:00
//   H6 entry 16: offered 10.02 12:00, deadline 11.02 12:00, accepted 10.02 18:00 (6 h, in time)
//   H7 entry 12: offered 20.02 10:00, deadline 21.02 10:00, returned 21.02 09:00, withdrawn 21.02 11:00
//
// Cases (opened by the acceptances): H6's closed 20.02 improved and taken off the register; H4's closed 30.03
// improved; H1's closed 20.03 improved; H2's closed 25.03 moved away; H3's closed 05.04 refused.
//
// The register (put on — taken off, reason):
//   F1 15.01.2026 — on          F2 10.02.2026 — 05.03.2026 improvement   F3 01.03.2026 — 31.03.2026 moved
//   F4 20.03.2026 — on          F5 01.12.2025 — 28.02.2026 improvement   F6 01.04.2026 — on
//   F7 10.11.2025 — 01.03.2026 turned 18   F8 01.03.2025 — 10.03.2026 other   F9 05.02.2026 — 15.03.2026 improvement
struct StatisticsDataSet {
    TestDatabase t;
    core::User sokolova;
    core::User curator;
    core::User supervisor;
    core::HandoffRepository handoffRepo{t.db()};
    QList<core::EntryId> entries; // by the numbers above, from 1 (entries[0] is unused)

    StatisticsDataSet();

    // The statistics as the supervisor works with them.
    [[nodiscard]] core::StatisticsService statistics()
    {
        return {t.db(), t.audit(), supervisor, [this] {
                    return t.now();
                }};
    }

private:
    void registerEntries();
    void handOver();
    void closeCases();
    void keepRegister();
};

} // namespace zabota::tests
