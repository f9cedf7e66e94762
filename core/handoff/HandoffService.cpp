// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffService.h"

#include "core/auth/UserRepository.h"
#include "core/calendar/WorkingDays.h"
#include "core/handoff/HandoffRepository.h"
#include "core/text/DateText.h"

namespace zabota::core {

HandoffService::HandoffService(HandoffRepository& handoffs, const UserRepository& users, User currentUser, Clock clock,
                               QObject* parent)
    : QObject(parent)
    , m_handoffs(handoffs)
    , m_users(users)
    , m_user(std::move(currentUser))
    , m_clock(std::move(clock))
{}

QDateTime HandoffService::defaultDeadline() const
{
    return calendar::addWorkingDays(m_clock(), kDefaultWorkingDays);
}

Status HandoffService::checkCurator(std::optional<UserId> curator) const
{
    if (!curator)
        return {};
    auto user = m_users.get(*curator);
    if (!user)
        return std::unexpected(user.error());
    if (!user->active || !user->hasRole(Role::Curator))
        return fail(
            Error::Kind::Validation,
            tr("%1 is not a case curator: hand the family to a curator or to the curators' queue.").arg(user->fullName),
            {}, QStringLiteral("curator"));
    return {};
}

Result<Handoff> HandoffService::offer(qint64 entryId, std::optional<qint64> familyId, std::optional<UserId> curator,
                                      const QString& note, const QDateTime& deadline)
{
    const QDateTime now = m_clock();
    if (auto ok = checkCurator(curator); !ok)
        return std::unexpected(ok.error());
    const QDateTime until = deadline.isValid() ? deadline : defaultDeadline();
    if (until <= now)
        return fail(Error::Kind::Validation, tr("The deadline to accept has passed already: choose a later one."), {},
                    QStringLiteral("deadline"));
    auto offered = m_handoffs.offer(entryId, familyId, m_user.id, curator, note.trimmed(), until, now);
    if (offered)
        Q_EMIT handoffChanged(offered->id);
    return offered;
}

Result<Handoff> HandoffService::apply(HandoffId id, HandoffAction action, const QString& reason,
                                      std::optional<UserId> curator, const QDateTime& deadline,
                                      std::optional<UserId> by, std::optional<int> expectedVersion)
{
    HandoffRepository::Move move{action, by, reason.trimmed(), curator, deadline, expectedVersion};
    auto moved = m_handoffs.move(id, move, m_clock());
    if (moved)
        Q_EMIT handoffChanged(id);
    return moved;
}

Result<Handoff> HandoffService::accept(HandoffId id)
{
    auto current = m_handoffs.get(id);
    if (!current)
        return current;
    if (!m_user.hasRole(Role::Curator))
        return fail(Error::Kind::Auth, tr("Only a case curator can accept a handoff."));
    if (current->curatorId && *current->curatorId != m_user.id &&
        HandoffRules::next(current->state, HandoffAction::Accept))
        return fail(Error::Kind::Auth, tr("This handoff is offered to %1, not to you.").arg(current->curatorName));
    return apply(id, HandoffAction::Accept, {}, {}, {}, m_user.id, current->version);
}

Result<Handoff> HandoffService::giveBack(HandoffId id, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Say why the handoff goes back: the dispatcher will read it."), {},
                    QStringLiteral("reason"));
    auto current = m_handoffs.get(id);
    if (!current)
        return current;
    if (!m_user.hasRole(Role::Curator))
        return fail(Error::Kind::Auth, tr("Only a case curator can return a handoff."));
    if (current->curatorId && *current->curatorId != m_user.id &&
        HandoffRules::next(current->state, HandoffAction::Return))
        return fail(Error::Kind::Auth, tr("This handoff is offered to %1, not to you.").arg(current->curatorName));
    return apply(id, HandoffAction::Return, reason, {}, {}, m_user.id, current->version);
}

Result<Handoff> HandoffService::withdraw(HandoffId id, const QString& reason)
{
    auto current = m_handoffs.get(id);
    if (!current)
        return current;
    if (current->offeredBy != m_user.id && !m_user.hasRole(Role::Supervisor))
        return fail(Error::Kind::Auth,
                    tr("Only the dispatcher who offered the handoff, or a supervisor, can withdraw it."));
    return apply(id, HandoffAction::Withdraw, reason, {}, {}, m_user.id, current->version);
}

Result<Handoff> HandoffService::reassign(HandoffId id, std::optional<UserId> curator, const QDateTime& deadline,
                                         const QString& reason)
{
    auto current = m_handoffs.get(id);
    if (!current)
        return current;
    const bool mine = current->offeredBy == m_user.id && current->state == HandoffState::Returned;
    if (!mine && !m_user.hasRole(Role::Supervisor))
        return fail(Error::Kind::Auth, tr("Only a supervisor can reassign a handoff."));
    if (auto ok = checkCurator(curator); !ok)
        return std::unexpected(ok.error());
    const QDateTime until = deadline.isValid() ? deadline : defaultDeadline();
    if (until <= m_clock())
        return fail(Error::Kind::Validation, tr("The deadline to accept has passed already: choose a later one."), {},
                    QStringLiteral("deadline"));
    return apply(id, HandoffAction::Reassign, reason, curator, until, m_user.id, current->version);
}

Result<int> HandoffService::escalateOverdue()
{
    const QDateTime now = m_clock();
    auto late = m_handoffs.overdue(now);
    if (!late)
        return std::unexpected(late.error());
    int escalated = 0;
    for (const Handoff& h : std::as_const(*late)) {
        if (h.state != HandoffState::Offered)
            continue;
        auto moved = apply(h.id, HandoffAction::Escalate, tr("not accepted by the deadline"));
        // Accepted, withdrawn or escalated meanwhile, from this workstation's list: every workstation escalates on
        // its own clock, and the first one does it.
        if (!moved && moved.error().kind == Error::Kind::Conflict)
            continue;
        if (!moved)
            return std::unexpected(moved.error());
        ++escalated;
    }
    return escalated;
}

Result<QList<Handoff>> HandoffService::inbox() const
{
    return m_handoffs.inbox(m_user.id);
}

Result<QList<Handoff>> HandoffService::returnedToMe() const
{
    return m_handoffs.returnedTo(m_user.id);
}

Result<QList<Handoff>> HandoffService::escalated() const
{
    return m_handoffs.inState(HandoffState::Escalated);
}

Result<QList<Handoff>> HandoffService::overdue() const
{
    return m_handoffs.overdue(m_clock());
}

Result<QList<HandoffTransition>> HandoffService::history(HandoffId id) const
{
    return m_handoffs.history(id);
}

Result<QList<HandoffTransition>> HandoffService::historyOfEntry(qint64 entryId) const
{
    auto handoffs = m_handoffs.ofEntry(entryId);
    if (!handoffs)
        return std::unexpected(handoffs.error());
    QList<HandoffTransition> moves;
    for (const Handoff& h : std::as_const(*handoffs)) {
        auto some = m_handoffs.history(h.id);
        if (!some)
            return std::unexpected(some.error());
        moves << *some;
    }
    return moves;
}

QString HandoffService::describe(const HandoffTransition& move)
{
    QString line =
        tr("%1 — %2: %3")
            .arg(text::shownDateTime(move.at), move.by ? move.byName : tr("deadline passed"), label(move.to));
    if ((move.action == HandoffAction::Offer || move.action == HandoffAction::Reassign))
        line += QStringLiteral(" → ") + (move.curatorId ? move.curatorName : tr("the curators' queue"));
    if (!move.reason.isEmpty())
        line += QStringLiteral(" («%1»)").arg(move.reason);
    return line;
}

} // namespace zabota::core
