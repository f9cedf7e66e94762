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

    [[nodiscard]] const User& currentUser() const { return m_user; }
    [[nodiscard]] QDate today() const { return m_clock().date(); }
    // True when the current user may change the case: its curator, or a supervisor.
    [[nodiscard]] bool mayChange(const CaseSummary& c) const;

    // The case with its family, entry, curator, contract and the count of open and overdue plan items.
    [[nodiscard]] Result<CaseSummary> summary(CaseId id) const;
    // The basis of the support (the application, the commission's decision…) and its level.
    [[nodiscard]] Status setDetails(CaseId id, const QString& basis, std::optional<CaseLevel> level);
    [[nodiscard]] Status setContract(CaseId id, const SupportContract& contract);
    // The basis, the level and the contract together, all or nothing, as the case window saves them.
    [[nodiscard]] Status saveCase(CaseId id, const QString& basis, std::optional<CaseLevel> level,
                                  const std::optional<SupportContract>& contract);
    [[nodiscard]] Result<PlanItemId> addPlanItem(CaseId id, const PlanItemDraft& item);
    [[nodiscard]] Status updatePlanItem(PlanItemId id, const PlanItemDraft& item);
    // The completion mark: done on that day (not in the future), with a note of what was done.
    [[nodiscard]] Status markDone(PlanItemId id, const QDate& on, const QString& note = {});
    [[nodiscard]] Result<QList<PlanItem>> plan(CaseId id) const;
    [[nodiscard]] Result<ProtocolId> addProtocol(CaseId id, const ProtocolDraft& protocol);
    [[nodiscard]] Result<QList<Protocol>> protocols(CaseId id) const;
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
    // The open case of a plan item, checked as caseState() does; a closed case is refused.
    [[nodiscard]] Result<State> openCaseOfItem(PlanItemId id) const;
    [[nodiscard]] Status checkItem(const PlanItemDraft& item, const State& state) const;

    Database& m_db;
    User m_user;
    Clock m_clock;
};

} // namespace zabota::core
