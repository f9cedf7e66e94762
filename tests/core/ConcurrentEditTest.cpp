// SPDX-License-Identifier: GPL-3.0-or-later
// Several workstations saving the same record at the same moment, each a thread with a connection of its own: one
// save goes through, every other one is refused and told who saved and when, and nothing is lost or half-written.
#include "core/handoff/HandoffRepository.h"
#include "core/handoff/HandoffService.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>
#include <QThread>

#include <catch2/catch.hpp>
#include <latch>
#include <vector>

using namespace zabota;
using core::Error;

namespace {

constexpr int kWorkstations = 4;

// What one workstation's save came to.
struct Outcome {
    bool saved = false;
    Error::Kind kind = Error::Kind::Storage;
    QString message;
    QString failure; // a problem of the test itself (no connection)
};

// The people at the desks: a user each, with a name the messages can be checked for.
QList<core::User> desks(tests::TestDatabase& t, core::Role role)
{
    QList<core::User> users;
    for (int w = 0; w < kWorkstations; ++w)
        users << t.addUser(QStringLiteral("desk%1").arg(w), QStringLiteral("Сотрудник Номер%1").arg(w), {role});
    return users;
}

// Runs `save` on every workstation at once (each after opening its own connection) and returns the outcomes.
template <typename Save>
std::vector<Outcome> atOnce(const core::DatabaseAddress& address, Save save)
{
    std::vector<Outcome> outcomes(kWorkstations);
    std::latch ready(kWorkstations);
    std::vector<std::unique_ptr<QThread>> workstations;
    for (int w = 0; w < kWorkstations; ++w) {
        workstations.emplace_back(QThread::create([&, w] {
            auto db = core::Database::open(address);
            ready.arrive_and_wait();
            if (!db) {
                outcomes[w].failure = db.error().message + QLatin1String(" / ") + db.error().detail;
                return;
            }
            const core::Status status = save(**db, w);
            outcomes[w].saved = status.has_value();
            if (!status) {
                outcomes[w].kind = status.error().kind;
                outcomes[w].message = status.error().message;
            }
        }));
        workstations.back()->start();
    }
    for (const auto& workstation : workstations)
        workstation->wait();
    return outcomes;
}

// The one workstation that saved; every other one refused as a Conflict whose message names it and its time.
int checkOneSaved(const std::vector<Outcome>& outcomes, const QList<core::User>& users, const QString& time)
{
    int winner = -1;
    for (int w = 0; w < kWorkstations; ++w) {
        INFO("workstation " << w << ": " << outcomes[w].failure.toStdString() << outcomes[w].message.toStdString());
        REQUIRE(outcomes[w].failure.isEmpty());
        if (outcomes[w].saved) {
            CHECK(winner == -1);
            winner = w;
        }
    }
    REQUIRE(winner >= 0);
    for (int w = 0; w < kWorkstations; ++w) {
        if (w == winner)
            continue;
        INFO("workstation " << w << ": " << outcomes[w].message.toStdString());
        CHECK(outcomes[w].kind == Error::Kind::Conflict);
        CHECK(outcomes[w].message.contains(users[winner].fullName));
        CHECK(outcomes[w].message.contains(time));
    }
    return winner;
}

} // namespace

TEST_CASE("four workstations save one entry at once: one saves, the others are told who and when",
          "[journal][edit][concurrency]")
{
    tests::TestDatabase t;
    const QList<core::User> users = desks(t, core::Role::Dispatcher);
    const auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Исходный текст")));
    REQUIRE(entry);
    const QDateTime at(QDate(2026, 3, 10), QTime(15, 7));

    const auto outcomes = atOnce(t.address(), [&](core::Database& db, int w) -> core::Status {
        core::JournalRepository repo(db);
        core::CategoryRepository categories(db);
        core::JournalService journal(repo, categories, users[w], [at] { return at; });
        core::EntryDraft mine = entry->draft;
        mine.summary = QStringLiteral("Правка стола %1").arg(w);
        auto saved = journal.updateEntry(entry->id, entry->version, mine);
        return saved ? core::Status() : std::unexpected(saved.error());
    });
    const int winner = checkOneSaved(outcomes, users, QStringLiteral("at 15:07 (10.03.2026)"));

    const auto stored = t.journal().entry(entry->id).value();
    CHECK(stored.version == 2);
    CHECK(stored.updatedBy == users[winner].id);
    CHECK(stored.draft.summary == QStringLiteral("Правка стола %1").arg(winner));
    CHECK(t.journal().history(entry->id).value().size() == 1);
}

TEST_CASE("four workstations save one family card at once: one saves, the others are told who and when",
          "[family][edit][concurrency]")
{
    tests::TestDatabase t;
    const QList<core::User> users = desks(t, core::Role::Curator);
    const auto family =
        t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), QDate(2015, 6, 1)));
    REQUIRE(family);
    const QDateTime at(QDate(2026, 3, 10), QTime(16, 45));

    const auto outcomes = atOnce(t.address(), [&](core::Database& db, int w) -> core::Status {
        core::JournalRepository journal(db);
        core::FamilyRepository repo(db, journal);
        core::DistrictRepository districts(db);
        core::AuditRepository audit(db);
        core::FamilyService families(repo, districts, audit, users[w], [at] { return at; });
        core::FamilyDraft mine = family->draft;
        mine.housingNotes = QStringLiteral("Правка стола %1").arg(w);
        // Each desk also changes the members in its own way: a half-written save would mix them.
        mine.members[1].schoolOrWork = QStringLiteral("Школа № %1").arg(w + 1);
        auto saved = families.updateFamily(family->id, family->version, mine);
        return saved ? core::Status() : std::unexpected(saved.error());
    });
    const int winner = checkOneSaved(outcomes, users, QStringLiteral("at 16:45 (10.03.2026)"));

    const auto stored = t.familyRepo().get(family->id).value();
    CHECK(stored.version == 2);
    CHECK(stored.updatedBy == users[winner].id);
    CHECK(stored.draft.housingNotes == QStringLiteral("Правка стола %1").arg(winner));
    REQUIRE(stored.draft.members.size() == 2);
    CHECK(stored.draft.members[1].schoolOrWork == QStringLiteral("Школа № %1").arg(winner + 1));
}

TEST_CASE("four curators accept one handoff at once: one case opens, the others are told who was first",
          "[handoff][concurrency]")
{
    tests::TestDatabase t;
    const QList<core::User> users = desks(t, core::Role::Curator);
    const auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Развод, дети")));
    REQUIRE(entry);
    core::HandoffRepository handoffs(t.db());
    core::HandoffService dispatcher(handoffs, t.users(), t.dispatcher(), [&t] { return t.now(); });
    const auto offered = dispatcher.offer(entry->id, std::nullopt, std::nullopt, {});
    REQUIRE(offered);
    const QDateTime at(QDate(2026, 3, 10), QTime(17, 2));

    const auto outcomes = atOnce(t.address(), [&](core::Database& db, int w) -> core::Status {
        core::HandoffRepository repo(db);
        core::UserRepository people(db);
        core::HandoffService curator(repo, people, users[w], [at] { return at; });
        auto accepted = curator.accept(offered->id);
        return accepted ? core::Status() : std::unexpected(accepted.error());
    });
    const int winner = checkOneSaved(outcomes, users, QStringLiteral("at 17:02 (10.03.2026)"));

    const auto stored = handoffs.get(offered->id).value();
    CHECK(stored.state == core::HandoffState::Accepted);
    REQUIRE(stored.caseId);
    CHECK(handoffs.supportCase(*stored.caseId)->curatorId == users[winner].id);
    CHECK(handoffs.history(offered->id).value().size() == 2);
    QSqlQuery cases(t.db().connection());
    REQUIRE(cases.exec(QStringLiteral("SELECT COUNT(*) FROM support_case")));
    REQUIRE(cases.next());
    CHECK(cases.value(0).toInt() == 1);
}

TEST_CASE("a curator who decided on a handoff reassigned meanwhile is refused and told who changed it",
          "[handoff][edit]")
{
    tests::TestDatabase t;
    const auto curator =
        t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    const auto other =
        t.addUser(QStringLiteral("kuznetsova"), QStringLiteral("Кузнецова Ольга"), {core::Role::Curator});
    const auto supervisor =
        t.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна"), {core::Role::Supervisor});
    const auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Развод, дети")));
    REQUIRE(entry);
    core::HandoffRepository handoffs(t.db());
    core::HandoffService dispatcher(handoffs, t.users(), t.dispatcher(), [&t] { return t.now(); });
    const auto offered = dispatcher.offer(entry->id, std::nullopt, curator.id, {}).value();

    // The supervisor gives it to another curator at 14:50 while the first one still has it open.
    t.setNow(QDateTime(QDate(2026, 3, 10), QTime(14, 50)));
    core::HandoffService boss(handoffs, t.users(), supervisor, [&t] { return t.now(); });
    REQUIRE(boss.reassign(offered.id, other.id));

    // The first curator's decision was made on the version offered to her.
    core::HandoffRepository::Move accept{core::HandoffAction::Accept, curator.id, {}, {}, {}, offered.version};
    auto refused = handoffs.move(offered.id, accept, t.now().addSecs(60));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message ==
          QStringLiteral("The handoff of entry 1/2026 was changed by Белова Татьяна at 14:50 (10.03.2026) while you "
                         "had it open: it is now offered to Кузнецова Ольга. Nothing was changed; look at it again "
                         "and decide."));
    CHECK(handoffs.get(offered.id)->curatorId == other.id);
    CHECK(handoffs.get(offered.id)->state == core::HandoffState::Offered);
}

TEST_CASE("four workstations escalating the same overdue handoffs at once all finish without an error",
          "[handoff][concurrency]")
{
    tests::TestDatabase t;
    const auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Развод, дети")));
    REQUIRE(entry);
    core::HandoffRepository handoffs(t.db());
    core::HandoffService here(handoffs, t.users(), t.dispatcher(), [&t] { return t.now(); });
    constexpr int kHandoffs = 12;
    for (int i = 0; i < kHandoffs; ++i)
        REQUIRE(here.offer(entry->id, std::nullopt, std::nullopt, {}));
    const QDateTime later = t.now().addDays(3);

    // Every workstation escalates on its own clock; a handoff another one escalated first is no error.
    std::vector<int> counts(kWorkstations, 0);
    const auto outcomes = atOnce(t.address(), [&](core::Database& db, int w) -> core::Status {
        core::HandoffRepository repo(db);
        core::UserRepository people(db);
        core::HandoffService desk(repo, people, t.dispatcher(), [later] { return later; });
        auto escalated = desk.escalateOverdue();
        if (!escalated)
            return std::unexpected(escalated.error());
        counts[w] = *escalated;
        return {};
    });
    int total = 0;
    for (int w = 0; w < kWorkstations; ++w) {
        INFO("workstation " << w << ": " << outcomes[w].failure.toStdString() << outcomes[w].message.toStdString());
        CHECK(outcomes[w].saved);
        total += counts[w];
    }
    CHECK(total == kHandoffs);
    const QList<core::Handoff> escalated = handoffs.inState(core::HandoffState::Escalated).value();
    CHECK(escalated.size() == kHandoffs);
    for (const core::Handoff& h : escalated)
        CHECK(handoffs.history(h.id).value().size() == 2);
}
