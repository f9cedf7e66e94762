// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

namespace zabota::core {

// The family's categories, each held for a period (многодетная, замещающая, неполная, малоимущая, с ребёнком-инвалидом,
// участника СВО, выпускник организации для детей-сирот, ТЖС, СОП).
enum class FamilyCategory {
    Large,
    Foster,
    SingleParent,
    LowIncome,
    DisabledChild,
    MilitaryParticipant,
    OrphanageGraduate,
    HardSituation,
    SociallyDangerous,
};
// Обстоятельства нуждаемости, 442-ФЗ ст. 15.
enum class NeedCircumstance {
    SelfCareLoss,
    DisabledMemberCare,
    ChildAdaptation,
    NoCarePossible,
    FamilyConflict,
    NoHome,
    NoWork,
    Other,
};
enum class Sex { Female, Male };
// A member's place in the family. Child and Ward are minors by definition; an adult son or daughter is AdultChild.
enum class Relation { Mother, Father, Stepparent, Guardian, Child, Ward, AdultChild, Grandparent, Sibling, Other };
// Why a family was taken off the register.
enum class RemovalReason { Improvement, Moved, Turned18, Other };
enum class AuditAction { View, Create, Update, Export, Print, Delete, Login };

// True for the relations that only a minor can hold.
[[nodiscard]] bool isMinorRelation(Relation relation);

template <>
struct EnumTraits<FamilyCategory> {
    static constexpr const char* context = "zabota::core::FamilyCategory";
    static std::span<const EnumItem<FamilyCategory>> items();
};
template <>
struct EnumTraits<NeedCircumstance> {
    static constexpr const char* context = "zabota::core::NeedCircumstance";
    static std::span<const EnumItem<NeedCircumstance>> items();
};
template <>
struct EnumTraits<Sex> {
    static constexpr const char* context = "zabota::core::Sex";
    static std::span<const EnumItem<Sex>> items();
};
template <>
struct EnumTraits<Relation> {
    static constexpr const char* context = "zabota::core::Relation";
    static std::span<const EnumItem<Relation>> items();
};
template <>
struct EnumTraits<RemovalReason> {
    static constexpr const char* context = "zabota::core::RemovalReason";
    static std::span<const EnumItem<RemovalReason>> items();
};
template <>
struct EnumTraits<AuditAction> {
    static constexpr const char* context = "zabota::core::AuditAction";
    static std::span<const EnumItem<AuditAction>> items();
};

} // namespace zabota::core
