// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <QSysInfo>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

// The audit repository offers no way to change or remove a record; these names must never appear.
template <typename T>
constexpr bool kHasUpdate = requires
{
    &T::update;
};
template <typename T>
constexpr bool kHasRemove = requires
{
    &T::remove;
};
template <typename T>
constexpr bool kHasErase = requires
{
    &T::erase;
};
template <typename T>
constexpr bool kHasClear = requires
{
    &T::clear;
};

} // namespace

TEST_CASE("opening a family card writes who opened which card, when and from which workstation", "[audit]")
{
    tests::TestDatabase t;
    auto family = t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Иванова")));
    REQUIRE(family);

    t.setNow(t.now().addSecs(120));
    auto card = t.families().openCard(family->id);
    REQUIRE(card);
    CHECK(card->cardNo == family->cardNo);

    core::AuditFilter filter;
    filter.action = core::AuditAction::View;
    const auto records = t.audit().list(filter).value();
    REQUIRE(records.size() == 1);
    CHECK(records[0].userId == t.dispatcher().id);
    CHECK(records[0].userName == t.dispatcher().fullName);
    CHECK(records[0].objectType == QStringLiteral("family"));
    CHECK(records[0].objectId == family->id);
    CHECK(records[0].workstation == QSysInfo::machineHostName());
    CHECK(records[0].at == t.now());
    CHECK(records[0].details.contains(family->cardNo));
}

TEST_CASE("every opening is a new record, newest first, and the log filters by object and user", "[audit]")
{
    tests::TestDatabase t;
    auto first = t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Первая")));
    auto second = t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Вторая")));
    REQUIRE(first);
    REQUIRE(second);
    core::FamilyService adminFamilies(t.familyRepo(), t.districts(), t.audit(), t.admin(), [&t] { return t.now(); });
    adminFamilies.setWorkstation(QStringLiteral("KABINET-7"));

    for (int i = 0; i < 3; ++i) {
        t.setNow(t.now().addSecs(60));
        REQUIRE(t.families().openCard(first->id));
    }
    t.setNow(t.now().addSecs(60));
    REQUIRE(adminFamilies.openCard(second->id));

    core::AuditFilter views;
    views.action = core::AuditAction::View;
    const auto all = t.audit().list(views).value();
    REQUIRE(all.size() == 4);
    CHECK(all[0].objectId == second->id);
    CHECK(all[0].workstation == QStringLiteral("KABINET-7"));
    CHECK(all[0].userId == t.admin().id);
    CHECK(all[1].at > all[2].at);

    core::AuditFilter ofFirst = views;
    ofFirst.objectType = QStringLiteral("family");
    ofFirst.objectId = first->id;
    CHECK(t.audit().list(ofFirst).value().size() == 3);
    core::AuditFilter byAdmin;
    byAdmin.userId = t.admin().id;
    CHECK(t.audit().list(byAdmin).value().size() == 1);
    CHECK(t.audit().list(views, 2).value().size() == 2);

    // Creating a card is logged too.
    core::AuditFilter creations;
    creations.action = core::AuditAction::Create;
    CHECK(t.audit().list(creations).value().size() == 2);
}

TEST_CASE("a card whose viewing cannot be logged is not shown", "[audit]")
{
    tests::TestDatabase t;
    auto family = t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Иванова")));
    REQUIRE(family);
    t.refuseWrites();
    auto card = t.families().openCard(family->id);
    REQUIRE_FALSE(card);
    CHECK(card.error().kind == core::Error::Kind::ReadOnly);
}

TEST_CASE("the audit log can only be appended to", "[audit]")
{
    STATIC_REQUIRE_FALSE(kHasUpdate<core::AuditRepository>);
    STATIC_REQUIRE_FALSE(kHasRemove<core::AuditRepository>);
    STATIC_REQUIRE_FALSE(kHasErase<core::AuditRepository>);
    STATIC_REQUIRE_FALSE(kHasClear<core::AuditRepository>);

    tests::TestDatabase t;
    core::AuditRecord record;
    record.at = t.now();
    record.userId = t.admin().id;
    record.workstation = QStringLiteral("ARM-1");
    record.action = core::AuditAction::Export;
    record.objectType = QStringLiteral("journal");
    auto appended = t.audit().append(record);
    REQUIRE(appended);
    CHECK(appended->id > 0);
    auto missingObject = record;
    missingObject.objectType.clear();
    CHECK_FALSE(t.audit().append(missingObject));
    const auto listed = t.audit().list({}).value();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].action == core::AuditAction::Export);
    CHECK_FALSE(listed[0].objectId.has_value());
}
