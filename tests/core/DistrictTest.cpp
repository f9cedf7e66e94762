// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::Error;

TEST_CASE("the seeded city has 4 districts of 4 micro-districts, and an administrator adds and renames them",
          "[family][districts]")
{
    tests::TestDatabase t;
    core::FamilyService& families = t.adminFamilies();
    REQUIRE(families.districts().value().size() == 4);
    REQUIRE(families.microDistricts().value().size() == 16);

    const auto north = families.addDistrict(QStringLiteral("  Северный   район "));
    REQUIRE(north);
    const auto all = families.districts().value();
    REQUIRE(all.size() == 5);
    CHECK(all.last().name == QStringLiteral("Северный район"));
    const auto micro = families.addMicroDistrict(*north, QStringLiteral("Микроучасток 1"));
    REQUIRE(micro); // the same name in another district is another micro-district
    REQUIRE(families.renameMicroDistrict(*micro, QStringLiteral("Тарманы")));
    REQUIRE(families.microDistricts(*north).value().first().name == QStringLiteral("Тарманы"));

    const core::User curator =
        t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    REQUIRE(families.setSpecialist(*micro, curator.id));
    CHECK(families.microDistricts(*north).value().first().specialistId == curator.id);
    REQUIRE(families.setSpecialist(*micro, std::nullopt));
    CHECK_FALSE(families.microDistricts(*north).value().first().specialistId.has_value());
}

TEST_CASE("a blank or taken district name, or a dispatcher changing districts, is refused and nothing changes",
          "[family][districts]")
{
    tests::TestDatabase t;
    core::FamilyService& admin = t.adminFamilies();
    const auto districts = admin.districts().value();

    auto blank = admin.addDistrict(QStringLiteral("   "));
    REQUIRE_FALSE(blank);
    CHECK(blank.error().kind == Error::Kind::Validation);
    // Case and Ё/Е folded: «ЦЕНТРАЛЬНЫЙ» is «Центральный».
    auto taken = admin.renameDistrict(districts[1].id, QStringLiteral("ЦЕНТРАЛЬНЫЙ"));
    REQUIRE_FALSE(taken);
    CHECK(taken.error().kind == Error::Kind::Conflict);
    CHECK(taken.error().message.contains(QStringLiteral("Центральный")));
    auto takenMicro = admin.addMicroDistrict(districts[0].id, QStringLiteral("микроучасток 2"));
    REQUIRE_FALSE(takenMicro);
    // Renaming a district to its own name with another case is no conflict with itself.
    CHECK(admin.renameDistrict(districts[1].id, QStringLiteral("КАЛИНИНСКИЙ")));

    auto refused = t.families().addDistrict(QStringLiteral("Новый"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Auth);
    CHECK(admin.districts().value().size() == 4);
    CHECK(admin.microDistricts(districts[0].id).value().size() == 4);
}
