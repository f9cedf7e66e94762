// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "tests/support/TestDatabase.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <memory>

using namespace zabota;
using core::Error;
using core::HandoffState;

namespace {

// The people of a centre on one database and one clock: a dispatcher, two curators, a supervisor.
struct Centre {
    tests::TestDatabase t;
    core::HandoffRepository repo{t.db()};
    core::User curator;
    core::User otherCurator;
    core::User supervisor;
    qint64 entryId = 0;

    Centre()
    {
        curator = t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
        otherCurator =
            t.addUser(QStringLiteral("kuznetsova"), QStringLiteral("Кузнецова Ольга"), {core::Role::Curator});
        supervisor = t.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна"), {core::Role::Supervisor});
        auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Развод, дети")));
        REQUIRE(entry);
        entryId = entry->id;
    }

    std::unique_ptr<core::HandoffService> as(const core::User& user)
    {
        return std::make_unique<core::HandoffService>(repo, t.users(), user, [this] { return t.now(); });
    }
};

} // namespace

TEST_CASE("a handoff offered to a curator is accepted: a case opens and every move is kept", "[handoff]")
{
    Centre c;
    auto dispatcher = c.as(c.t.dispatcher());
    QSignalSpy changed(dispatcher.get(), &core::HandoffService::handoffChanged);
    // Tuesday 10 March 2026, 14:30: one working day is Wednesday 14:30.
    auto offered = dispatcher->offer(c.entryId, std::nullopt, c.curator.id, QStringLiteral("Срочно, двое детей"));
    REQUIRE(offered);
    CHECK(changed.count() == 1);
    CHECK(offered->state == HandoffState::Offered);
    CHECK(offered->deadline == c.t.now().addDays(1));
    CHECK(c.as(c.curator)->inbox().value().size() == 1);
    CHECK(c.as(c.otherCurator)->inbox().value().isEmpty());

    c.t.setNow(c.t.now().addSecs(3600));
    auto accepted = c.as(c.curator)->accept(offered->id);
    REQUIRE(accepted);
    CHECK(accepted->state == HandoffState::Accepted);
    REQUIRE(accepted->caseId);
    const auto opened = c.repo.supportCase(*accepted->caseId).value();
    CHECK(opened.caseNo == QStringLiteral("1/2026"));
    CHECK(opened.curatorId == c.curator.id);
    CHECK(opened.entryId == c.entryId);
    CHECK(c.as(c.curator)->inbox().value().isEmpty());

    const auto moves = dispatcher->history(offered->id).value();
    REQUIRE(moves.size() == 2);
    CHECK_FALSE(moves[0].from.has_value());
    CHECK(moves[0].by == c.t.dispatcher().id);
    CHECK(moves[0].reason == QStringLiteral("Срочно, двое детей"));
    CHECK(moves[1].from == HandoffState::Offered);
    CHECK(moves[1].to == HandoffState::Accepted);
    CHECK(moves[1].by == c.curator.id);
    CHECK(moves[1].at == c.t.now());
}

TEST_CASE("a returned handoff needs a reason, comes back to the dispatcher, and can be offered again", "[handoff]")
{
    Centre c;
    auto dispatcher = c.as(c.t.dispatcher());
    const auto offered = dispatcher->offer(c.entryId, std::nullopt, c.curator.id, {}).value();
    auto curator = c.as(c.curator);
    auto blank = curator->giveBack(offered.id, QStringLiteral("   "));
    REQUIRE_FALSE(blank);
    CHECK(blank.error().kind == Error::Kind::Validation);
    CHECK(c.repo.get(offered.id)->state == HandoffState::Offered);

    REQUIRE(curator->giveBack(offered.id, QStringLiteral("Семья из другого района")));
    const auto back = dispatcher->returnedToMe().value();
    REQUIRE(back.size() == 1);
    CHECK(dispatcher->history(offered.id).value().last().reason == QStringLiteral("Семья из другого района"));

    // The dispatcher offers it to the other curator.
    auto again = dispatcher->reassign(offered.id, c.otherCurator.id);
    REQUIRE(again);
    CHECK(again->state == HandoffState::Offered);
    CHECK(again->curatorId == c.otherCurator.id);
    CHECK(c.as(c.otherCurator)->inbox().value().size() == 1);
    CHECK(dispatcher->returnedToMe().value().isEmpty());
}

TEST_CASE("an offer past its deadline escalates to the supervisor, who reassigns it", "[handoff]")
{
    Centre c;
    const auto offered = c.as(c.t.dispatcher())->offer(c.entryId, std::nullopt, c.curator.id, {}).value();
    auto supervisor = c.as(c.supervisor);
    CHECK(supervisor->escalateOverdue().value() == 0);
    c.t.setNow(offered.deadline.addSecs(60));
    CHECK(supervisor->overdue().value().size() == 1);
    CHECK(supervisor->escalateOverdue().value() == 1);
    CHECK(supervisor->escalateOverdue().value() == 0); // once only
    REQUIRE(supervisor->escalated().value().size() == 1);
    const auto moves = supervisor->history(offered.id).value();
    CHECK(moves.last().to == HandoffState::Escalated);
    CHECK_FALSE(moves.last().by.has_value()); // the clock did it

    // A dispatcher cannot reassign an escalated handoff; the supervisor can.
    CHECK_FALSE(c.as(c.t.dispatcher())->reassign(offered.id, c.otherCurator.id));
    auto reassigned = supervisor->reassign(offered.id, c.otherCurator.id);
    REQUIRE(reassigned);
    CHECK(reassigned->state == HandoffState::Offered);
    CHECK(reassigned->deadline > c.t.now());
    CHECK(supervisor->escalated().value().isEmpty());
}

TEST_CASE("refused handoffs: to a non-curator, accepted twice, withdrawn after acceptance, by the wrong person",
          "[handoff]")
{
    Centre c;
    auto dispatcher = c.as(c.t.dispatcher());
    auto notCurator = dispatcher->offer(c.entryId, std::nullopt, c.supervisor.id, {});
    REQUIRE_FALSE(notCurator);
    CHECK(notCurator.error().kind == Error::Kind::Validation);
    CHECK(notCurator.error().message.contains(QStringLiteral("Белова Татьяна")));
    auto past = dispatcher->offer(c.entryId, std::nullopt, c.curator.id, {}, c.t.now().addSecs(-60));
    REQUIRE_FALSE(past);
    CHECK(c.repo.ofEntry(c.entryId).value().isEmpty());

    // To the queue: the first curator to accept takes it; the second is told who was first.
    const auto queued = dispatcher->offer(c.entryId, std::nullopt, std::nullopt, {}).value();
    CHECK(c.as(c.otherCurator)->inbox().value().size() == 1);
    REQUIRE(c.as(c.curator)->accept(queued.id));
    auto second = c.as(c.otherCurator)->accept(queued.id);
    REQUIRE_FALSE(second);
    CHECK(second.error().kind == Error::Kind::Conflict);
    CHECK(second.error().message.contains(QStringLiteral("Морозова Наталья")));
    auto late = dispatcher->withdraw(queued.id);
    REQUIRE_FALSE(late);
    CHECK(c.repo.get(queued.id)->state == HandoffState::Accepted);
    CHECK(c.repo.history(queued.id).value().size() == 2);

    // Offered to one curator: another may not take it; a dispatcher may not accept; a stranger may not withdraw.
    const auto addressed = dispatcher->offer(c.entryId, std::nullopt, c.curator.id, {}).value();
    CHECK(c.as(c.otherCurator)->accept(addressed.id).error().kind == Error::Kind::Auth);
    CHECK(dispatcher->accept(addressed.id).error().kind == Error::Kind::Auth);
    CHECK(c.as(c.otherCurator)->withdraw(addressed.id).error().kind == Error::Kind::Auth);
    REQUIRE(dispatcher->withdraw(addressed.id, QStringLiteral("Семья справилась сама")));
    CHECK(c.as(c.curator)->inbox().value().isEmpty());
}
