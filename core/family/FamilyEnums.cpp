// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/family/FamilyEnums.h"

namespace zabota::core {

bool isMinorRelation(Relation relation)
{
    return relation == Relation::Child || relation == Relation::Ward;
}

std::span<const EnumItem<FamilyCategory>> EnumTraits<FamilyCategory>::items()
{
    static constexpr EnumItem<FamilyCategory> kItems[] = {
        {FamilyCategory::Large, "large", QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "Large family")},
        {FamilyCategory::Foster, "foster", QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "Foster family")},
        {FamilyCategory::SingleParent, "single_parent",
         QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "Single-parent family")},
        {FamilyCategory::LowIncome, "low_income", QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "Low income")},
        {FamilyCategory::DisabledChild, "disabled_child",
         QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "With a disabled child")},
        {FamilyCategory::MilitaryParticipant, "svo_participant",
         QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "Family of a special military operation participant")},
        {FamilyCategory::OrphanageGraduate, "orphanage_graduate",
         QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "Graduate of an orphanage")},
        {FamilyCategory::HardSituation, "hard_situation",
         QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "In a difficult life situation")},
        {FamilyCategory::SociallyDangerous, "socially_dangerous",
         QT_TRANSLATE_NOOP("zabota::core::FamilyCategory", "In a socially dangerous situation")},
    };
    return kItems;
}

std::span<const EnumItem<NeedCircumstance>> EnumTraits<NeedCircumstance>::items()
{
    static constexpr EnumItem<NeedCircumstance> kItems[] = {
        {NeedCircumstance::SelfCareLoss, "self_care_loss",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance",
                           "Full or partial loss of the ability to care for oneself")},
        {NeedCircumstance::DisabledMemberCare, "disabled_member_care",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance", "A disabled family member who needs constant care")},
        {NeedCircumstance::ChildAdaptation, "child_adaptation",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance", "A child with difficulties of social adaptation")},
        {NeedCircumstance::NoCarePossible, "no_care_possible",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance",
                           "No one can care for a disabled person, a child or children")},
        {NeedCircumstance::FamilyConflict, "family_conflict",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance", "Conflict or violence within the family")},
        {NeedCircumstance::NoHome, "no_home",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance", "No fixed place of residence")},
        {NeedCircumstance::NoWork, "no_work",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance", "No work and no means of subsistence")},
        {NeedCircumstance::Other, "other",
         QT_TRANSLATE_NOOP("zabota::core::NeedCircumstance", "Other circumstances worsening living conditions")},
    };
    return kItems;
}

std::span<const EnumItem<Sex>> EnumTraits<Sex>::items()
{
    static constexpr EnumItem<Sex> kItems[] = {
        {Sex::Female, "f", QT_TRANSLATE_NOOP("zabota::core::Sex", "Female")},
        {Sex::Male, "m", QT_TRANSLATE_NOOP("zabota::core::Sex", "Male")},
    };
    return kItems;
}

std::span<const EnumItem<Relation>> EnumTraits<Relation>::items()
{
    static constexpr EnumItem<Relation> kItems[] = {
        {Relation::Mother, "mother", QT_TRANSLATE_NOOP("zabota::core::Relation", "Mother")},
        {Relation::Father, "father", QT_TRANSLATE_NOOP("zabota::core::Relation", "Father")},
        {Relation::Stepparent, "stepparent", QT_TRANSLATE_NOOP("zabota::core::Relation", "Stepparent")},
        {Relation::Guardian, "guardian", QT_TRANSLATE_NOOP("zabota::core::Relation", "Guardian")},
        {Relation::Child, "child", QT_TRANSLATE_NOOP("zabota::core::Relation", "Child (minor)")},
        {Relation::Ward, "ward", QT_TRANSLATE_NOOP("zabota::core::Relation", "Ward (minor)")},
        {Relation::AdultChild, "adult_child", QT_TRANSLATE_NOOP("zabota::core::Relation", "Adult son or daughter")},
        {Relation::Grandparent, "grandparent", QT_TRANSLATE_NOOP("zabota::core::Relation", "Grandparent")},
        {Relation::Sibling, "sibling", QT_TRANSLATE_NOOP("zabota::core::Relation", "Brother or sister")},
        {Relation::Other, "other", QT_TRANSLATE_NOOP("zabota::core::Relation", "Other")},
    };
    return kItems;
}

std::span<const EnumItem<RemovalReason>> EnumTraits<RemovalReason>::items()
{
    static constexpr EnumItem<RemovalReason> kItems[] = {
        {RemovalReason::Improvement, "improvement",
         QT_TRANSLATE_NOOP("zabota::core::RemovalReason", "The situation improved")},
        {RemovalReason::Moved, "moved", QT_TRANSLATE_NOOP("zabota::core::RemovalReason", "Moved away")},
        {RemovalReason::Turned18, "turned18", QT_TRANSLATE_NOOP("zabota::core::RemovalReason", "The child turned 18")},
        {RemovalReason::Other, "other", QT_TRANSLATE_NOOP("zabota::core::RemovalReason", "Other")},
    };
    return kItems;
}

std::span<const EnumItem<AuditAction>> EnumTraits<AuditAction>::items()
{
    static constexpr EnumItem<AuditAction> kItems[] = {
        {AuditAction::View, "view", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Viewed")},
        {AuditAction::Create, "create", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Created")},
        {AuditAction::Update, "update", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Changed")},
        {AuditAction::Export, "export", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Exported")},
        {AuditAction::Print, "print", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Printed")},
        {AuditAction::Delete, "delete", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Deleted")},
        {AuditAction::Login, "login", QT_TRANSLATE_NOOP("zabota::core::AuditAction", "Logged in")},
    };
    return kItems;
}

} // namespace zabota::core
