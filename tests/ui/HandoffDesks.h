// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "tests/support/TestDatabase.h"

namespace zabota::tests {

// A dispatcher and a curator on one database and clock (10 March 2026), and an appeal whose family is to be handed
// over: the desks of the handoff and case widget tests.
struct HandoffDesks {
    TestDatabase t;
    core::User curator =
        t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    core::Result<core::JournalEntry> entry =
        t.journal().registerEntry(t.draft(QStringLiteral("Сорокина"), QStringLiteral("Конфликт с сыном")));
    core::HandoffRepository repo{t.db()};
    core::HandoffService dispatcher{repo, t.users(), t.dispatcher(), [this] {
                                        return t.now();
                                    }};
    core::HandoffService curatorService{repo, t.users(), curator, [this] {
                                            return t.now();
                                        }};
};

} // namespace zabota::tests
