// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;

TEST_CASE("an administrator adds, renames and switches off categories, and a dispatcher cannot", "[journal][category]")
{
    tests::TestDatabase t;
    core::JournalService asAdmin(t.journalRepo(), t.categories(), t.admin(), [&t] { return t.now(); });

    auto refused = t.journal().addCategory(QStringLiteral("Буллинг в школе"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == core::Error::Kind::Auth);

    auto added = asAdmin.addCategory(QStringLiteral("  Буллинг   в школе "));
    REQUIRE(added);
    CHECK(added->title == QStringLiteral("Буллинг в школе"));
    CHECK(asAdmin.categories().value().last().title == QStringLiteral("Буллинг в школе"));

    auto duplicate = asAdmin.addCategory(QStringLiteral("БУЛЛИНГ В ШКОЛЕ"));
    REQUIRE_FALSE(duplicate);
    CHECK(duplicate.error().kind == core::Error::Kind::Conflict);
    CHECK_FALSE(asAdmin.addCategory(QStringLiteral("   ")).has_value());

    REQUIRE(asAdmin.renameCategory(added->id, QStringLiteral("Травля в школе")));
    REQUIRE(asAdmin.setCategoryActive(added->id, false));
    CHECK(asAdmin.categories().value().size() == 11);
    const auto all = asAdmin.categories(true).value();
    REQUIRE(all.size() == 12);
    CHECK(all.last().title == QStringLiteral("Травля в школе"));
    CHECK_FALSE(all.last().active);
}

TEST_CASE("an entry keeps its category after the category is switched off", "[journal][category]")
{
    tests::TestDatabase t;
    core::JournalService asAdmin(t.journalRepo(), t.categories(), t.admin(), [&t] { return t.now(); });
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Иванова"), QStringLiteral("текст")));
    REQUIRE(entry);
    REQUIRE(asAdmin.setCategoryActive(*entry->draft.categoryId, false));
    auto again = t.journal().entry(entry->id);
    REQUIRE(again);
    CHECK(again->categoryTitle == entry->categoryTitle);
}
