// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/handoff/Handoff.h"

#include <QCoreApplication>

namespace zabota::core {

class Database;

// Handoffs, their moves and the cases they open. Every move goes through move(), which asks HandoffRules and writes
// the transition in the same transaction as the new state; a move that the state no longer allows (someone else
// was first) is refused with who did what and when, and nothing is written.
class HandoffRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::HandoffRepository)

public:
    explicit HandoffRepository(Database& db);

    struct Move {
        HandoffAction action = HandoffAction::Accept;
        std::optional<UserId> by; // nullopt: the clock
        QString reason;
        // Reassign: to whom (nullopt: the queue) and until when.
        std::optional<UserId> curatorId;
        QDateTime deadline;
        // The version the decision was made on: a move over a newer one (reassigned to someone else meanwhile) is
        // refused like a move the state no longer allows. Nullopt: whatever the version (the clock's escalation).
        std::optional<int> expectedVersion;
    };

    [[nodiscard]] Result<Handoff> offer(qint64 entryId, std::optional<qint64> familyId, UserId by,
                                        std::optional<UserId> curatorId, const QString& note, const QDateTime& deadline,
                                        const QDateTime& now);
    // Applies a move; on Accept a support case is opened for `by` and linked to the handoff.
    [[nodiscard]] Result<Handoff> move(HandoffId id, const Move& move, const QDateTime& now);
    [[nodiscard]] Result<Handoff> get(HandoffId id) const;
    [[nodiscard]] Result<QList<HandoffTransition>> history(HandoffId id) const;
    [[nodiscard]] Result<SupportCase> supportCase(CaseId id) const;

    // Offered or escalated handoffs for a curator: addressed to them or to the queue, earliest deadline first.
    [[nodiscard]] Result<QList<Handoff>> inbox(UserId curatorId) const;
    // Handoffs a dispatcher offered that came back to them.
    [[nodiscard]] Result<QList<Handoff>> returnedTo(UserId dispatcherId) const;
    // Handoffs in a state, earliest deadline first (the supervisor's escalated list).
    [[nodiscard]] Result<QList<Handoff>> inState(HandoffState state) const;
    // Offered or escalated handoffs past their deadline at `now`.
    [[nodiscard]] Result<QList<Handoff>> overdue(const QDateTime& now) const;
    // The handoffs of a journal entry, oldest first.
    [[nodiscard]] Result<QList<Handoff>> ofEntry(qint64 entryId) const;

private:
    [[nodiscard]] Result<QList<Handoff>> select(const QString& condition, const QVariantList& binds) const;
    [[nodiscard]] Status addTransition(HandoffId id, const Move& move, std::optional<HandoffState> from,
                                       HandoffState to, const QDateTime& now) const;
    [[nodiscard]] Result<CaseId> openCase(const Handoff& handoff, UserId curator, const QDateTime& now) const;

    Database& m_db;
};

} // namespace zabota::core
