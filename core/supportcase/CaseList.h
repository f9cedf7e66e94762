// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/supportcase/SupportPlan.h"

#include <QCoreApplication>

#include <functional>

namespace zabota::core {

class Database;

// Which cases a list shows: one curator's or everyone's, open ones or all.
struct CaseFilter {
    std::optional<UserId> curator;
    bool openOnly = true;
};

// Something late: a plan item past its due date, or a handoff past its deadline to accept.
struct OverdueRow {
    enum class Kind { PlanItem, Handoff };
    Kind kind = Kind::PlanItem;
    CaseId caseId = 0;       // the plan item's case
    PlanItemId itemId = 0;   // the plan item
    HandoffId handoffId = 0; // the handoff
    qint64 entryId = 0;      // the handoff's journal entry
    QString number;          // the case's number, or the entry's for a handoff
    QString familyName;      // the main member of the family, or the applicant of the entry
    QString what;            // the activity, or the handoff's note
    QString holder;          // the curator who holds it; empty for the curators' queue
    QDateTime due;           // the due date (at midnight) or the deadline
};

// The cases and the late work across them, for the curator's and the supervisor's lists: who holds what and what is
// late. Reads only.
class CaseList final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::CaseList)

public:
    using Clock = std::function<QDateTime()>;

    CaseList(Database& db, Clock clock = &QDateTime::currentDateTime);

    [[nodiscard]] Result<CaseSummary> get(CaseId id) const;
    // Newest first.
    [[nodiscard]] Result<QList<CaseSummary>> cases(const CaseFilter& filter) const;
    // Plan items of open cases past their due date and offered handoffs past their deadline, the longest late first: of
    // one curator (their cases and the offers made to them), or of everyone (nullopt).
    [[nodiscard]] Result<QList<OverdueRow>> overdue(std::optional<UserId> curator = std::nullopt) const;

private:
    Database& m_db;
    Clock m_clock;
};

} // namespace zabota::core
