// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;
using core::Error;

namespace {

core::Family create(tests::TestDatabase& t, const core::FamilyDraft& draft)
{
    auto family = t.families().createFamily(draft);
    if (!family)
        FAIL(family.error().message.toStdString());
    return *family;
}

int scalar(core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// The field a draft is refused for; empty when it is accepted.
QString refusedField(tests::TestDatabase& t, const core::FamilyDraft& draft)
{
    const auto status = core::FamilyService::validate(draft, t.now().date());
    if (status)
        return {};
    CHECK(status.error().kind == Error::Kind::Validation);
    CHECK_FALSE(status.error().message.isEmpty());
    return status.error().field;
}

} // namespace

TEST_CASE("card numbers run gaplessly within a year and start again in the next", "[family]")
{
    tests::TestDatabase t;
    CHECK(create(t, tests::TestDatabase::familyDraft(QStringLiteral("Первая"))).cardNo == QStringLiteral("2026-0001"));
    // A refused card takes no number.
    auto bad = tests::TestDatabase::familyDraft(QStringLiteral("Плохая"));
    bad.members[0].birthDate = t.now().date().addDays(3);
    REQUIRE_FALSE(t.families().createFamily(bad));
    CHECK(create(t, tests::TestDatabase::familyDraft(QStringLiteral("Вторая"))).cardNo == QStringLiteral("2026-0002"));
    t.setNow(QDateTime(QDate(2027, 1, 2), QTime(9, 0)));
    const auto next = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Третья")));
    CHECK(next.cardNo == QStringLiteral("2027-0001"));
    CHECK(next.cardYear == 2027);
    CHECK(next.cardSeq == 1);
}

TEST_CASE("a card keeps its members, phones, categories, needs and notes as entered", "[family]")
{
    tests::TestDatabase t;
    auto draft = tests::TestDatabase::familyDraft(QStringLiteral("Ёлкина"), QDate(2014, 3, 8),
                                                  QStringLiteral("8 (912) 111-22-33"),
                                                  QStringLiteral("г. Тюмень, ул. Ленина, 5"));
    draft.phones << QStringLiteral("  ") << QStringLiteral("+7 3452 50-60-70");
    draft.members[1].disability = true;
    draft.members[1].schoolOrWork = QStringLiteral("МАОУ СОШ № 5, 5 «Б»");
    draft.members[0].snils = QStringLiteral("123-456-789 01");
    const auto districts = t.families().districts().value();
    REQUIRE(districts.size() == 4);
    CHECK(districts[1].name == QStringLiteral("Калининский"));
    const auto micro = t.families().microDistricts(districts[1].id).value();
    REQUIRE(micro.size() == 4);
    CHECK(micro[3].name == QStringLiteral("Микроучасток 4"));
    draft.districtId = districts[1].id;
    draft.microDistrictId = micro[2].id;
    draft.categories << core::FamilyCategoryPeriod{core::FamilyCategory::DisabledChild, QDate(2020, 1, 1), {}}
                     << core::FamilyCategoryPeriod{core::FamilyCategory::LowIncome, QDate(2021, 1, 1),
                                                   QDate(2022, 12, 31)};
    draft.needs << core::NeedCircumstance::DisabledMemberCare << core::NeedCircumstance::NoWork;
    draft.housingNotes = QStringLiteral("Двухкомнатная квартира, муниципальная");
    draft.incomeNotes = QStringLiteral("Пенсия по инвалидности ребёнка");
    draft.specialAttention = true;
    draft.curatorId = t.admin().id;

    const auto created = create(t, draft);
    auto card = t.families().openCard(created.id);
    REQUIRE(card);
    CHECK(card->version == 1);
    CHECK(card->draft.members == draft.members);
    CHECK(card->draft.phones ==
          QStringList{QStringLiteral("8 (912) 111-22-33"), QStringLiteral("+7 3452 50-60-70")}); // blank dropped
    CHECK(card->phoneDigits.first() == QStringLiteral("79121112233"));
    CHECK(card->draft.categories == draft.categories);
    CHECK(card->draft.needs == draft.needs);
    CHECK(card->draft.housingNotes == draft.housingNotes);
    CHECK(card->draft.specialAttention);
    CHECK(card->districtName == QStringLiteral("Калининский"));
    CHECK(card->microDistrictName == QStringLiteral("Микроучасток 3"));
    CHECK(card->curatorName == t.admin().fullName);
    CHECK(card->createdByName == t.dispatcher().fullName);
    CHECK(card->createdAt == t.now());
    CHECK_FALSE(card->onRegister());
    CHECK(core::FamilyService::childrenAges(card->draft.members, t.now().date()) == QList<int>{12});
}

TEST_CASE("children's ages are computed at a date, oldest first, adults left out", "[family]")
{
    QList<core::FamilyMember> members(4);
    members[0].birthDate = QDate(1988, 1, 1);
    members[1].birthDate = QDate(2020, 3, 11); // turns 6 the day after
    members[2].birthDate = QDate(2010, 3, 10); // turns 16 that day
    members[3].birthDate = QDate(2008, 3, 10); // turns 18 that day: no longer a child
    CHECK(core::FamilyService::childrenAges(members, QDate(2026, 3, 10)) == QList<int>{16, 5});
    CHECK(core::FamilyService::childrenAges(members, QDate(2026, 3, 11)) == QList<int>{16, 6});
}

TEST_CASE("bad input is refused with the field at fault", "[family][validation]")
{
    tests::TestDatabase t;
    const auto good = tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), QDate(2015, 6, 1),
                                                       QStringLiteral("+7 912 345-67-89"), QStringLiteral("Тюмень"));
    CHECK(refusedField(t, good).isEmpty());

    auto future = good;
    future.members[1].birthDate = t.now().date().addDays(1);
    CHECK(refusedField(t, future) == QStringLiteral("members[1].birthDate"));

    auto ancient = good;
    ancient.members[0].birthDate = QDate(1899, 12, 31);
    CHECK(refusedField(t, ancient) == QStringLiteral("members[0].birthDate"));

    auto adultChild = good;
    adultChild.members[1].birthDate = QDate(2008, 3, 10); // 18 today
    CHECK(refusedField(t, adultChild) == QStringLiteral("members[1].birthDate"));
    adultChild.members[1].relation = core::Relation::AdultChild;
    CHECK(refusedField(t, adultChild).isEmpty());
    adultChild.members[1].relation = core::Relation::Child;
    adultChild.members[1].birthDate = QDate(2008, 3, 11); // 18 tomorrow
    CHECK(refusedField(t, adultChild).isEmpty());

    auto nameless = good;
    nameless.members << core::FamilyMember{};
    nameless.members[2].surname = QStringLiteral("   ");
    CHECK(refusedField(t, nameless) == QStringLiteral("members[2].surname"));

    auto twice = good;
    twice.members << good.members[1];
    twice.members[2].firstName = QStringLiteral("АРТЁМ"); // folded: the same person
    CHECK(refusedField(t, twice) == QStringLiteral("members[2].surname"));
    twice.members[2].birthDate = QDate(2016, 6, 1); // a twin would share the date, not a brother born a year later
    CHECK(refusedField(t, twice).isEmpty());

    auto spaces = good;
    spaces.registeredAddress = QStringLiteral("    ");
    CHECK(refusedField(t, spaces) == QStringLiteral("registeredAddress"));
    spaces = good;
    spaces.actualAddress = QStringLiteral(" \t ");
    CHECK(refusedField(t, spaces) == QStringLiteral("actualAddress"));

    auto phone = good;
    phone.phones = {QStringLiteral("8 912 345 67 89"), QStringLiteral("звонить вечером")};
    CHECK(refusedField(t, phone) == QStringLiteral("phones[1]"));
    phone.phones = {QStringLiteral("12")};
    CHECK(refusedField(t, phone) == QStringLiteral("phones[0]"));

    auto snils = good;
    snils.members[0].snils = QStringLiteral("123-456");
    CHECK(refusedField(t, snils) == QStringLiteral("members[0].snils"));

    auto period = good;
    period.categories << core::FamilyCategoryPeriod{core::FamilyCategory::Large, QDate(2025, 1, 1), QDate(2024, 1, 1)};
    CHECK(refusedField(t, period) == QStringLiteral("categories[0].to"));

    // The service refuses the same drafts and writes nothing.
    auto refused = t.families().createFamily(future);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == QStringLiteral("members[1].birthDate"));
    CHECK(refused.error().message.contains(QStringLiteral("Иванова Артём")));
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM family")) == 0);
}

TEST_CASE("a stale save is refused with who saved and when, and writes nothing", "[family][edit]")
{
    tests::TestDatabase t;
    const auto family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), QDate(2015, 6, 1)));
    core::FamilyService adminFamilies(t.familyRepo(), t.districts(), t.audit(), t.admin(), [&t] { return t.now(); });

    t.setNow(t.now().addSecs(600));
    auto theirs = family.draft;
    theirs.housingNotes = QStringLiteral("Их правка");
    auto saved = adminFamilies.updateFamily(family.id, family.version, theirs);
    REQUIRE(saved);
    CHECK(saved->version == 2);
    CHECK(saved->updatedByName == t.admin().fullName);
    const QDateTime theirTime = t.now();

    t.setNow(t.now().addSecs(600));
    auto mine = family.draft;
    mine.incomeNotes = QStringLiteral("Моя правка");
    mine.members.removeLast();
    mine.phones << QStringLiteral("+7 912 000-00-00");
    auto refused = t.families().updateFamily(family.id, family.version, mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(t.admin().fullName));
    // When, in local time: «at 14:40 (10.03.2026)».
    CHECK(refused.error().message.contains(QStringLiteral("at 14:40 (10.03.2026)")));
    CHECK(refused.error().message.contains(family.cardNo));

    const auto card = t.familyRepo().get(family.id).value();
    CHECK(card.version == 2);
    CHECK(card.draft == theirs);
    CHECK(card.updatedAt == theirTime);

    // Reloaded, the save goes through.
    auto again = t.families().updateFamily(family.id, card.version, mine);
    REQUIRE(again);
    CHECK(again->version == 3);
    CHECK(again->draft.members.size() == 1);
    CHECK(again->updatedByName == t.dispatcher().fullName);
}

TEST_CASE("a save of a card deleted meanwhile is refused with a sentence that says so", "[family][edit]")
{
    tests::TestDatabase t;
    const auto family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), QDate(2015, 6, 1)));
    // The console has no command that deletes a card; an administrator's cleanup of the database may.
    REQUIRE(QSqlQuery(t.db().connection()).exec(QStringLiteral("DELETE FROM family WHERE id = %1").arg(family.id)));

    auto mine = family.draft;
    mine.housingNotes = QStringLiteral("Моя правка");
    auto refused = t.families().updateFamily(family.id, family.version, mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotFound);
    CHECK(refused.error().message.contains(QStringLiteral("deleted at another workstation")));
    CHECK(refused.error().message.contains(QStringLiteral("Your edits are still in the form")));
    CHECK(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM family")) == 0);
}

TEST_CASE("registration is a history: on, off with a reason, on again, and wrong moves are refused",
          "[family][register]")
{
    tests::TestDatabase t;
    const auto family = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), QDate(2015, 6, 1)));

    auto notOn = t.families().takeOffRegister(family.id, QDate(2026, 3, 1), core::RemovalReason::Improvement);
    REQUIRE_FALSE(notOn);
    CHECK(notOn.error().kind == Error::Kind::Conflict);

    const QString basis = QStringLiteral("постановление КДН № 12 от 03.03.2026");
    REQUIRE_FALSE(t.families().putOnRegister(family.id, QDate(2026, 3, 3), QStringLiteral("  ")));
    REQUIRE_FALSE(t.families().putOnRegister(family.id, t.now().date().addDays(1), basis));
    auto on = t.families().putOnRegister(family.id, QDate(2026, 3, 3), basis);
    REQUIRE(on);
    CHECK(on->isOpen());
    CHECK(on->basis == basis);
    CHECK(on->createdByName == t.dispatcher().fullName);

    auto twice = t.families().putOnRegister(family.id, QDate(2026, 3, 5), basis);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == Error::Kind::Conflict);
    CHECK(twice.error().message.contains(QStringLiteral("03.03.2026")));

    auto early = t.families().takeOffRegister(family.id, QDate(2026, 3, 2), core::RemovalReason::Improvement);
    REQUIRE_FALSE(early);
    CHECK(early.error().field == QStringLiteral("removedOn"));
    REQUIRE_FALSE(t.families().takeOffRegister(family.id, QDate(2026, 3, 9), core::RemovalReason::Other));

    auto off = t.families().takeOffRegister(family.id, QDate(2026, 3, 9), core::RemovalReason::Moved,
                                            QStringLiteral("Переехали в Ишим"));
    REQUIRE(off);
    CHECK(off->removedOn == QDate(2026, 3, 9));
    REQUIRE_FALSE(t.families().takeOffRegister(family.id, QDate(2026, 3, 10), core::RemovalReason::Moved));
    REQUIRE_FALSE(t.families().putOnRegister(family.id, QDate(2026, 3, 8), basis));

    REQUIRE(t.families().putOnRegister(family.id, QDate(2026, 3, 10), QStringLiteral("протокол комиссии № 3")));
    const auto card = t.familyRepo().get(family.id).value();
    REQUIRE(card.registrations.size() == 2);
    CHECK(card.onRegister());
    CHECK(card.registrations[0].registeredOn == QDate(2026, 3, 3));
    CHECK(card.registrations[0].removedOn == QDate(2026, 3, 9));
    CHECK(card.registrations[0].removalReason == core::RemovalReason::Moved);
    CHECK(card.registrations[0].removalNote == QStringLiteral("Переехали в Ишим"));
    CHECK(card.registrations[1].isOpen());
    CHECK(card.registrations[1].basis == QStringLiteral("протокол комиссии № 3"));
}

TEST_CASE("a family created from a journal entry holds the applicant and the phone and is linked to it",
          "[family][journal]")
{
    tests::TestDatabase t;
    auto entry = t.journal().registerEntry(
        t.draft(QStringLiteral("Ёлкина Мария Петровна"), QStringLiteral("Нужна помощь с оформлением пособия")));
    REQUIRE(entry);
    CHECK(core::FamilyService::draftFromEntry(*entry).members.size() == 1);

    auto family = t.families().createFromEntry(*entry);
    REQUIRE(family);
    REQUIRE(family->draft.members.size() == 1);
    CHECK(family->draft.members[0].surname == QStringLiteral("Ёлкина"));
    CHECK(family->draft.members[0].firstName == QStringLiteral("Мария"));
    CHECK(family->draft.members[0].patronymic == QStringLiteral("Петровна"));
    CHECK(family->draft.phones == QStringList{QStringLiteral("+7 (912) 345-67-89")});

    t.setNow(t.now().addSecs(3600));
    auto later = t.journal().registerEntry(t.draft(QStringLiteral("Ёлкина"), QStringLiteral("Повторное обращение")));
    REQUIRE(later);
    REQUIRE(t.families().linkEntry(later->id, family->id));
    const auto entries = t.families().entriesOf(family->id).value();
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].familyId == family->id);
    CHECK(t.journal().entry(entry->id).value().familyId == family->id);
    CHECK(entries[0].id == later->id);
    CHECK(entries[1].id == entry->id);

    REQUIRE(t.families().linkEntry(later->id, std::nullopt));
    CHECK(t.families().entriesOf(family->id).value().size() == 1);
    CHECK_FALSE(t.journal().entry(later->id).value().familyId.has_value());
    CHECK(t.families().linkEntry(later->id, family->id + 100).error().kind == Error::Kind::NotFound);

    // An anonymous entry gives an empty draft.
    auto quick = t.journal().registerQuickCall(core::Disposition::Information);
    REQUIRE(quick);
    CHECK(core::FamilyService::draftFromEntry(*quick) == core::FamilyDraft{});
}

TEST_CASE("a phone lookup returns the families and the latest ten entries of that number", "[family][phone]")
{
    tests::TestDatabase t;
    const auto family =
        create(t, tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), {}, QStringLiteral("8 (912) 345-67-89")));
    create(t, tests::TestDatabase::familyDraft(QStringLiteral("Петрова"), {}, QStringLiteral("+7 912 999-99-99")));
    QList<core::EntryId> ids;
    for (int i = 0; i < 12; ++i) {
        auto entry = t.journal().registerEntry(
            t.draft(QStringLiteral("Иванова"), QStringLiteral("Звонок %1").arg(i), t.now().addSecs(-7200 + i * 60)));
        REQUIRE(entry);
        ids << entry->id;
    }
    auto other = t.draft(QStringLiteral("Петрова"), QStringLiteral("Другой номер"));
    other.applicantPhone = QStringLiteral("+7 912 999-99-99");
    REQUIRE(t.journal().registerEntry(other));

    auto lookup = t.families().lookupByPhone(QStringLiteral("+7 912 345 67 89"));
    REQUIRE(lookup);
    CHECK(lookup->digits == QStringLiteral("79123456789"));
    REQUIRE(lookup->families.size() == 1);
    CHECK(lookup->families[0].id == family.id);
    CHECK(lookup->families[0].firstMemberName == QStringLiteral("Иванова Мария Ивановна"));
    REQUIRE(lookup->entries.size() == 10);
    CHECK(lookup->entries.first().id == ids.last());
    CHECK(lookup->entries.last().id == ids[2]);

    auto nothing = t.families().lookupByPhone(QStringLiteral("8 800 000 00 00"));
    REQUIRE(nothing);
    CHECK(nothing->families.isEmpty());
    CHECK(nothing->entries.isEmpty());
    CHECK(t.families().lookupByPhone(QStringLiteral("не номер")).error().kind == Error::Kind::Validation);
}

TEST_CASE("the registry filters by district, category, register, attention, curator and minors, and counts",
          "[family][registry]")
{
    tests::TestDatabase t;
    const auto districts = t.families().districts().value();
    const auto micro = t.families().microDistricts(districts[0].id).value();

    auto a = tests::TestDatabase::familyDraft(QStringLiteral("Альфа"), QDate(2016, 1, 1));
    a.districtId = districts[0].id;
    a.microDistrictId = micro[0].id;
    a.categories << core::FamilyCategoryPeriod{core::FamilyCategory::Large, QDate(2020, 1, 1), {}};
    a.specialAttention = true;
    a.curatorId = t.admin().id;
    const auto famA = create(t, a);

    t.setNow(t.now().addSecs(60));
    auto b = tests::TestDatabase::familyDraft(QStringLiteral("Бета")); // no minors
    b.districtId = districts[0].id;
    b.microDistrictId = micro[1].id;
    b.categories << core::FamilyCategoryPeriod{core::FamilyCategory::Large, QDate(2020, 1, 1), QDate(2025, 12, 31)};
    const auto famB = create(t, b);

    t.setNow(t.now().addSecs(60));
    auto c = tests::TestDatabase::familyDraft(QStringLiteral("Гамма"), QDate(2020, 5, 5));
    c.districtId = districts[2].id;
    c.categories << core::FamilyCategoryPeriod{core::FamilyCategory::SociallyDangerous, QDate(2026, 1, 1), {}};
    const auto famC = create(t, c);
    REQUIRE(t.families().putOnRegister(famC.id, QDate(2026, 2, 1), QStringLiteral("постановление КДН № 1")));

    t.setNow(t.now().addSecs(60));
    const auto famD = create(t, tests::TestDatabase::familyDraft(QStringLiteral("Дельта"), QDate(2010, 10, 10)));

    auto ids = [&t](const core::FamilyFilter& filter) {
        QList<core::FamilyId> result;
        const auto page = t.families().registry(filter, 0, 100).value();
        for (const auto& row : page)
            result << row.id;
        CHECK(t.families().registryCount(filter).value() == result.size());
        return result;
    };
    using Ids = QList<core::FamilyId>;
    CHECK(ids({}) == Ids{famD.id, famC.id, famB.id, famA.id}); // newest first

    core::FamilyFilter f;
    f.districtId = districts[0].id;
    CHECK(ids(f) == Ids{famB.id, famA.id});
    f.microDistrictId = micro[1].id;
    CHECK(ids(f) == Ids{famB.id});

    f = {};
    f.category = core::FamilyCategory::Large; // Бета's period ended last year
    CHECK(ids(f) == Ids{famA.id});
    f.at = QDate(2025, 6, 1);
    CHECK(ids(f) == Ids{famB.id, famA.id});

    f = {};
    f.onRegister = true;
    CHECK(ids(f) == Ids{famC.id});
    f.onRegister = false;
    CHECK(ids(f) == Ids{famD.id, famB.id, famA.id});

    f = {};
    f.specialAttention = true;
    CHECK(ids(f) == Ids{famA.id});
    f = {};
    f.curatorId = t.admin().id;
    CHECK(ids(f) == Ids{famA.id});
    f = {};
    f.hasMinors = true;
    CHECK(ids(f) == Ids{famD.id, famC.id, famA.id});
    f.hasMinors = false;
    CHECK(ids(f) == Ids{famB.id});
    f.hasMinors = true;
    f.at = QDate(2028, 10, 10); // Дельта's child has turned 18
    CHECK(ids(f) == Ids{famC.id, famA.id});

    // Paging.
    const auto second = t.families().registry({}, 1, 2).value();
    REQUIRE(second.size() == 2);
    CHECK(second[0].id == famC.id);
    CHECK(second[1].id == famB.id);
    CHECK(second[0].onRegister);
    CHECK(second[0].memberCount == 2);
    CHECK(second[0].districtName == districts[2].name);

    const auto counts = t.families().countByDistrict({}).value();
    REQUIRE(counts.size() == 5);
    CHECK(counts[0].districtId == districts[0].id);
    CHECK(counts[0].count == 2);
    CHECK(counts[1].count == 0);
    CHECK(counts[2].count == 1);
    CHECK_FALSE(counts[4].districtId.has_value());
    CHECK(counts[4].count == 1);
    core::FamilyFilter attention;
    attention.specialAttention = true;
    const auto attentionCounts = t.families().countByDistrict(attention).value();
    CHECK(attentionCounts[0].count == 1);
    CHECK(attentionCounts[2].count == 0);
}

TEST_CASE("a registry row carries the phones, the minors' birth dates and the categories held that day",
          "[family][registry]")
{
    tests::TestDatabase t;
    auto draft = tests::TestDatabase::familyDraft(QStringLiteral("Котова"), QDate(2021, 1, 15),
                                                  QStringLiteral("+7 900 111-22-33"));
    draft.phones << QStringLiteral("8 (3452) 50-60-70");
    core::FamilyMember older = draft.members.last();
    older.firstName = QStringLiteral("Анна");
    older.birthDate = QDate(2013, 6, 1);
    draft.members << older;
    draft.categories << core::FamilyCategoryPeriod{core::FamilyCategory::Large, QDate(2020, 1, 1), {}}
                     << core::FamilyCategoryPeriod{core::FamilyCategory::LowIncome, QDate(2019, 1, 1),
                                                   QDate(2024, 12, 31)};
    create(t, draft);

    core::FamilyFilter today;
    today.at = QDate(2026, 3, 10);
    const auto rows = t.families().registry(today, 0, 10).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].phones == QStringList{QStringLiteral("+7 900 111-22-33"), QStringLiteral("8 (3452) 50-60-70")});
    // Oldest first; the mother is no minor.
    CHECK(rows[0].minorBirthDates == QList<QDate>{QDate(2013, 6, 1), QDate(2021, 1, 15)});
    // The low-income period ended in 2024.
    CHECK(rows[0].categories == QList<core::FamilyCategory>{core::FamilyCategory::Large});

    core::FamilyFilter then;
    then.at = QDate(2031, 7, 1); // Анна has turned 18
    const auto later = t.families().registry(then, 0, 10).value();
    REQUIRE(later.size() == 1);
    CHECK(later[0].minorBirthDates == QList<QDate>{QDate(2021, 1, 15)});
}

TEST_CASE("only active users with the curator's role are offered as a family's curator", "[family]")
{
    tests::TestDatabase t;
    const core::User curator =
        t.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    const auto curators = t.families().curators().value();
    REQUIRE(curators.size() == 1);
    CHECK(curators[0].id == curator.id);
    CHECK(curators[0].fullName == QStringLiteral("Морозова Наталья"));
}

TEST_CASE("the category filter is right on every day, whether a card's category mask is current or not",
          "[family][registry]")
{
    tests::TestDatabase t;
    t.setNow(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
    auto draft = tests::TestDatabase::familyDraft(QStringLiteral("Орлова"));
    draft.categories << core::FamilyCategoryPeriod{core::FamilyCategory::Large, QDate(2020, 1, 1), {}}
                     << core::FamilyCategoryPeriod{core::FamilyCategory::LowIncome, QDate(2025, 1, 1),
                                                   QDate(2026, 6, 30)}
                     << core::FamilyCategoryPeriod{core::FamilyCategory::HardSituation, QDate(2026, 5, 1), {}};
    const auto family = create(t, draft);

    auto holds = [&t](core::FamilyCategory category, const QDate& at = {}) {
        core::FamilyFilter filter;
        filter.category = category;
        filter.at = at;
        const int count = t.families().registryCount(filter).value();
        CHECK(t.families().registry(filter, 0, 10).value().size() == count);
        return count == 1;
    };
    // Today, with the mask written with the card.
    CHECK(holds(core::FamilyCategory::Large));
    CHECK(holds(core::FamilyCategory::LowIncome));
    CHECK_FALSE(holds(core::FamilyCategory::HardSituation));
    CHECK_FALSE(holds(core::FamilyCategory::Foster));
    // A day ahead and a day in the past.
    CHECK_FALSE(holds(core::FamilyCategory::LowIncome, QDate(2026, 7, 1)));
    CHECK(holds(core::FamilyCategory::HardSituation, QDate(2026, 7, 1)));
    CHECK_FALSE(holds(core::FamilyCategory::Large, QDate(2019, 12, 31)));

    // Months later the mask is past its day: still right, and right again once computed anew.
    t.setNow(QDateTime(QDate(2026, 7, 1), QTime(10, 0)));
    CHECK_FALSE(holds(core::FamilyCategory::LowIncome));
    CHECK(holds(core::FamilyCategory::HardSituation));
    CHECK(t.familyRepo().refreshCategoryMasks(QDate(2026, 7, 1)).value() == 1);
    CHECK(t.familyRepo().refreshCategoryMasks(QDate(2026, 7, 1)).value() == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT category_mask FROM family WHERE id = %1").arg(family.id)) ==
          ((1 << int(core::FamilyCategory::Large)) | (1 << int(core::FamilyCategory::HardSituation))));
    CHECK_FALSE(holds(core::FamilyCategory::LowIncome));
    CHECK(holds(core::FamilyCategory::HardSituation));
    CHECK(holds(core::FamilyCategory::Large));
}
