// SPDX-License-Identifier: GPL-3.0-or-later
// The search indexes written again from the rows themselves, as after a database was moved: the journal and the family
// registry find what they found before, on either database.
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

int matches(tests::TestDatabase& t, const QString& text)
{
    core::JournalFilter filter;
    filter.text = text;
    auto count = t.journal().count(filter);
    REQUIRE(count);
    return *count;
}

QStringList cards(tests::TestDatabase& t, const QString& typed)
{
    auto found = t.families().search(typed);
    REQUIRE(found);
    QStringList numbers;
    for (const auto& family : std::as_const(*found))
        numbers << family.cardNo;
    return numbers;
}

// Forgets both indexes, as a database filled by a plain copy of its rows has none.
void forgetIndexes(tests::TestDatabase& t)
{
    QSqlQuery q(t.db().connection());
    if (t.db().dialect().kind() == core::SqlDialect::Kind::Sqlite) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM family_fts")));
    } else {
        REQUIRE(q.exec(QStringLiteral("UPDATE journal_entry SET search_vector = NULL")));
        REQUIRE(q.exec(QStringLiteral("UPDATE family SET search_vector = NULL")));
    }
}

} // namespace

TEST_CASE("the search indexes written again from the rows find what they found before", "[search][storage]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Ёлкина Алёна Петровна"), QStringLiteral("Конфликт с сыном, ночами сидит в телефоне"))));
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Смирнова Ольга"), QStringLiteral("Развод, раздел имущества, ул.Ленина 5"))));
    auto family = t.families().createFamily(tests::TestDatabase::familyDraft(
        QStringLiteral("Ёлкина"), QDate(2015, 4, 1), QStringLiteral("+7 (912) 345-67-89"),
        QStringLiteral("г. Тюмень, ул. Республики, д. 5, кв. 12")));
    REQUIRE(family);
    REQUIRE(t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Кузнецова"))));

    const auto check = [&] {
        CHECK(matches(t, QStringLiteral("елкина")) == 1);
        CHECK(matches(t, QStringLiteral("телеф")) == 1);
        CHECK(matches(t, QStringLiteral("ленин")) == 1);
        CHECK(matches(t, QStringLiteral("9123456789")) == 2);
        CHECK(cards(t, QStringLiteral("елк арт")) == QStringList{family->cardNo});
        CHECK(cards(t, QStringLiteral("912 345")) == QStringList{family->cardNo});
        CHECK(cards(t, QStringLiteral("республ")) == QStringList{family->cardNo});
        CHECK(cards(t, QStringLiteral("кузн")).size() == 1);
    };
    check();

    // Written again over the indexes as they are: nothing found twice, nothing lost.
    {
        auto tx = core::Transaction::begin(t.db());
        REQUIRE(tx);
        CHECK(t.journalRepo().rebuildSearchIndex().value() == 2);
        CHECK(t.familyRepo().rebuildSearchIndex().value() == 2);
        REQUIRE(tx->commit());
    }
    check();

    forgetIndexes(t);
    CHECK(matches(t, QStringLiteral("елкина")) == 0);
    CHECK(cards(t, QStringLiteral("елк")).isEmpty());
    {
        auto tx = core::Transaction::begin(t.db());
        REQUIRE(tx);
        CHECK(t.journalRepo().rebuildSearchIndex().value() == 2);
        CHECK(t.familyRepo().rebuildSearchIndex().value() == 2);
        REQUIRE(tx->commit());
    }
    check();
}
