// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffRules.h"

#include "core/calendar/WorkingDays.h"

#include <catch2/catch.hpp>

using namespace zabota::core;
using S = HandoffState;
using A = HandoffAction;

TEST_CASE("every handoff transition is allowed or refused as the curators' practice has it", "[handoff]")
{
    // The whole table: the state an action leads to, or nothing where the action is refused.
    const std::optional<S> none;
    const struct {
        S from;
        std::optional<S> accept, giveBack, withdraw, escalate, reassign;
    } table[] = {
        {S::Offered, S::Accepted, S::Returned, S::Withdrawn, S::Escalated, S::Offered},
        {S::Escalated, S::Accepted, S::Returned, S::Withdrawn, none, S::Offered},
        {S::Returned, none, none, S::Withdrawn, none, S::Offered},
        {S::Accepted, none, none, none, none, none},
        {S::Withdrawn, none, none, none, none, none},
    };
    REQUIRE(std::ssize(table) == allValues<S>().size());
    for (const auto& row : table) {
        INFO(toCode(row.from).toStdString());
        CHECK(HandoffRules::next(row.from, A::Accept) == row.accept);
        CHECK(HandoffRules::next(row.from, A::Return) == row.giveBack);
        CHECK(HandoffRules::next(row.from, A::Withdraw) == row.withdraw);
        CHECK(HandoffRules::next(row.from, A::Escalate) == row.escalate);
        CHECK(HandoffRules::next(row.from, A::Reassign) == row.reassign);
        // Offering creates a handoff; it is no move from any state.
        CHECK_FALSE(HandoffRules::next(row.from, A::Offer));
        // A final state allows nothing; every other allows something.
        const bool anything = row.accept || row.giveBack || row.withdraw || row.escalate || row.reassign;
        CHECK(HandoffRules::isFinal(row.from) == !anything);
    }
    CHECK(HandoffRules::needsReason(A::Return));
    CHECK_FALSE(HandoffRules::needsReason(A::Accept));
}

TEST_CASE("a deadline of working days skips weekends and public holidays", "[handoff][calendar]")
{
    using calendar::addWorkingDays;
    const QTime three(15, 0);
    // Friday → Monday.
    CHECK(addWorkingDays(QDateTime(QDate(2026, 11, 20), three), 1) == QDateTime(QDate(2026, 11, 23), three));
    // Tuesday → Wednesday.
    CHECK(addWorkingDays(QDateTime(QDate(2026, 11, 24), three), 1) == QDateTime(QDate(2026, 11, 25), three));
    // 3 November 2026 is a Tuesday; the 4th is Unity Day.
    CHECK(addWorkingDays(QDateTime(QDate(2026, 11, 3), three), 1) == QDateTime(QDate(2026, 11, 5), three));
    // 31 December 2026 (Thursday) → after the New Year holidays, Monday 11 January 2027.
    CHECK(addWorkingDays(QDateTime(QDate(2026, 12, 31), three), 1) == QDateTime(QDate(2027, 1, 11), three));
    // Saturday → Monday, and two working days → Tuesday.
    CHECK(addWorkingDays(QDateTime(QDate(2026, 11, 21), three), 1) == QDateTime(QDate(2026, 11, 23), three));
    CHECK(addWorkingDays(QDateTime(QDate(2026, 11, 21), three), 2) == QDateTime(QDate(2026, 11, 24), three));
    CHECK_FALSE(calendar::isWorkingDay(QDate(2026, 3, 8)));
    CHECK(calendar::isWorkingDay(QDate(2026, 3, 10)));
}
