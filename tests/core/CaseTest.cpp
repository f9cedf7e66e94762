// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/supportcase/CaseService.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::Error;

namespace {

// A case opened by a curator who accepted a handoff on 10 March 2026.
struct OpenCase {
    tests::TestDatabase t;
    core::HandoffRepository handoffs{t.db()};
    core::User curator;
    core::CaseId caseId = 0;

    OpenCase()
    {
        curator = t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
        auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Развод")));
        REQUIRE(entry);
        core::HandoffService dispatcher(handoffs, t.users(), t.dispatcher(), [this] { return t.now(); });
        core::HandoffService mine(handoffs, t.users(), curator, [this] { return t.now(); });
        const auto offered = dispatcher.offer(entry->id, std::nullopt, curator.id, {}).value();
        caseId = *mine.accept(offered.id).value().caseId;
    }

    core::CaseService cases()
    {
        return core::CaseService(t.db(), curator, [this] { return t.now(); });
    }

    static core::PlanItemDraft item(const QString& activity, const QDate& due)
    {
        core::PlanItemDraft d;
        d.section = QStringLiteral("Социально-психологические услуги");
        d.activity = activity;
        d.partner = QStringLiteral("МАУ «Центр психологической помощи»");
        d.volume = QStringLiteral("1 раз в неделю");
        d.dueDate = due;
        return d;
    }
};

} // namespace

TEST_CASE("a curator signs the contract and writes the plan; a date before the case opened is refused", "[case]")
{
    OpenCase c;
    auto cases = c.cases();
    REQUIRE(cases.setContract(c.caseId, {QStringLiteral("СС-15/2026"), QDate(2026, 3, 10), QDate(2026, 9, 10)}));
    auto backwards = cases.setContract(c.caseId, {QStringLiteral("СС-15/2026"), QDate(2026, 3, 10), QDate(2026, 1, 1)});
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().field == QStringLiteral("contractUntil"));

    REQUIRE(cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Консультации психолога"), QDate(2026, 4, 30))));
    auto early = cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Визит"), QDate(2026, 3, 1)));
    REQUIRE_FALSE(early);
    CHECK(early.error().field == QStringLiteral("dueDate"));
    CHECK(early.error().message.contains(QStringLiteral("10.03.2026")));
    auto blank = cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("  "), QDate(2026, 4, 1)));
    REQUIRE_FALSE(blank);
    const auto plan = cases.plan(c.caseId).value();
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].draft.partner == QStringLiteral("МАУ «Центр психологической помощи»"));

    // Someone else's case is not theirs to change.
    core::CaseService stranger(c.t.db(), c.t.dispatcher(), [&c] { return c.t.now(); });
    CHECK(stranger.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Визит"), QDate(2026, 4, 1))).error().kind ==
          Error::Kind::Auth);
}

TEST_CASE("overdue plan items are listed until done; closing with open items asks first", "[case]")
{
    OpenCase c;
    auto cases = c.cases();
    const auto first = cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Консультация"), QDate(2026, 3, 20)));
    const auto second = cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Визит"), QDate(2026, 5, 20)));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(cases.overdueItems().value().isEmpty());
    c.t.setNow(QDateTime(QDate(2026, 4, 1), QTime(10, 0)));
    REQUIRE(cases.overdueItems(c.curator.id).value().size() == 1);
    CHECK(cases.overdueItems(c.t.dispatcher().id).value().isEmpty());
    REQUIRE(cases.markDone(*first, QDate(2026, 3, 31)));
    CHECK(cases.overdueItems().value().isEmpty());

    auto asked = cases.close(c.caseId, core::CaseOutcome::ImprovedRemoved, {});
    REQUIRE_FALSE(asked);
    CHECK(asked.error().field == QStringLiteral("openItems"));
    CHECK(cases.plan(c.caseId).value().at(1).status == core::PlanItemStatus::Planned);
    auto noReason = cases.close(c.caseId, core::CaseOutcome::Other, QStringLiteral(" "), true);
    REQUIRE_FALSE(noReason);
    REQUIRE(cases.close(c.caseId, core::CaseOutcome::ImprovedRemoved, {}, true));
    CHECK(cases.plan(c.caseId).value().at(1).status == core::PlanItemStatus::Cancelled);
    CHECK(cases.close(c.caseId, core::CaseOutcome::Moved, {}, true).error().kind == Error::Kind::Conflict);
    CHECK_FALSE(cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Ещё"), QDate(2026, 6, 1))));
}
