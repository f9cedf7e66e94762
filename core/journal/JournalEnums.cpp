// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalEnums.h"

namespace zabota::core {

std::span<const EnumItem<Channel>> EnumTraits<Channel>::items()
{
    static constexpr EnumItem<Channel> kItems[] = {
        {Channel::Phone, "phone", QT_TRANSLATE_NOOP("zabota::core::Channel", "Phone")},
        {Channel::WalkIn, "walk_in", QT_TRANSLATE_NOOP("zabota::core::Channel", "Walk-in")},
        {Channel::Email, "email", QT_TRANSLATE_NOOP("zabota::core::Channel", "E-mail")},
        {Channel::VK, "vk", QT_TRANSLATE_NOOP("zabota::core::Channel", "VKontakte")},
        {Channel::OK, "ok", QT_TRANSLATE_NOOP("zabota::core::Channel", "Odnoklassniki")},
        {Channel::Messenger, "messenger", QT_TRANSLATE_NOOP("zabota::core::Channel", "Messenger")},
        {Channel::Letter, "letter", QT_TRANSLATE_NOOP("zabota::core::Channel", "Letter")},
        {Channel::DistrictVisit, "district_visit", QT_TRANSLATE_NOOP("zabota::core::Channel", "District visit")},
    };
    return kItems;
}

std::span<const EnumItem<CallerType>> EnumTraits<CallerType>::items()
{
    static constexpr EnumItem<CallerType> kItems[] = {
        {CallerType::Parent, "parent", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Parent")},
        {CallerType::Child, "child", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Child")},
        {CallerType::Relative, "relative", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Relative")},
        {CallerType::Neighbour, "neighbour", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Neighbour")},
        {CallerType::Agency, "agency", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Agency")},
        {CallerType::Anonymous, "anonymous", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Unknown")},
        {CallerType::Other, "other", QT_TRANSLATE_NOOP("zabota::core::CallerType", "Other")},
    };
    return kItems;
}

std::span<const EnumItem<Urgency>> EnumTraits<Urgency>::items()
{
    static constexpr EnumItem<Urgency> kItems[] = {
        {Urgency::Planned, "planned", QT_TRANSLATE_NOOP("zabota::core::Urgency", "Planned")},
        {Urgency::Urgent, "urgent", QT_TRANSLATE_NOOP("zabota::core::Urgency", "Urgent")},
        {Urgency::Emergency, "emergency", QT_TRANSLATE_NOOP("zabota::core::Urgency", "Emergency")},
    };
    return kItems;
}

std::span<const EnumItem<EntryStatus>> EnumTraits<EntryStatus>::items()
{
    static constexpr EnumItem<EntryStatus> kItems[] = {
        {EntryStatus::New, "new", QT_TRANSLATE_NOOP("zabota::core::EntryStatus", "New")},
        {EntryStatus::InWork, "in_work", QT_TRANSLATE_NOOP("zabota::core::EntryStatus", "In work")},
        {EntryStatus::HandedOff, "handed_off", QT_TRANSLATE_NOOP("zabota::core::EntryStatus", "Handed off")},
        {EntryStatus::Closed, "closed", QT_TRANSLATE_NOOP("zabota::core::EntryStatus", "Closed")},
    };
    return kItems;
}

std::span<const EnumItem<Disposition>> EnumTraits<Disposition>::items()
{
    static constexpr EnumItem<Disposition> kItems[] = {
        {Disposition::Case, "case", QT_TRANSLATE_NOOP("zabota::core::Disposition", "Appeal")},
        {Disposition::Silent, "silent", QT_TRANSLATE_NOOP("zabota::core::Disposition", "Silent call")},
        {Disposition::HangUp, "hang_up", QT_TRANSLATE_NOOP("zabota::core::Disposition", "Hung up")},
        {Disposition::WrongNumber, "wrong_number", QT_TRANSLATE_NOOP("zabota::core::Disposition", "Wrong number")},
        {Disposition::Information, "information", QT_TRANSLATE_NOOP("zabota::core::Disposition", "Information only")},
    };
    return kItems;
}

} // namespace zabota::core
