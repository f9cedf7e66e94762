// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"
#include "core/auth/User.h"
#include "core/handoff/Handoff.h"

#include <QDate>

#include <optional>

namespace zabota::core {

using PlanItemId = qint64;
using ProtocolId = qint64;

// How a support case ends.
enum class CaseOutcome { ImprovedRemoved, Moved, Refused, TurnedAdult, Other };
enum class PlanItemStatus { Planned, Done, Cancelled };
// How intense the support is: crisis (экстренный), rehabilitation (реабилитационный), maintenance (поддерживающий).
enum class CaseLevel { Crisis, Rehabilitation, Maintenance };
// Who met: a case conference of the centre (консилиум), the centre's commission, the juvenile affairs commission (КДН).
enum class ProtocolKind { Consilium, Commission, Kdn };
// What they decided about the case.
enum class ProtocolDecision { TakeOn, ChangePlan, ChangeLevel, EndSupport };

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

template <>
struct EnumTraits<CaseLevel> {
    static constexpr const char* context = "zabota::core::CaseLevel";
    static std::span<const EnumItem<CaseLevel>> items();
};

template <>
struct EnumTraits<ProtocolKind> {
    static constexpr const char* context = "zabota::core::ProtocolKind";
    static std::span<const EnumItem<ProtocolKind>> items();
};

template <>
struct EnumTraits<ProtocolDecision> {
    static constexpr const char* context = "zabota::core::ProtocolDecision";
    static std::span<const EnumItem<ProtocolDecision>> items();
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
    QString doneNote; // what was done, written with the completion mark

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

// A meeting about the case and what it decided (протокол).
struct ProtocolDraft {
    QString number;
    QDate date;
    ProtocolKind kind = ProtocolKind::Consilium;
    QString participants; // one per line: name and position or agency
    QString body;         // what was heard and discussed
    ProtocolDecision decision = ProtocolDecision::TakeOn;
    QString decisionText; // the decision as worded
};

struct Protocol {
    ProtocolId id = 0;
    CaseId caseId = 0;
    ProtocolDraft draft;
};

// A support case as its window and the lists show it.
struct CaseSummary {
    CaseId id = 0;
    QString caseNo; // 7/2026
    std::optional<qint64> familyId;
    QString familyCardNo;
    QString familyName; // the main member's full name
    QString familyAddress;
    std::optional<qint64> entryId;
    QString entryNumber;
    UserId curatorId = 0;
    QString curatorName;
    QDateTime openedAt;
    QString basis;
    std::optional<CaseLevel> level;
    SupportContract contract;
    QDateTime closedAt; // invalid while open
    std::optional<CaseOutcome> outcome;
    QString closingReason;
    int version = 1;
    int openItems = 0;    // plan items still planned
    int overdueItems = 0; // of them, past their due date

    [[nodiscard]] bool isClosed() const { return closedAt.isValid(); }
};

} // namespace zabota::core
