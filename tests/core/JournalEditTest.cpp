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

    // Another workstation saves first.
    core::EntryDraft theirs = entry->draft;
    theirs.summary = QStringLiteral("Их правка");
    REQUIRE(t.journalRepo().update(entry->id, entry->version, theirs, t.admin().id, t.now()));

    core::EntryDraft mine = entry->draft;
    mine.summary = QStringLiteral("Моя правка");
    auto stale = t.journal().updateEntry(entry->id, entry->version, mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().kind == core::Error::Kind::Conflict);
    CHECK(stale.error().message.contains(QStringLiteral("Администратор Системы")));

    auto now = t.journal().entry(entry->id);
    REQUIRE(now);
    CHECK(now->draft.summary == QStringLiteral("Их правка"));
    CHECK(now->version == 2);
    CHECK(t.journal().history(entry->id).value().size() == 1);
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
