// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/handoff/Handoff.h"

#include <QObject>

#include <functional>

namespace zabota::core {

class HandoffRepository;
class UserRepository;

// Handoffs as the logged-in user works with them: who may do what (the dispatcher offers and withdraws, the curator
// accepts or returns with a reason, a supervisor reassigns, the clock escalates), the default deadline of one working
// day, and a signal for every change so that an inbox updates without a restart.
class HandoffService final : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // Working days a curator has to accept a handoff unless the dispatcher sets another deadline.
    static constexpr int kDefaultWorkingDays = 1;

    HandoffService(HandoffRepository& handoffs, const UserRepository& users, User currentUser,
                   Clock clock = &QDateTime::currentDateTime, QObject* parent = nullptr);

    [[nodiscard]] const User& currentUser() const { return m_user; }
    [[nodiscard]] QDateTime defaultDeadline() const;

    // Offers the family of a journal entry to a curator (nullopt: the curators' queue); the deadline defaults to
    // one working day from now.
    [[nodiscard]] Result<Handoff> offer(qint64 entryId, std::optional<qint64> familyId, std::optional<UserId> curator,
                                        const QString& note, const QDateTime& deadline = {});
    // The current user, a curator, accepts: a support case opens.
    [[nodiscard]] Result<Handoff> accept(HandoffId id);
    // The current user, a curator, gives it back; the reason is required.
    [[nodiscard]] Result<Handoff> giveBack(HandoffId id, const QString& reason);
    // The dispatcher who offered it, or a supervisor, takes it back before anyone accepts it.
    [[nodiscard]] Result<Handoff> withdraw(HandoffId id, const QString& reason = {});
    // A supervisor (or, after a return, the dispatcher who offered it) offers it again.
    [[nodiscard]] Result<Handoff> reassign(HandoffId id, std::optional<UserId> curator, const QDateTime& deadline = {},
                                           const QString& reason = {});
    // Escalates every offered handoff past its deadline to the supervisor; returns how many.
    [[nodiscard]] Result<int> escalateOverdue();

    [[nodiscard]] Result<QList<Handoff>> inbox() const;
    [[nodiscard]] Result<QList<Handoff>> returnedToMe() const;
    [[nodiscard]] Result<QList<Handoff>> escalated() const;
    [[nodiscard]] Result<QList<Handoff>> overdue() const;
    [[nodiscard]] Result<QList<HandoffTransition>> history(HandoffId id) const;
    // Every move of every handoff of a journal entry, oldest first: what the entry form shows.
    [[nodiscard]] Result<QList<HandoffTransition>> historyOfEntry(qint64 entryId) const;
    // A move as one line: «10.03.2026 15:30 — Морозова Наталья: Принято».
    [[nodiscard]] static QString describe(const HandoffTransition& move);

Q_SIGNALS:
    // A handoff was offered or moved: inboxes and queues read again.
    void handoffChanged(zabota::core::HandoffId id);

private:
    [[nodiscard]] Status checkCurator(std::optional<UserId> curator) const;
    [[nodiscard]] Result<Handoff> apply(HandoffId id, HandoffAction action, const QString& reason,
                                        std::optional<UserId> curator = {}, const QDateTime& deadline = {},
                                        std::optional<UserId> by = {}, std::optional<int> expectedVersion = {});

    HandoffRepository& m_handoffs;
    const UserRepository& m_users;
    User m_user;
    Clock m_clock;
};

} // namespace zabota::core
