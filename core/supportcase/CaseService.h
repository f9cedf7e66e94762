// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/supportcase/SupportPlan.h"

#include <QCoreApplication>

#include <functional>

namespace zabota::core {

class Database;

// The support case as the curator runs it: the contract, the plan items and the closure with an outcome. Checks
// before it writes: a plan item due before the case opened, a contract signed before it, closing with plan items
// still open (refused with Error::field "openItems", so that the window can ask and close anyway).
class CaseService final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::CaseService)

public:
    using Clock = std::function<QDateTime()>;

    CaseService(Database& db, User currentUser, Clock clock = &QDateTime::currentDateTime);

    [[nodiscard]] Status setContract(CaseId id, const SupportContract& contract);
    [[nodiscard]] Result<PlanItemId> addPlanItem(CaseId id, const PlanItemDraft& item);
    [[nodiscard]] Status markDone(PlanItemId id, const QDate& on);
    [[nodiscard]] Result<QList<PlanItem>> plan(CaseId id) const;
    // Planned items past their due date, of every open case (nullopt) or of one curator's cases.
    [[nodiscard]] Result<QList<PlanItem>> overdueItems(std::optional<UserId> curator = std::nullopt) const;
    // Closes the case; with plan items still planned only when `evenWithOpenItems`, and those are cancelled.
    [[nodiscard]] Status close(CaseId id, CaseOutcome outcome, const QString& reason, bool evenWithOpenItems = false);

private:
    struct State {
        QDate openedOn;
        bool closed = false;
    };
    // The day the case opened and whether it is closed; NotFound if there is no such case, Auth if the current user
    // is neither its curator nor a supervisor.
    [[nodiscard]] Result<State> caseState(CaseId id) const;

    Database& m_db;
    User m_user;
    Clock m_clock;
};

} // namespace zabota::core
