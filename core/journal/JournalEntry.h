// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"
#include "core/journal/JournalEnums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace zabota::core {

using EntryId = qint64;
using CategoryId = qint64;

// What the registration form edits: every field a dispatcher types or picks.
struct EntryDraft {
    QDateTime receivedAt;
    Channel channel = Channel::Phone;
    QString line;
    CallerType callerType = CallerType::Parent;
    bool anonymous = false;
    QString applicantName;
    QString applicantPhone; // as typed; the normalised digits are kept beside it for lookup
    QString referringAgency;
    QString referringDocNo;
    std::optional<CategoryId> categoryId;
    Urgency urgency = Urgency::Planned;
    QString summary;
    QString actionTaken;
    EntryStatus status = EntryStatus::New;
    Disposition disposition = Disposition::Case;

    bool operator==(const EntryDraft&) const = default;
};

// A registered entry of the hotline journal.
struct JournalEntry {
    EntryId id = 0;
    int regYear = 0;
    int regNo = 0; // gapless within regYear
    EntryDraft draft;
    QString phoneDigits;
    QString categoryTitle;
    UserId createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    UserId updatedBy = 0;
    QString updatedByName;
    QDateTime updatedAt;
    int version = 0;
    // The family card the entry is linked to (FamilyRepository::linkEntry); linking does not change the version.
    std::optional<qint64> familyId;

    // As the journal prints it: "15/2026".
    [[nodiscard]] QString registrationNumber() const { return QStringLiteral("%1/%2").arg(regNo).arg(regYear); }
};

// One field changed in one save: old and new values as shown to a person.
struct FieldChange {
    QString field; // a field code, see JournalService::fieldLabel
    QString before;
    QString after;
};

struct EntryChange {
    QDateTime changedAt;
    UserId changedBy = 0;
    QString changedByName;
    QList<FieldChange> fields;
};

// The journal view's filters; every one is optional. Dates are local and inclusive.
struct JournalFilter {
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<Channel> channel;
    std::optional<CategoryId> categoryId;
    std::optional<EntryStatus> status;
    std::optional<UserId> dispatcherId;
    QString text; // words of the applicant, summary or action; a phone number; or a registration number "15/2026"

    bool operator==(const JournalFilter&) const = default;
};

struct ProblemCategory {
    CategoryId id = 0;
    QString title;
    int position = 0;
    bool active = true;
};

// Limits that keep one entry readable and the database sane; the form uses them for its fields too.
namespace limits {
constexpr int kName = 200;
constexpr int kPhone = 40;
constexpr int kLine = 100;
constexpr int kAgency = 300;
constexpr int kDocNo = 100;
constexpr int kSummary = 4000;
constexpr int kAction = 4000;
constexpr int kCategoryTitle = 150;
} // namespace limits

} // namespace zabota::core
