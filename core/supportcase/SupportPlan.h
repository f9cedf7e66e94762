// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"
#include "core/auth/User.h"
#include "core/handoff/Handoff.h"

#include <QDate>

#include <optional>

namespace zabota::core {

using PlanItemId = qint64;

// How a support case ends.
enum class CaseOutcome { ImprovedRemoved, Moved, Refused, TurnedAdult, Other };
enum class PlanItemStatus { Planned, Done, Cancelled };

template <>
struct EnumTraits<CaseOutcome> {
    static constexpr const char* context = "zabota::core::CaseOutcome";
    static std::span<const EnumItem<CaseOutcome>> items();
};

template <>
struct EnumTraits<PlanItemStatus> {
    static constexpr const char* context = "zabota::core::PlanItemStatus";
    static std::span<const EnumItem<PlanItemStatus>> items();
};

// An activity of the individual support plan.
struct PlanItemDraft {
    QString section;  // e.g. социально-психологические услуги
    QString activity; // what is done
    std::optional<UserId> responsibleId;
    QString partner; // a partner organisation responsible instead, or as well
    QString volume;  // volume and frequency, as written in the plan
    QDate dueDate;
    QString notes;
};

struct PlanItem {
    PlanItemId id = 0;
    CaseId caseId = 0;
    PlanItemDraft draft;
    PlanItemStatus status = PlanItemStatus::Planned;
    QDate doneOn;

    [[nodiscard]] bool isOverdueAt(const QDate& today) const
    {
        return status == PlanItemStatus::Planned && draft.dueDate < today;
    }
};

// The contract on social support (договор о предоставлении социального сопровождения).
struct SupportContract {
    QString number;
    QDate signedOn;
    QDate validUntil;
};

} // namespace zabota::core
