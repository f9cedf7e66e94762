// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"
#include "core/family/FamilyEnums.h"
#include "core/journal/JournalEntry.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zabota::core {

using FamilyId = qint64;
using DistrictId = qint64;
using MicroDistrictId = qint64;

struct District {
    DistrictId id = 0;
    QString name;
    int position = 0;
};

struct MicroDistrict {
    MicroDistrictId id = 0;
    DistrictId districtId = 0;
    QString name;
    int position = 0;
    std::optional<UserId> specialistId; // the district specialist (участковый специалист)
};

struct FamilyMember {
    QString surname;
    QString firstName;
    QString patronymic;
    QDate birthDate; // null when unknown
    std::optional<Sex> sex;
    Relation relation = Relation::Other;
    QString schoolOrWork;
    bool disability = false;
    bool legalRepresentative = false;
    QString snils; // optional

    [[nodiscard]] QString fullName() const
    {
        QStringList parts;
        for (const QString& part : {surname, firstName, patronymic}) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        return parts.join(QLatin1Char(' '));
    }
    // Full years at `at`; nullopt when the birth date is unknown.
    [[nodiscard]] std::optional<int> ageAt(const QDate& at) const
    {
        if (!birthDate.isValid() || !at.isValid())
            return std::nullopt;
        int years = at.year() - birthDate.year();
        if (at.month() < birthDate.month() || (at.month() == birthDate.month() && at.day() < birthDate.day()))
            --years;
        return years;
    }
    // Under 18 at `at` by the birth date, or, with no birth date, by a minor's relation.
    [[nodiscard]] bool isMinorAt(const QDate& at) const
    {
        const auto age = ageAt(at);
        return age ? *age < 18 : isMinorRelation(relation);
    }

    bool operator==(const FamilyMember&) const = default;
};

struct FamilyCategoryPeriod {
    FamilyCategory category = FamilyCategory::Large;
    QDate from;
    std::optional<QDate> to; // open-ended while it holds

    [[nodiscard]] bool holdsAt(const QDate& at) const { return from <= at && (!to || *to >= at); }
    bool operator==(const FamilyCategoryPeriod&) const = default;
};

// One stay on the register (профилактический учёт): put on with a basis, taken off with a reason.
struct RegistrationPeriod {
    qint64 id = 0;
    QDate registeredOn;
    QString basis; // «постановление КДН № 12 от 03.03.2026»
    std::optional<QDate> removedOn;
    std::optional<RemovalReason> removalReason;
    QString removalNote;
    UserId createdBy = 0;
    QString createdByName;
    QDateTime createdAt;

    [[nodiscard]] bool isOpen() const { return !removedOn.has_value(); }
};

// What the family card form edits. Registration is kept apart: it changes through its own history.
struct FamilyDraft {
    std::optional<DistrictId> districtId;
    std::optional<MicroDistrictId> microDistrictId;
    QString registeredAddress;
    QString actualAddress;
    QStringList phones; // as typed; blank lines are dropped
    QList<FamilyMember> members;
    QList<FamilyCategoryPeriod> categories;
    QList<NeedCircumstance> needs;
    QString housingNotes;
    QString incomeNotes;
    bool specialAttention = false;
    std::optional<UserId> curatorId;

    bool operator==(const FamilyDraft&) const = default;
};

// A family card as stored.
struct Family {
    FamilyId id = 0;
    int cardYear = 0;
    int cardSeq = 0;
    QString cardNo; // "2026-0001", gapless within cardYear
    FamilyDraft draft;
    QStringList phoneDigits;                 // normalised, in the order of draft.phones
    QList<RegistrationPeriod> registrations; // oldest first
    QString districtName;
    QString microDistrictName;
    QString curatorName;
    UserId createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    UserId updatedBy = 0;
    QString updatedByName;
    QDateTime updatedAt;
    int version = 0;

    [[nodiscard]] bool onRegister() const { return !registrations.isEmpty() && registrations.last().isOpen(); }
};

// A person who can be a family's responsible curator.
struct CuratorChoice {
    UserId id = 0;
    QString fullName;
};

// A row of the registry.
struct FamilySummary {
    FamilyId id = 0;
    QString cardNo;
    std::optional<DistrictId> districtId;
    QString districtName;
    QString microDistrictName;
    QString registeredAddress;
    QString actualAddress;
    QString firstMemberName; // the first member of the card, usually the applicant or a parent
    int memberCount = 0;
    bool specialAttention = false;
    bool onRegister = false;
    QString curatorName;
    QDateTime updatedAt;
    QStringList phones;               // as typed, in the card's order
    QList<QDate> minorBirthDates;     // of the members under 18 today, oldest first
    QList<FamilyCategory> categories; // held today
};

// The registry's filters; every one is optional. Categories and minors are judged at `at` (today if null).
struct FamilyFilter {
    std::optional<DistrictId> districtId;
    std::optional<MicroDistrictId> microDistrictId;
    std::optional<FamilyCategory> category;
    std::optional<bool> onRegister;
    std::optional<bool> specialAttention;
    std::optional<UserId> curatorId;
    std::optional<bool> hasMinors;
    QDate at;
    // The day the console takes for today (FamilyService sets it from its clock; the current date if null). Cards
    // are written and their category masks computed on or before it, so from that day on a mask can be trusted.
    QDate today;

    bool operator==(const FamilyFilter&) const = default;
};

struct DistrictCount {
    std::optional<DistrictId> districtId; // nullopt: families with no district yet
    QString name;
    int count = 0;
};

enum class DuplicateReason { SamePhone, SameSurnameAndChildBirthDate, SameAddress };

// A family that may be the one being created, and why.
struct DuplicateCandidate {
    FamilySummary family;
    QList<DuplicateReason> reasons;
};

// What the incoming-call card shows for a number.
struct PhoneLookup {
    QString digits;
    QList<FamilySummary> families;
    QList<JournalEntry> entries; // newest first, at most FamilyRepository::kLookupEntries
};

// What duplicate detection compares, folded: built by FamilyService from a draft.
struct DuplicateKeys {
    QStringList phoneDigits;
    QStringList addressKeys;
    struct Child {
        QDate birthDate;
        QStringList surnameParts;
    };
    QList<Child> children;
};

namespace limits {
constexpr int kAddress = 500;
constexpr int kNotes = 4000;
constexpr int kBasis = 500;
constexpr int kSchoolOrWork = 300;
} // namespace limits

} // namespace zabota::core
