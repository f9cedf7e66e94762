// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AddressKey.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::DuplicateReason;

namespace {

core::FamilyId create(tests::TestDatabase& t, const core::FamilyDraft& draft)
{
    auto family = t.families().createFamily(draft);
    if (!family)
        FAIL(family.error().message.toStdString());
    return family->id;
}

// The reasons a draft is taken for the family `id`; empty when it is not a candidate.
QList<DuplicateReason> reasonsFor(tests::TestDatabase& t, const core::FamilyDraft& draft, core::FamilyId id)
{
    auto candidates = t.families().duplicates(draft);
    REQUIRE(candidates);
    for (const auto& candidate : std::as_const(*candidates)) {
        if (candidate.family.id == id)
            return candidate.reasons;
    }
    return {};
}

} // namespace

TEST_CASE("a phone typed with +7, 8, spaces, brackets or hyphens finds the same family", "[family][duplicates]")
{
    tests::TestDatabase t;
    const auto id = create(
        t, tests::TestDatabase::familyDraft(QStringLiteral("Смирнова"), {}, QStringLiteral("+7 (912) 345-67-89")));
    const QStringList typings{QStringLiteral("8 912 345 67 89"), QStringLiteral("89123456789"),
                              QStringLiteral("+7 912 3456789"),  QStringLiteral("7(912)345-67-89"),
                              QStringLiteral("8-912-345-67-89"), QStringLiteral("9123456789")};
    for (const QString& typed : typings) {
        INFO(typed.toStdString());
        const auto reasons = reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Другая"), {}, typed), id);
        CHECK(reasons == QList<DuplicateReason>{DuplicateReason::SamePhone});
    }
    CHECK(reasonsFor(
              t, tests::TestDatabase::familyDraft(QStringLiteral("Другая"), {}, QStringLiteral("8 912 345 67 80")), id)
              .isEmpty());
}

TEST_CASE("the same surname with Ё or Е, in any case, and the same child's birth date is a candidate",
          "[family][duplicates]")
{
    tests::TestDatabase t;
    const QDate born(2015, 4, 1);
    const auto id = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Ёлкина"), born));
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Елкина"), born), id) ==
          QList<DuplicateReason>{DuplicateReason::SameSurnameAndChildBirthDate});
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("ЕЛКИНА"), born), id) ==
          QList<DuplicateReason>{DuplicateReason::SameSurnameAndChildBirthDate});
    // Another child's birth date, or another surname, is another family.
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Елкина"), born.addDays(1)), id).isEmpty());
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Ельцова"), born), id).isEmpty());
}

TEST_CASE("a hyphenated surname matches any of its parts, both ways", "[family][duplicates]")
{
    tests::TestDatabase t;
    const QDate born(2016, 2, 2);
    const auto hyphenated = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Иванова-Петрова"), born));
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Петрова"), born), hyphenated) ==
          QList<DuplicateReason>{DuplicateReason::SameSurnameAndChildBirthDate});
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("иванова"), born), hyphenated) ==
          QList<DuplicateReason>{DuplicateReason::SameSurnameAndChildBirthDate});
    // A part must match whole: «Петров» is not «Петрова».
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Петров"), born), hyphenated).isEmpty());

    const QDate other(2017, 7, 7);
    const auto plain = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Сидорова"), other));
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Сидорова-Кузнецова"), other), plain) ==
          QList<DuplicateReason>{DuplicateReason::SameSurnameAndChildBirthDate});
}

TEST_CASE("a surname alone, with no child's birth date in common, is not a candidate", "[family][duplicates]")
{
    tests::TestDatabase t;
    const auto id = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Кузнецова")));
    // The mothers share surname and birth date, but the rule is about children.
    CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Кузнецова")), id).isEmpty());
}

TEST_CASE("an address written with «ул.» or «улица», other punctuation, case and Ё is the same address",
          "[family][duplicates]")
{
    tests::TestDatabase t;
    const auto id =
        create(t, tests::TestDatabase::familyDraft(QStringLiteral("Орлова"), {}, {},
                                                   QStringLiteral("г. Тюмень, ул. Республики, д. 5, кв. 12")));
    const QStringList variants{
        QStringLiteral("Тюмень, улица Республики, дом 5, квартира 12"), QStringLiteral("тюмень ул республики 5-12"),
        QStringLiteral("  г.Тюмень,ул.Республики,д.5,кв.12  "), QStringLiteral("ТЮМЕНЬ УЛИЦА РЕСПУБЛИКИ Д 5 КВ 12")};
    for (const QString& address : variants) {
        INFO(address.toStdString());
        CHECK(reasonsFor(t, tests::TestDatabase::familyDraft(QStringLiteral("Другая"), {}, {}, address), id) ==
              QList<DuplicateReason>{DuplicateReason::SameAddress});
    }
    CHECK(reasonsFor(t,
                     tests::TestDatabase::familyDraft(QStringLiteral("Другая"), {}, {},
                                                      QStringLiteral("г. Тюмень, ул. Республики, д. 15, кв. 2")),
                     id)
              .isEmpty());

    // The actual address is compared too, against both addresses of stored families.
    auto draft = tests::TestDatabase::familyDraft(QStringLiteral("Другая"));
    draft.actualAddress = QStringLiteral("Тюмень, улица Республики, 5, кв 12");
    CHECK(reasonsFor(t, draft, id) == QList<DuplicateReason>{DuplicateReason::SameAddress});
}

TEST_CASE("address keys fold Ё, case, punctuation and the kinds of street", "[family][duplicates]")
{
    using core::text::addressKey;
    CHECK(addressKey(QStringLiteral("г. Тюмень, ул. Ленина, д. 5, кв. 12")) == QStringLiteral("тюмень ул ленина 5 12"));
    CHECK(addressKey(QStringLiteral("Тюмень, проспект Мира 3")) == addressKey(QStringLiteral("Тюмень, пр-т Мира, 3")));
    CHECK(addressKey(QStringLiteral("ул. Зелёная 1")) == addressKey(QStringLiteral("улица Зеленая, 1")));
    CHECK(addressKey(QStringLiteral("ул. Ленина 1")) != addressKey(QStringLiteral("пер. Ленина 1")));
    CHECK(addressKey(QStringLiteral("   ")).isEmpty());
    CHECK(core::text::surnameParts(QStringLiteral("Иванова-Петрова")) ==
          QStringList{QStringLiteral("иванова"), QStringLiteral("петрова")});
}

TEST_CASE("a family matching on several rules shows every reason once, and a card is not its own duplicate",
          "[family][duplicates]")
{
    tests::TestDatabase t;
    const QDate born(2018, 9, 9);
    const auto draft =
        tests::TestDatabase::familyDraft(QStringLiteral("Федорова"), born, QStringLiteral("+7 912 000-11-22"),
                                         QStringLiteral("Тюмень, ул. Мельникайте, 10"));
    const auto id = create(t, draft);
    const auto reasons = reasonsFor(t, draft, id);
    CHECK(reasons == QList<DuplicateReason>{DuplicateReason::SamePhone, DuplicateReason::SameSurnameAndChildBirthDate,
                                            DuplicateReason::SameAddress});
    auto excluded = t.families().duplicates(draft, id);
    REQUIRE(excluded);
    CHECK(excluded->isEmpty());
    CHECK_FALSE(core::FamilyService::reasonText(DuplicateReason::SamePhone).isEmpty());
}
