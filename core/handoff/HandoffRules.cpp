// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffRules.h"

namespace zabota::core {

std::span<const EnumItem<HandoffState>> EnumTraits<HandoffState>::items()
{
    static constexpr EnumItem<HandoffState> kItems[] = {
        {HandoffState::Offered, "offered", QT_TRANSLATE_NOOP("zabota::core::HandoffState", "Offered")},
        {HandoffState::Accepted, "accepted", QT_TRANSLATE_NOOP("zabota::core::HandoffState", "Accepted")},
        {HandoffState::Returned, "returned", QT_TRANSLATE_NOOP("zabota::core::HandoffState", "Returned")},
        {HandoffState::Escalated, "escalated", QT_TRANSLATE_NOOP("zabota::core::HandoffState", "Escalated")},
        {HandoffState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("zabota::core::HandoffState", "Withdrawn")},
    };
    return kItems;
}

std::span<const EnumItem<HandoffAction>> EnumTraits<HandoffAction>::items()
{
    static constexpr EnumItem<HandoffAction> kItems[] = {
        {HandoffAction::Offer, "offer", QT_TRANSLATE_NOOP("zabota::core::HandoffAction", "Offer")},
        {HandoffAction::Accept, "accept", QT_TRANSLATE_NOOP("zabota::core::HandoffAction", "Accept")},
        {HandoffAction::Return, "return", QT_TRANSLATE_NOOP("zabota::core::HandoffAction", "Return")},
        {HandoffAction::Withdraw, "withdraw", QT_TRANSLATE_NOOP("zabota::core::HandoffAction", "Withdraw")},
        {HandoffAction::Escalate, "escalate", QT_TRANSLATE_NOOP("zabota::core::HandoffAction", "Escalate")},
        {HandoffAction::Reassign, "reassign", QT_TRANSLATE_NOOP("zabota::core::HandoffAction", "Reassign")},
    };
    return kItems;
}

std::optional<HandoffState> HandoffRules::next(HandoffState from, HandoffAction action)
{
    using S = HandoffState;
    using A = HandoffAction;
    struct Rule {
        S from;
        A action;
        S to;
    };
    static constexpr Rule kRules[] = {
        {S::Offered, A::Accept, S::Accepted},     {S::Offered, A::Return, S::Returned},
        {S::Offered, A::Withdraw, S::Withdrawn},  {S::Offered, A::Escalate, S::Escalated},
        {S::Offered, A::Reassign, S::Offered},    {S::Escalated, A::Accept, S::Accepted},
        {S::Escalated, A::Return, S::Returned},   {S::Escalated, A::Withdraw, S::Withdrawn},
        {S::Escalated, A::Reassign, S::Offered},  {S::Returned, A::Reassign, S::Offered},
        {S::Returned, A::Withdraw, S::Withdrawn},
    };
    for (const Rule& rule : kRules) {
        if (rule.from == from && rule.action == action)
            return rule.to;
    }
    return std::nullopt;
}

bool HandoffRules::isFinal(HandoffState state)
{
    return state == HandoffState::Accepted || state == HandoffState::Withdrawn;
}

bool HandoffRules::needsReason(HandoffAction action)
{
    return action == HandoffAction::Return;
}

} // namespace zabota::core
