// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

namespace zabota::core {

// How the appeal reached the centre.
enum class Channel { Phone, WalkIn, Email, VK, OK, Messenger, Letter, DistrictVisit };
// Who is on the other end.
enum class CallerType { Parent, Child, Relative, Neighbour, Agency, Anonymous, Other };
// Planned work, urgent (same day), or an emergency for the emergency response service (ССЭР).
enum class Urgency { Planned, Urgent, Emergency };
enum class EntryStatus { New, InWork, HandedOff, Closed };
// Whether the call carried case data, or was one of the calls registered with one keystroke.
enum class Disposition { Case, Silent, HangUp, WrongNumber, Information };

template <>
struct EnumTraits<Channel> {
    static constexpr const char* context = "zabota::core::Channel";
    static std::span<const EnumItem<Channel>> items();
};
template <>
struct EnumTraits<CallerType> {
    static constexpr const char* context = "zabota::core::CallerType";
    static std::span<const EnumItem<CallerType>> items();
};
template <>
struct EnumTraits<Urgency> {
    static constexpr const char* context = "zabota::core::Urgency";
    static std::span<const EnumItem<Urgency>> items();
};
template <>
struct EnumTraits<EntryStatus> {
    static constexpr const char* context = "zabota::core::EntryStatus";
    static std::span<const EnumItem<EntryStatus>> items();
};
template <>
struct EnumTraits<Disposition> {
    static constexpr const char* context = "zabota::core::Disposition";
    static std::span<const EnumItem<Disposition>> items();
};

} // namespace zabota::core
