// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "core/supportcase/CaseList.h"
#include "core/supportcase/CaseService.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <vector>

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

    core::CaseList list()
    {
        return core::CaseList(t.db(), [this] { return t.now(); });
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

TEST_CASE("a curator signs the contract and writes the plan, and a date before the case opened is refused", "[case]")
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

TEST_CASE("overdue plan items are listed until done, and closing with open items asks first", "[case]")
{
    OpenCase c;
    auto cases = c.cases();
    const auto first = cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Консультация"), QDate(2026, 3, 20)));
    const auto second = cases.addPlanItem(c.caseId, OpenCase::item(QStringLiteral("Визит"), QDate(2026, 5, 20)));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(c.list().overdue().value().isEmpty());
    c.t.setNow(QDateTime(QDate(2026, 4, 1), QTime(10, 0)));
    const auto late = c.list().overdue(c.curator.id).value();
    REQUIRE(late.size() == 1);
    CHECK(late[0].kind == core::OverdueRow::Kind::PlanItem);
    CHECK(late[0].what == QStringLiteral("Консультация"));
    CHECK(late[0].holder == QStringLiteral("Морозова Наталья"));
    CHECK(late[0].number == c.cases().summary(c.caseId).value().caseNo);
    CHECK(c.list().overdue(c.t.dispatcher().id).value().isEmpty());
    CHECK(c.cases().summary(c.caseId).value().overdueItems == 1);
    auto future = cases.markDone(*first, QDate(2026, 4, 2));
    REQUIRE_FALSE(future);
    CHECK(future.error().field == QStringLiteral("doneOn"));
    REQUIRE(cases.markDone(*first, QDate(2026, 3, 31), QStringLiteral("Три консультации проведены")));
    CHECK(c.list().overdue().value().isEmpty());
    CHECK(cases.plan(c.caseId).value().at(0).doneNote == QStringLiteral("Три консультации проведены"));
    CHECK(c.cases().summary(c.caseId).value().openItems == 1);

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
    CHECK_FALSE(cases.markDone(*second, QDate(2026, 4, 1)));
    const auto closed = cases.summary(c.caseId).value();
    CHECK(closed.isClosed());
    CHECK(closed.outcome == core::CaseOutcome::ImprovedRemoved);
    CHECK_FALSE(cases.mayChange(closed));
}

TEST_CASE("a protocol is kept with its participants and decision, and a wrong one is refused", "[case]")
{
    OpenCase c;
    auto cases = c.cases();
    core::ProtocolDraft p;
    p.number = QStringLiteral("1");
    p.date = QDate(2026, 3, 10);
    p.kind = core::ProtocolKind::Consilium;
    p.participants = QStringLiteral("Морозова Н. — куратор случая\nПсихолог центра");
    p.body = QStringLiteral("Заслушали куратора о положении семьи.");
    p.decision = core::ProtocolDecision::TakeOn;
    p.decisionText = QStringLiteral("Принять семью на социальное сопровождение.");
    REQUIRE(cases.addProtocol(c.caseId, p));

    auto future = p;
    future.date = QDate(2026, 3, 11);
    CHECK(cases.addProtocol(c.caseId, future).error().field == QStringLiteral("protocolDate"));
    auto nobody = p;
    nobody.participants = QStringLiteral("  ");
    CHECK(cases.addProtocol(c.caseId, nobody).error().field == QStringLiteral("participants"));
    auto undecided = p;
    undecided.decisionText.clear();
    CHECK(cases.addProtocol(c.caseId, undecided).error().field == QStringLiteral("decisionText"));

    const auto kept = cases.protocols(c.caseId).value();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].draft.participants.contains(QStringLiteral("Психолог центра")));
    CHECK(kept[0].draft.decision == core::ProtocolDecision::TakeOn);
    core::CaseService stranger(c.t.db(), c.t.dispatcher(), [&c] { return c.t.now(); });
    CHECK(stranger.addProtocol(c.caseId, p).error().kind == Error::Kind::Auth);
}

TEST_CASE("the case lists show who holds what, and an offer past its deadline is late", "[case]")
{
    OpenCase c;
    auto cases = c.cases();
    REQUIRE(cases.setDetails(c.caseId, QStringLiteral("Заявление матери от 10.03.2026"), core::CaseLevel::Crisis));
    auto summary = cases.summary(c.caseId).value();
    CHECK(summary.basis == QStringLiteral("Заявление матери от 10.03.2026"));
    CHECK(summary.level == core::CaseLevel::Crisis);
    CHECK(summary.curatorName == QStringLiteral("Морозова Наталья"));
    CHECK(summary.familyName == QStringLiteral("Иванова"));
    CHECK(cases.mayChange(summary));

    const auto other = c.t.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна"), {core::Role::Curator});
    CHECK(c.list().cases({other.id, true}).value().isEmpty());
    REQUIRE(c.list().cases({c.curator.id, true}).value().size() == 1);
    REQUIRE(c.list().cases({}).value().size() == 1);

    auto entry = c.t.journal().registerEntry(c.t.draft(QStringLiteral("Петров"), QStringLiteral("Пожар")));
    core::HandoffService dispatcher(c.handoffs, c.t.users(), c.t.dispatcher(), [&c] { return c.t.now(); });
    REQUIRE(dispatcher.offer(entry->id, std::nullopt, other.id, QStringLiteral("Срочно: нужен приют")));
    CHECK(c.list().overdue().value().isEmpty());
    c.t.setNow(c.t.now().addDays(5));
    const auto late = c.list().overdue(other.id).value();
    REQUIRE(late.size() == 1);
    CHECK(late[0].kind == core::OverdueRow::Kind::Handoff);
    CHECK(late[0].holder == QStringLiteral("Белова Татьяна"));
    CHECK(late[0].familyName == QStringLiteral("Петров"));
    CHECK(late[0].what == QStringLiteral("Срочно: нужен приют"));
    CHECK(c.list().overdue(c.curator.id).value().isEmpty());
}

TEST_CASE("workstations changing one case at the same moment each work on what the other left", "[case]")
{
    OpenCase c;
    const core::DatabaseAddress address = c.t.address();
    const core::User curator = c.curator;
    const core::CaseId caseId = c.caseId;
    const QDateTime now = c.t.now();
    constexpr int kWorkstations = 4;
    // Each workstation is a thread with a connection of its own; Catch checks only after they are done.
    const auto atOnce = [&](const std::function<QString(core::CaseService&, int)>& work) {
        std::vector<QString> outcomes(kWorkstations);
        std::vector<std::unique_ptr<QThread>> workstations;
        for (int w = 0; w < kWorkstations; ++w) {
            workstations.emplace_back(QThread::create([&, w] {
                auto db = core::Database::open(address);
                if (!db) {
                    outcomes[w] = db.error().message;
                    return;
                }
                core::CaseService cases(**db, curator, [now] { return now; });
                outcomes[w] = work(cases, w);
            }));
            workstations.back()->start();
        }
        for (const auto& workstation : workstations)
            workstation->wait();
        return outcomes;
    };

    SECTION("plan items added at once get a position each")
    {
        const auto outcomes = atOnce([&](core::CaseService& cases, int w) {
            for (int i = 0; i < 5; ++i) {
                auto added = cases.addPlanItem(
                    caseId, OpenCase::item(QStringLiteral("Консультация %1.%2").arg(w).arg(i), now.date().addDays(7)));
                if (!added)
                    return added.error().message;
            }
            return QString();
        });
        for (const QString& outcome : outcomes)
            CHECK(outcome.isEmpty());
        QSqlQuery q(c.t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT position), MIN(position), MAX(position) "
                                      "FROM plan_item WHERE case_id = %1")
                           .arg(caseId)));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == kWorkstations * 5);
        CHECK(q.value(1).toInt() == kWorkstations * 5);
        CHECK(q.value(2).toInt() == 1);
        CHECK(q.value(3).toInt() == kWorkstations * 5);
    }
    SECTION("a case closed at once is closed once, and the others are told it was closed already")
    {
        const auto outcomes = atOnce([&](core::CaseService& cases, int w) {
            auto closed = cases.close(caseId, core::CaseOutcome::Other, QStringLiteral("Переезд %1").arg(w), true);
            return closed ? QString() : closed.error().message;
        });
        CHECK(std::ranges::count(outcomes, QString()) == 1);
        CHECK(std::ranges::count(outcomes, QStringLiteral("The case is closed already.")) == kWorkstations - 1);
    }
}
