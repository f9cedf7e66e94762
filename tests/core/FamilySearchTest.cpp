// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/EmptyDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

core::Family create(tests::TestDatabase& t, const core::FamilyDraft& draft)
{
    auto family = t.families().createFamily(draft);
    if (!family)
        FAIL(family.error().message.toStdString());
    return *family;
}

// The card numbers the search box shows for what was typed, in its order.
QStringList found(tests::TestDatabase& t, const QString& typed)
{
    auto result = t.families().search(typed);
    REQUIRE(result);
    QStringList cards;
    for (const auto& family : std::as_const(*result))
        cards << family.cardNo;
    return cards;
}

} // namespace

TEST_CASE("a phone typed in any format, from its first digits, finds the family", "[family][search]")
{
    tests::TestDatabase t;
    const auto smirnova = create(
        t, tests::TestDatabase::familyDraft(QStringLiteral("Смирнова"), {}, QStringLiteral("+7 (912) 345-67-89")));
    create(t, tests::TestDatabase::familyDraft(QStringLiteral("Кузнецова"), {}, QStringLiteral("8 922 111 22 33")));
    for (const QString& typed : {QStringLiteral("8 912 345-67-89"), QStringLiteral("+7 (912) 34"),
                                 QStringLiteral("8912"), QStringLiteral("912 345"), QStringLiteral("79123456789")}) {
        INFO(typed.toStdString());
        CHECK(found(t, typed) == QStringList{smirnova.cardNo});
    }
    CHECK(found(t, QStringLiteral("8 913")).isEmpty());
    // Two digits are not a number yet: nothing is looked up by phone.
    CHECK(found(t, QStringLiteral("89")).isEmpty());
}

TEST_CASE("the beginning of a surname, name or patronymic finds the family, case and Ё/Е folded", "[family][search]")
{
    tests::TestDatabase t;
    const auto yolkina = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Ёлкина"), QDate(2015, 4, 1)));
    const auto double_ = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Иванова-Петрова")));
    CHECK(found(t, QStringLiteral("елк")) == QStringList{yolkina.cardNo});
    CHECK(found(t, QStringLiteral("ЁЛКИНА")) == QStringList{yolkina.cardNo});
    // The child's first name is on the card too.
    CHECK(found(t, QStringLiteral("Елкина Артем")) == QStringList{yolkina.cardNo});
    // Either half of a hyphenated surname.
    CHECK(found(t, QStringLiteral("петрова")) == QStringList{double_.cardNo});
    CHECK(found(t, QStringLiteral("Иванова")) == QStringList{double_.cardNo});
    // Every word must match.
    CHECK(found(t, QStringLiteral("Елкина Петрова")).isEmpty());
    CHECK(found(t, QStringLiteral("   ")).isEmpty());
}

TEST_CASE("words of an address find the family whichever way the street was written", "[family][search]")
{
    tests::TestDatabase t;
    const auto lenina =
        create(t, tests::TestDatabase::familyDraft(QStringLiteral("Орлова"), {}, {},
                                                   QStringLiteral("г. Тюмень, ул. Ленина, д. 5, кв. 12")));
    create(t, tests::TestDatabase::familyDraft(QStringLiteral("Соколова"), {}, {},
                                               QStringLiteral("г. Тюмень, ул. Республики, д. 50")));
    CHECK(found(t, QStringLiteral("ленина 5")) == QStringList{lenina.cardNo});
    CHECK(found(t, QStringLiteral("улица Ленина")) == QStringList{lenina.cardNo});
    CHECK(found(t, QStringLiteral("тюмень")).size() == 2);
}

TEST_CASE("the search follows a card's edits: the old surname and phone no longer find it", "[family][search]")
{
    tests::TestDatabase t;
    const auto family =
        create(t, tests::TestDatabase::familyDraft(QStringLiteral("Волкова"), {}, QStringLiteral("89120000001")));
    auto draft = tests::TestDatabase::familyDraft(QStringLiteral("Зайцева"), {}, QStringLiteral("89120000002"));
    REQUIRE(t.families().updateFamily(family.id, family.version, draft));
    CHECK(found(t, QStringLiteral("Волкова")).isEmpty());
    CHECK(found(t, QStringLiteral("8 912 000 00 01")).isEmpty());
    CHECK(found(t, QStringLiteral("Зайцева")) == QStringList{family.cardNo});
    CHECK(found(t, QStringLiteral("8 912 000 00 02")) == QStringList{family.cardNo});
}

TEST_CASE("cards written before the search index existed are found after the upgrade", "[family][search][migration]")
{
    tests::EmptyDatabase empty;
    const QString older = QDir(empty.dir()).filePath(QStringLiteral("older"));
    QDir().mkpath(older);
    const QDir shipped(core::Database::defaultMigrationsDir());
    for (const QString& name : shipped.entryList(QDir::Files)) {
        if (name.section(QLatin1Char('_'), 0, 0).toInt() < 7)
            QFile::copy(shipped.filePath(name), older + QLatin1Char('/') + name);
    }
    {
        auto db = empty.open(older);
        REQUIRE(db);
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO app_user (login, full_name, password_hash, created_at) "
                                      "VALUES ('a', 'A', 'x', 0)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO family (id, card_year, card_seq, card_no, registered_address, registered_address_key, "
            "created_at, created_by, updated_at, updated_by) VALUES (1, 2026, 1, '1/2026', 'ул. Ленина, 5', "
            "'ул ленина 5', 0, 1, 0, 1)")));
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO family_member (family_id, position, surname, first_name, patronymic, "
                                  "surname_key, relation) VALUES (1, 0, 'Ёжикова', 'Анна', '', 'ежикова', "
                                  "'mother')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO family_phone (family_id, position, phone, digits) VALUES (1, 0, '8 912 345 67 89', "
            "'79123456789')")));
    }
    auto db = empty.open();
    REQUIRE(db);
    core::JournalRepository journal(**db);
    core::FamilyRepository families(**db, journal);
    for (const QString& typed : {QStringLiteral("ежикова"), QStringLiteral("Ёжик"), QStringLiteral("ленина 5"),
                                 QStringLiteral("912 345"), QStringLiteral("8912345")}) {
        INFO(typed.toStdString());
        auto result = families.search(typed, 10);
        REQUIRE(result);
        REQUIRE(result->size() == 1);
        CHECK(result->first().cardNo == QStringLiteral("1/2026"));
    }
}
