// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"
#include "core/handoff/HandoffRules.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace zabota::core {

using HandoffId = qint64;
using CaseId = qint64;

// A family handed from the dispatcher to a case curator (or to the curators' queue).
struct Handoff {
    HandoffId id = 0;
    qint64 entryId = 0;
    QString entryNumber;   // the entry's registration number, 15/2026
    QString applicantName; // as the entry has it; empty for an anonymous appeal
    std::optional<qint64> familyId;
    UserId offeredBy = 0;
    QString offeredByName;
    std::optional<UserId> curatorId; // nullopt: the curators' queue
    QString curatorName;
    QString note;
    QDateTime deadline;
    HandoffState state = HandoffState::Offered;
    std::optional<CaseId> caseId;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    [[nodiscard]] bool isOverdueAt(const QDateTime& now) const
    {
        return (state == HandoffState::Offered || state == HandoffState::Escalated) && deadline < now;
    }
};

// One move of a handoff, as the entry and the case show it.
struct HandoffTransition {
    QDateTime at;
    std::optional<UserId> by; // nullopt: the clock
    QString byName;
    HandoffAction action = HandoffAction::Offer;
    std::optional<HandoffState> from; // nullopt: the handoff was created
    HandoffState to = HandoffState::Offered;
    std::optional<UserId> curatorId;
    QString curatorName;
    QString reason;
};

// The support case an accepted handoff opens.
struct SupportCase {
    CaseId id = 0;
    QString caseNo;
    std::optional<qint64> familyId;
    std::optional<qint64> entryId;
    UserId curatorId = 0;
    QDateTime openedAt;
};

} // namespace zabota::core
