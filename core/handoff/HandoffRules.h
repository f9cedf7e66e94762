// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

#include <optional>

namespace zabota::core {

// Where a handoff of a family from the dispatcher to a case curator stands.
enum class HandoffState {
    Offered,   // waiting for the curator (or the curators' queue) to accept it
    Accepted,  // a case opened; final
    Returned,  // the curator gave it back with a reason; the dispatcher offers it again or withdraws it
    Escalated, // not accepted by its deadline: the supervisor's to reassign
    Withdrawn, // the dispatcher took it back before anyone accepted it; final
};

// What a person (or the clock) does to a handoff.
enum class HandoffAction {
    Offer,    // the dispatcher creates the handoff; not a move from any state
    Accept,   // the curator it is offered to, or any curator for the queue
    Return,   // the same, with a reason
    Withdraw, // the dispatcher who offered it, or a supervisor
    Escalate, // the clock, once the deadline has passed
    Reassign, // a supervisor, or the dispatcher after a return: offered again, to someone, with a new deadline
};

template <>
struct EnumTraits<HandoffState> {
    static constexpr const char* context = "zabota::core::HandoffState";
    static std::span<const EnumItem<HandoffState>> items();
};

template <>
struct EnumTraits<HandoffAction> {
    static constexpr const char* context = "zabota::core::HandoffAction";
    static std::span<const EnumItem<HandoffAction>> items();
};

// The one place that says which action may follow which state, and where it leads.
class HandoffRules final {
public:
    // The state an action leads to from `from`; nullopt when the action is not allowed there.
    [[nodiscard]] static std::optional<HandoffState> next(HandoffState from, HandoffAction action);
    [[nodiscard]] static bool isFinal(HandoffState state);
    // Actions that need a reason from the person doing them.
    [[nodiscard]] static bool needsReason(HandoffAction action);
};

} // namespace zabota::core
