// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace zabota;

namespace {

QDateTime at(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

} // namespace

TEST_CASE("registration numbers start at 1 each year and follow one another without gaps", "[journal][numbering]")
{
    tests::TestDatabase t;
    t.setNow(at(2026, 1, 1, 0, 10));
    auto a =
        t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("a"), at(2025, 12, 31, 23, 50)));
    auto b =
        t.journal().registerEntry(t.draft(QStringLiteral("Петров"), QStringLiteral("b"), at(2025, 12, 31, 23, 59)));
    auto c = t.journal().registerEntry(t.draft(QStringLiteral("Сидоров"), QStringLiteral("c"), at(2026, 1, 1, 0, 1)));
    auto d = t.journal().registerEntry(t.draft(QStringLiteral("Орлова"), QStringLiteral("d"), at(2026, 1, 1, 0, 5)));
    // An entry received last year but registered late still takes last year's next number.
    auto e = t.journal().registerEntry(t.draft(QStringLiteral("Белова"), QStringLiteral("e"), at(2025, 12, 30, 18, 0)));
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    REQUIRE(d);
    REQUIRE(e);
    CHECK(a->registrationNumber() == QStringLiteral("1/2025"));
    CHECK(b->registrationNumber() == QStringLiteral("2/2025"));
    CHECK(c->registrationNumber() == QStringLiteral("1/2026"));
    CHECK(d->registrationNumber() == QStringLiteral("2/2026"));
    CHECK(e->registrationNumber() == QStringLiteral("3/2025"));
}

TEST_CASE("a batch that fails takes no numbers, so the next entry leaves no gap", "[journal][numbering]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("first"))));

    core::EntryDraft good = t.draft(QStringLiteral("Петров"), QStringLiteral("good"));
    core::EntryDraft broken = t.draft(QStringLiteral("Сидоров"), QStringLiteral("broken"));
    broken.categoryId = 999'999; // no such category: the database refuses the row
    auto batch =
        t.journalRepo().insertBatch({{good, t.dispatcher().id, t.now()}, {broken, t.dispatcher().id, t.now()}});
    REQUIRE_FALSE(batch.has_value());
    CHECK(t.journal().count({}).value() == 1);

    auto next = t.journal().registerEntry(t.draft(QStringLiteral("Орлова"), QStringLiteral("next")));
    REQUIRE(next);
    CHECK(next->regNo == 2);
}

TEST_CASE("two workstations on one database never give the same number", "[journal][numbering]")
{
    tests::TestDatabase t;
    auto second = core::Database::open(t.address());
    REQUIRE(second.has_value());
    core::JournalRepository otherJournal(**second);

    QSet<int> numbers;
    for (int i = 0; i < 20; ++i) {
        auto mine = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("mine %1").arg(i)));
        auto theirs = otherJournal.insert(t.draft(QStringLiteral("Петров"), QStringLiteral("theirs %1").arg(i)),
                                          t.admin().id, t.now());
        REQUIRE(mine);
        REQUIRE(theirs);
        numbers << mine->regNo << theirs->regNo;
    }
    CHECK(numbers.size() == 40);
    CHECK(*std::ranges::min_element(numbers) == 1);
    CHECK(*std::ranges::max_element(numbers) == 40);
}

TEST_CASE("workstations registering at the same moment get every number once, without gaps", "[journal][numbering]")
{
    tests::TestDatabase t;
    constexpr int kWorkstations = 4;
    constexpr int kEach = 25;
    // Each workstation is a thread with a connection of its own; Catch checks only after they are done.
    std::vector<QList<int>> numbers(kWorkstations);
    std::vector<QString> errors(kWorkstations);
    std::vector<std::unique_ptr<QThread>> workstations;
    const core::DatabaseAddress address = t.address();
    const core::UserId by = t.dispatcher().id;
    const core::EntryDraft draft = t.draft(QStringLiteral("Иванова"), QStringLiteral("at the same moment"));
    const QDateTime now = t.now();
    for (int w = 0; w < kWorkstations; ++w) {
        workstations.emplace_back(QThread::create([&, w] {
            auto db = core::Database::open(address);
            if (!db) {
                errors[w] = db.error().message + QLatin1String(" / ") + db.error().detail;
                return;
            }
            core::JournalRepository journal(**db);
            for (int i = 0; i < kEach; ++i) {
                auto entry = journal.insert(draft, by, now);
                if (!entry) {
                    errors[w] = entry.error().message + QLatin1String(" / ") + entry.error().detail;
                    return;
                }
                numbers[w] << entry->regNo;
            }
        }));
        workstations.back()->start();
    }
    for (const auto& workstation : workstations)
        workstation->wait();

    QSet<int> all;
    for (int w = 0; w < kWorkstations; ++w) {
        INFO("workstation " << w);
        CHECK(errors[w].isEmpty());
        CHECK(numbers[w].size() == kEach);
        all.unite(QSet<int>(numbers[w].begin(), numbers[w].end()));
    }
    CHECK(all.size() == kWorkstations * kEach);
    CHECK(*std::ranges::min_element(all) == 1);
    CHECK(*std::ranges::max_element(all) == kWorkstations * kEach);
    CHECK(t.journal().count({}).value() == kWorkstations * kEach);
}
