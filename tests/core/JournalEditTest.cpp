// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;

TEST_CASE("an edit keeps who changed which field when, and from what to what", "[journal][edit]")
{
    tests::TestDatabase t;
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Первичное обращение")));
    REQUIRE(entry);
    CHECK(entry->version == 1);
    CHECK(entry->createdByName == QStringLiteral("Петрова Анна Сергеевна"));

    t.setNow(t.now().addSecs(3600));
    core::EntryDraft changed = entry->draft;
    changed.status = core::EntryStatus::InWork;
    changed.actionTaken = QStringLiteral("Записана к психологу на 12.03");
    auto saved = t.journal().updateEntry(entry->id, entry->version, changed);
    REQUIRE(saved);
    CHECK(saved->version == 2);
    CHECK(saved->draft.actionTaken == QStringLiteral("Записана к психологу на 12.03"));
    CHECK(saved->updatedAt == t.now());
    CHECK(saved->createdAt == entry->createdAt);

    const auto history = t.journal().history(entry->id).value();
    REQUIRE(history.size() == 1);
    CHECK(history[0].changedByName == QStringLiteral("Петрова Анна Сергеевна"));
    CHECK(history[0].changedAt == t.now());
    REQUIRE(history[0].fields.size() == 2);
    CHECK(history[0].fields[0].field == QStringLiteral("actionTaken"));
    CHECK(history[0].fields[0].before.isEmpty());
    CHECK(history[0].fields[1].field == QStringLiteral("status"));
    CHECK(core::JournalService::fieldValue(QStringLiteral("status"), history[0].fields[1].after) ==
          core::label(core::EntryStatus::InWork));
}

TEST_CASE("a save over someone else's newer save is refused and changes nothing", "[journal][edit]")
{
    tests::TestDatabase t;
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("Исходный текст")));
    REQUIRE(entry);

    // Another workstation saves first, two minutes later.
    core::EntryDraft theirs = entry->draft;
    theirs.summary = QStringLiteral("Их правка");
    REQUIRE(t.journalRepo().update(entry->id, entry->version, theirs, t.admin().id, t.now().addSecs(120)));

    core::EntryDraft mine = entry->draft;
    mine.summary = QStringLiteral("Моя правка");
    t.setNow(t.now().addSecs(300));
    auto stale = t.journal().updateEntry(entry->id, entry->version, mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == core::Error::Kind::Conflict);
    // Who (the full name of the user who saved) and when (local time, then the day), and that nothing typed is lost.
    CHECK(stale.error().message.startsWith(
        QStringLiteral("Entry 1/2026 was changed by Администратор Системы at 14:32 (10.03.2026) while you were "
                       "editing it. Your changes are still in the form")));

    auto now = t.journal().entry(entry->id);
    REQUIRE(now);
    CHECK(now->draft.summary == QStringLiteral("Их правка"));
    CHECK(now->version == 2);
    CHECK(t.journal().history(entry->id).value().size() == 1);
}

TEST_CASE("a save of an entry taken back meanwhile says it was deleted and writes nothing", "[journal][edit]")
{
    tests::TestDatabase t;
    auto silent = t.journal().registerQuickCall(core::Disposition::Silent);
    REQUIRE(silent);
    // A colleague opens the call to make an appeal of it while the dispatcher takes it back as a mistake.
    core::EntryDraft mine = silent->draft;
    mine.summary = QStringLiteral("Перезвонила, просит консультацию");
    REQUIRE(t.journal().undoQuickCall(silent->id));

    core::JournalService colleague(t.journalRepo(), t.categories(), t.admin(), [&t] { return t.now(); });
    auto refused = colleague.updateEntry(silent->id, silent->version, mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == core::Error::Kind::NotFound);
    CHECK(refused.error().message.contains(QStringLiteral("deleted at another workstation")));
    CHECK(refused.error().message.contains(QStringLiteral("Your text is still in the form")));
    CHECK(t.journal().count({}).value() == 0);
}

TEST_CASE("an entry's date cannot move to another year, since its number belongs to its year", "[journal][edit]")
{
    tests::TestDatabase t;
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("текст")));
    REQUIRE(entry);
    core::EntryDraft moved = entry->draft;
    moved.receivedAt = QDateTime(QDate(2025, 12, 31), QTime(10, 0));
    auto result = t.journal().updateEntry(entry->id, entry->version, moved);
    REQUIRE_FALSE(result);
    CHECK(result.error().field == QStringLiteral("receivedAt"));
    CHECK(t.journal().entry(entry->id)->draft.receivedAt == entry->draft.receivedAt);
}

TEST_CASE("calls with no case data are registered closed and anonymous with one call", "[journal][quick]")
{
    tests::TestDatabase t;
    auto silent = t.journal().registerQuickCall(core::Disposition::Silent, QStringLiteral("Телефон доверия"));
    auto wrong = t.journal().registerQuickCall(core::Disposition::WrongNumber);
    REQUIRE(silent);
    REQUIRE(wrong);
    CHECK(silent->draft.disposition == core::Disposition::Silent);
    CHECK(silent->draft.status == core::EntryStatus::Closed);
    CHECK(silent->draft.anonymous);
    CHECK(silent->draft.line == QStringLiteral("Телефон доверия"));
    CHECK(silent->draft.receivedAt == t.now());
    CHECK(wrong->regNo == silent->regNo + 1);
}

TEST_CASE("a call registered with a keystroke by mistake can be taken back and its number is given again",
          "[journal][quick][undo]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("обращение"))));
    auto mistake = t.journal().registerQuickCall(core::Disposition::WrongNumber);
    REQUIRE(mistake);
    CHECK(mistake->regNo == 2);

    REQUIRE(t.journal().undoQuickCall(mistake->id));
    CHECK(t.journal().count({}).value() == 1);
    CHECK_FALSE(t.journal().entry(mistake->id).has_value());
    core::JournalFilter silent;
    silent.status = core::EntryStatus::Closed;
    CHECK(t.journal().count(silent).value() == 0);

    auto next = t.journal().registerQuickCall(core::Disposition::Silent);
    REQUIRE(next);
    CHECK(next->regNo == 2); // no gap
}

TEST_CASE("a quick call cannot be taken back once the journal has moved on", "[journal][quick][undo]")
{
    tests::TestDatabase t;
    auto first = t.journal().registerQuickCall(core::Disposition::Silent);
    REQUIRE(first);
    auto second = t.journal().registerQuickCall(core::Disposition::HangUp);
    REQUIRE(second);

    SECTION("an entry registered after it")
    {
        auto refused = t.journal().undoQuickCall(first->id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(first->registrationNumber()));
        CHECK(t.journal().count({}).value() == 2);
    }
    SECTION("too late")
    {
        t.setNow(t.now().addSecs(11 * 60));
        REQUIRE_FALSE(t.journal().undoQuickCall(second->id));
        CHECK(t.journal().count({}).value() == 2);
    }
    SECTION("someone else's")
    {
        core::JournalService asAdmin(t.journalRepo(), t.categories(), t.admin(), [&t] { return t.now(); });
        REQUIRE_FALSE(asAdmin.undoQuickCall(second->id));
        CHECK(t.journal().count({}).value() == 2);
    }
    SECTION("changed since")
    {
        core::EntryDraft changed = second->draft;
        changed.line = QStringLiteral("Детский телефон доверия");
        REQUIRE(t.journal().updateEntry(second->id, second->version, changed));
        REQUIRE_FALSE(t.journal().undoQuickCall(second->id));
        CHECK(t.journal().count({}).value() == 2);
    }
}

TEST_CASE("an appeal with case data is never taken back", "[journal][undo]")
{
    tests::TestDatabase t;
    auto appeal = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("обращение")));
    REQUIRE(appeal);
    auto refused = t.journal().undoQuickCall(appeal->id);
    REQUIRE_FALSE(refused);
    CHECK(t.journal().entry(appeal->id).has_value());
}
