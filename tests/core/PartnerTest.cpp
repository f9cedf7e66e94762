// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PartnerNetwork.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::Error;
using core::PartnerKind;

namespace {

core::Partner kindergarten(const QString& name)
{
    core::Partner p;
    p.kind = PartnerKind::Kindergarten;
    p.name = name;
    p.agreementNo = QStringLiteral("21/2026");
    p.agreementDate = QDate(2026, 2, 1);
    p.services = QStringLiteral("Место в группе кратковременного пребывания");
    p.phone = QStringLiteral("8 (3452) 00-00-99");
    p.email = QStringLiteral("sad@example.ru");
    p.contactPerson = QStringLiteral("Заведующая Иванова Е. П.");
    p.territory = QStringLiteral("Восточный АО");
    return p;
}

QStringList names(const QList<core::Partner>& partners)
{
    QStringList result;
    for (const core::Partner& p : partners)
        result << p.name;
    return result;
}

} // namespace

TEST_CASE("the resource map of Tyumen is seeded and listed by kind, then by name", "[partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const auto partners = n.partners().list();
    REQUIRE(partners.has_value());
    REQUIRE(partners->size() >= 15);

    QList<PartnerKind> kinds;
    for (const core::Partner& p : *partners) {
        kinds << p.kind;
        CHECK(p.active);
        CHECK_FALSE(p.services.isEmpty());
        // Placeholders, never a real number.
        CHECK(p.phone.startsWith(QStringLiteral("8 (3452) 00-00-")));
    }
    const QList<PartnerKind> order = core::allValues<PartnerKind>();
    for (qsizetype i = 1; i < kinds.size(); ++i)
        CHECK(order.indexOf(kinds[i - 1]) <= order.indexOf(kinds[i]));
    CHECK(kinds.first() == PartnerKind::School);
    for (const PartnerKind kind :
         {PartnerKind::Health, PartnerKind::Police, PartnerKind::Zags, PartnerKind::Employment, PartnerKind::SocialFund,
          PartnerKind::Guardianship, PartnerKind::Kdn, PartnerKind::Bank, PartnerKind::Ngo})
        CHECK(kinds.contains(kind));
    const core::Partner kdn =
        n.partner(QStringLiteral("Комиссия по делам несовершеннолетних и защите их прав города Тюмени"));
    CHECK(kdn.kind == PartnerKind::Kdn);
    CHECK(kdn.agreementNo == QStringLiteral("2/2022"));
    CHECK(kdn.agreementDate == QDate(2022, 11, 1));
}

TEST_CASE("an administrator adds and changes a partner, and every user then sees it in its place", "[partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const auto id = n.adminPartners().add(kindergarten(QStringLiteral("  МАДОУ детский сад  № 7 ")));
    REQUIRE(id);
    auto saved = n.partners().partner(*id);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("МАДОУ детский сад № 7"));
    CHECK(saved->agreementDate == QDate(2026, 2, 1));
    CHECK(saved->email == QStringLiteral("sad@example.ru"));
    CHECK(saved->active);

    // Kindergartens come right after the schools, and by name among themselves.
    const QStringList listed = names(n.partners().list().value());
    const auto at = listed.indexOf(QStringLiteral("МАДОУ детский сад № 7"));
    REQUIRE(at > 0);
    CHECK(listed.at(at - 1) == QStringLiteral("МАДОУ детский сад № 1 города Тюмени"));

    core::Partner changed = *saved;
    changed.kind = PartnerKind::Ngo;
    changed.agreementDate = {};
    changed.phone = QStringLiteral("8 (3452) 00-00-98, доб. 2");
    REQUIRE(n.adminPartners().update(*id, changed));
    saved = n.partners().partner(*id);
    CHECK(saved->kind == PartnerKind::Ngo);
    CHECK_FALSE(saved->agreementDate.isValid());
    CHECK(saved->phone == QStringLiteral("8 (3452) 00-00-98, доб. 2"));
}

TEST_CASE("a partner name in use is refused with case and Yo folded, and is free again once switched off", "[partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    core::PartnerService& admin = n.adminPartners();
    const auto first = admin.add(kindergarten(QStringLiteral("Детский сад «Ёлочка»")));
    REQUIRE(first);
    const int before = int(admin.list().value().size());

    auto taken = admin.add(kindergarten(QStringLiteral("ДЕТСКИЙ САД «ЕЛОЧКА»")));
    REQUIRE_FALSE(taken);
    CHECK(taken.error().kind == Error::Kind::Conflict);
    CHECK(taken.error().field == QStringLiteral("name"));
    CHECK(taken.error().message.contains(QStringLiteral("Детский сад «Ёлочка»")));
    CHECK(admin.list().value().size() == before);
    // Renaming a partner to its own name in another case is no conflict with itself.
    CHECK(admin.update(*first, kindergarten(QStringLiteral("детский сад «ёлочка»"))));

    REQUIRE(admin.deactivate(*first));
    CHECK_FALSE(names(admin.list().value()).contains(QStringLiteral("детский сад «ёлочка»")));
    CHECK(names(admin.list(false).value()).contains(QStringLiteral("детский сад «ёлочка»")));
    CHECK_FALSE(admin.partner(*first)->active);

    const auto second = admin.add(kindergarten(QStringLiteral("Детский сад «Елочка»")));
    REQUIRE(second);
    // The old one cannot come back while the new one bears its name.
    auto back = admin.activate(*first);
    REQUIRE_FALSE(back);
    CHECK(back.error().kind == Error::Kind::Conflict);
    CHECK_FALSE(admin.partner(*first)->active);
}

TEST_CASE("a dispatcher reads the partners but cannot add, change or switch one off", "[partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const auto before = n.partners().list();
    REQUIRE(before);
    const core::Partner bank = n.partner(QStringLiteral("ПАО Сбербанк, офис в Тюмени"));
    CHECK_FALSE(n.partners().canEdit());
    CHECK(n.adminPartners().canEdit());

    auto added = n.partners().add(kindergarten(QStringLiteral("Детский сад № 40")));
    REQUIRE_FALSE(added);
    CHECK(added.error().kind == Error::Kind::Auth);
    core::Partner renamed = bank;
    renamed.name = QStringLiteral("Другой банк");
    auto changed = n.partners().update(bank.id, renamed);
    REQUIRE_FALSE(changed);
    CHECK(changed.error().kind == Error::Kind::Auth);
    auto switchedOff = n.partners().deactivate(bank.id);
    REQUIRE_FALSE(switchedOff);
    CHECK(switchedOff.error().kind == Error::Kind::Auth);

    CHECK(n.partners().list().value() == *before);
}

TEST_CASE("a partner without a name or with a wrong e-mail is refused and names the field", "[partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    auto blank = n.adminPartners().add(kindergarten(QStringLiteral("   ")));
    REQUIRE_FALSE(blank);
    CHECK(blank.error().kind == Error::Kind::Validation);
    CHECK(blank.error().field == QStringLiteral("name"));

    core::Partner wrong = kindergarten(QStringLiteral("Детский сад № 41"));
    wrong.email = QStringLiteral("sad41 на почте");
    auto refused = n.adminPartners().add(wrong);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("email"));
    CHECK_FALSE(names(n.partners().list(false).value()).contains(QStringLiteral("Детский сад № 41")));
}

TEST_CASE("the search box finds partners by any words of their name, services or territory", "[partner]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const QList<core::Partner> partners = n.partners().list().value();
    QStringList found;
    for (const core::Partner& p : partners) {
        if (core::PartnerService::matches(p, QStringLiteral("ЖИЛЬЁ сирот")))
            found << p.name;
    }
    CHECK(found == QStringList{QStringLiteral("Отдел опеки, попечительства и охраны прав детства города Тюмени")});
    const core::Partner school = n.partner(QStringLiteral("МАОУ СОШ № 1 города Тюмени"));
    CHECK(core::PartnerService::matches(school, QString()));
    CHECK(core::PartnerService::matches(school, QStringLiteral("центральный педагог")));
    CHECK_FALSE(core::PartnerService::matches(school, QStringLiteral("банк")));
}
