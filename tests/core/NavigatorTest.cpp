// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PartnerNetwork.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;
using core::Error;
using core::Urgency;

namespace {

const QString kFire = QStringLiteral("Пожар или затопление: нужен приют или временное жильё");
const QString kViolence = QStringLiteral("Насилие в семье");

// The checklist of a situation with the steps at `ticked` (0-based) ticked.
core::EntryChecklist ticked(const core::LifeSituation& situation, const QList<int>& ticked)
{
    core::EntryChecklist checklist = core::NavigatorService::checklistFor(situation);
    for (const int i : ticked)
        checklist.marks[i].ticked = true;
    return checklist;
}

int rows(tests::TestDatabase& t, const QString& table)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("the navigator holds a dozen situations of the seeds with checklists, partners and defaults", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const auto situations = n.navigator().situations();
    REQUIRE(situations.has_value());
    REQUIRE(situations->size() == 12);
    for (const core::LifeSituation& s : *situations) {
        INFO(s.title.toStdString());
        CHECK(s.active);
        CHECK_FALSE(s.services.isEmpty());
        CHECK(s.items.size() >= 4);
        CHECK(s.items.size() <= 7);
        CHECK(s.partners.size() >= 2);
        CHECK(s.partners.size() <= 4);
        // Every default category is one of the journal's.
        REQUIRE(s.categoryId.has_value());
        CHECK_FALSE(s.categoryTitle.isEmpty());
    }

    const core::LifeSituation violence = n.situation(kViolence);
    CHECK(violence.urgency == Urgency::Emergency);
    CHECK(violence.categoryTitle == QStringLiteral("Насилие в семье"));
    CHECK(violence.items.first().text.contains(QStringLiteral("112")));
    CHECK(violence.partners.first().kind == core::PartnerKind::Police);
    CHECK_FALSE(violence.partners.first().phone.isEmpty());

    const core::LifeSituation job = n.situation(QStringLiteral("Потеря работы или дохода"));
    CHECK(job.urgency == Urgency::Planned);
    CHECK(job.categoryTitle == QStringLiteral("Трудоустройство"));
    CHECK(job.partners.first().kind == core::PartnerKind::Employment);

    for (const QString& title :
         {QStringLiteral("Супружеский кризис, конфликт в семье"),
          QStringLiteral("Конфликт родителей с подростком, зависимость от гаджетов"), kFire,
          QStringLiteral("Ребёнок с инвалидностью"),
          QStringLiteral("Выпускник детского дома (лицо из числа детей-сирот)"),
          QStringLiteral("Семья мобилизованного военнослужащего или участника СВО"),
          QStringLiteral("Оформление пособий и мер поддержки"),
          QStringLiteral("Беременность в трудной ситуации, намерение отказаться от новорождённого"),
          QStringLiteral("Жестокое обращение с ребёнком, безнадзорность"), QStringLiteral("Многодетная семья")})
        CHECK(n.situation(title).id > 0);
}

TEST_CASE("the situation and the steps ticked on an entry are kept with it and read back", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const core::LifeSituation fire = n.situation(kFire);
    const core::EntryChecklist checklist = ticked(fire, {0, 2});
    REQUIRE(checklist.tickedCount() == 2);

    const auto entry = t.journal().registerEntry(
        t.draft(QStringLiteral("Кузнецова Ольга"), QStringLiteral("Сгорела квартира, трое детей")),
        [&n, &checklist](core::EntryId id) { return n.navigator().writeChecklist(id, checklist); });
    REQUIRE(entry);

    const auto kept = n.navigator().checklistOf(entry->id);
    REQUIRE(kept);
    CHECK(kept->situationId == fire.id);
    CHECK(kept->situationTitle == kFire);
    REQUIRE(kept->marks.size() == fire.items.size());
    CHECK(*kept == checklist);
    CHECK(kept->marks[0].ticked);
    CHECK_FALSE(kept->marks[1].ticked);
    CHECK(kept->marks[2].ticked);

    // An entry with no situation chosen keeps none.
    const auto plain = t.journal().registerEntry(t.draft(QStringLiteral("Орлова"), QStringLiteral("Вопрос")));
    REQUIRE(plain);
    const auto none = n.navigator().checklistOf(plain->id);
    REQUIRE(none);
    CHECK_FALSE(none->situationId.has_value());
    CHECK(none->marks.isEmpty());
}

TEST_CASE("ticks changed alone are saved with the entry, and choosing no situation clears them", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const core::LifeSituation violence = n.situation(kViolence);
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Аноним"), QStringLiteral("Муж угрожает")));
    REQUIRE(entry);

    const core::EntryChecklist checklist = ticked(violence, {0, 1, 3});
    auto saved = t.journal().updateEntry(entry->id, entry->version, entry->draft,
                                         [&](core::EntryId id) { return n.navigator().writeChecklist(id, checklist); });
    REQUIRE(saved);
    // The entry's fields did not change, so neither did its version.
    CHECK(saved->version == entry->version);
    CHECK(n.navigator().checklistOf(entry->id)->tickedCount() == 3);

    saved = t.journal().updateEntry(entry->id, saved->version, entry->draft, [&](core::EntryId id) {
        return n.navigator().writeChecklist(id, core::EntryChecklist{});
    });
    REQUIRE(saved);
    CHECK_FALSE(n.navigator().checklistOf(entry->id)->situationId.has_value());
    CHECK(rows(t, QStringLiteral("entry_checklist")) == 0);
}

TEST_CASE("a later edit of the checklist does not change what an old entry shows", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const core::LifeSituation before = n.situation(kFire);
    const core::EntryChecklist old = ticked(before, {1, 2});
    const auto entry =
        t.journal().registerEntry(t.draft(QStringLiteral("Соколова"), QStringLiteral("Затопили соседи")),
                                  [&](core::EntryId id) { return n.navigator().writeChecklist(id, old); });
    REQUIRE(entry);

    // The administrator renames the situation, rewords step 2, drops step 3 and adds a step at the end.
    core::LifeSituationDraft draft = before.draft();
    draft.title = QStringLiteral("Пожар, затопление или другое бедствие");
    draft.steps[1] = QStringLiteral("Узнать число взрослых и детей без жилья");
    draft.steps.removeAt(2);
    draft.steps << QStringLiteral("Сообщить в управление социальной защиты");
    REQUIRE(n.adminNavigator().updateSituation(before.id, draft));

    const auto kept = n.navigator().checklistOf(entry->id);
    REQUIRE(kept);
    CHECK(kept->situationTitle == kFire);
    REQUIRE(kept->marks.size() == old.marks.size());
    for (qsizetype i = 0; i < old.marks.size(); ++i) {
        CHECK(kept->marks[i].text == old.marks[i].text);
        CHECK(kept->marks[i].ticked == old.marks[i].ticked);
    }
    // The steps gone from the situation are kept by their text alone.
    CHECK_FALSE(kept->marks[1].itemId.has_value());
    CHECK_FALSE(kept->marks[2].itemId.has_value());
    CHECK(kept->marks[0].itemId == old.marks[0].itemId);

    // A new entry gets the checklist as it reads now; the steps whose text stayed are the same steps.
    const core::LifeSituation after = n.navigator().situation(before.id).value();
    CHECK(after.title == draft.title);
    REQUIRE(after.items.size() == before.items.size());
    CHECK(after.items[0] == before.items[0]);
    CHECK(after.items[1].text == QStringLiteral("Узнать число взрослых и детей без жилья"));
    CHECK(after.items[2] == before.items[3]);
    CHECK(after.items.last().text == QStringLiteral("Сообщить в управление социальной защиты"));
}

TEST_CASE("a refused save writes neither the entry nor its checklist", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const core::LifeSituation fire = n.situation(kFire);
    const core::EntryChecklist checklist = ticked(fire, {0});

    SECTION("the entry is refused")
    {
        core::EntryDraft draft = t.draft(QStringLiteral("Кузнецова"), QString());
        bool called = false;
        auto refused = t.journal().registerEntry(draft, [&](core::EntryId id) {
            called = true;
            return n.navigator().writeChecklist(id, checklist);
        });
        REQUIRE_FALSE(refused);
        CHECK(refused.error().field == QStringLiteral("summary"));
        CHECK_FALSE(called);
    }
    SECTION("the situation was switched off while the form was open")
    {
        REQUIRE(n.adminNavigator().deactivateSituation(fire.id));
        auto refused =
            t.journal().registerEntry(t.draft(QStringLiteral("Кузнецова"), QStringLiteral("Пожар")),
                                      [&](core::EntryId id) { return n.navigator().writeChecklist(id, checklist); });
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Conflict);
        CHECK(refused.error().field == QStringLiteral("situation"));
        CHECK(refused.error().message.contains(kFire));
        // The number given back: the next appeal is still the first of the year.
        const auto next = t.journal().registerEntry(t.draft(QStringLiteral("Орлова"), QStringLiteral("Вопрос")));
        REQUIRE(next);
        CHECK(next->registrationNumber() == QStringLiteral("1/2026"));
        CHECK(t.journal().count({}).value() == 1);
    }
    CHECK(rows(t, QStringLiteral("entry_situation")) == 0);
    CHECK(rows(t, QStringLiteral("entry_checklist")) == 0);
}

TEST_CASE("an entry keeps its situation after the situation is switched off", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const core::LifeSituation fire = n.situation(kFire);
    auto entry =
        t.journal().registerEntry(t.draft(QStringLiteral("Кузнецова"), QStringLiteral("Пожар")), [&](core::EntryId id) {
            return n.navigator().writeChecklist(id, ticked(fire, {0}));
        });
    REQUIRE(entry);
    REQUIRE(n.adminNavigator().deactivateSituation(fire.id));
    CHECK(n.navigator().situations().value().size() == 11);

    // Ticking one more step of the entry's own situation is still allowed.
    auto saved = t.journal().updateEntry(entry->id, entry->version, entry->draft, [&](core::EntryId id) {
        return n.navigator().writeChecklist(id, ticked(fire, {0, 1}));
    });
    REQUIRE(saved);
    CHECK(n.navigator().checklistOf(entry->id)->tickedCount() == 2);
}

TEST_CASE("an administrator adds a situation, a taken name is refused and a dispatcher may not", "[navigator]")
{
    tests::TestDatabase t;
    tests::PartnerNetwork n(t);
    const core::Partner school = n.partner(QStringLiteral("МАОУ СОШ № 1 города Тюмени"));
    const core::Partner police =
        n.partner(QStringLiteral("ОП № 1 УМВД России по г. Тюмени, подразделение по делам несовершеннолетних"));

    core::LifeSituationDraft draft;
    draft.title = QStringLiteral("  Травля в школе ");
    draft.description = QStringLiteral("Ребёнка обижают одноклассники");
    draft.steps = {QStringLiteral("Узнать класс и школу"), QStringLiteral("   "),
                   QStringLiteral("Предложить консультацию психолога")};
    draft.partners = {school.id, police.id, school.id};
    draft.categoryId = t.categoryId(1);
    draft.urgency = Urgency::Urgent;

    auto refused = n.navigator().addSituation(draft);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Auth);

    const auto id = n.adminNavigator().addSituation(draft);
    REQUIRE(id);
    const core::LifeSituation added = n.navigator().situation(*id).value();
    CHECK(added.title == QStringLiteral("Травля в школе"));
    REQUIRE(added.items.size() == 2);
    CHECK(added.items[1].text == QStringLiteral("Предложить консультацию психолога"));
    REQUIRE(added.partners.size() == 2);
    CHECK(added.partners[0].id == school.id);
    CHECK(added.partners[1].id == police.id);
    CHECK(added.urgency == Urgency::Urgent);
    CHECK(added.categoryId == t.categoryId(1));
    CHECK(n.navigator().situations().value().last().id == *id);

    draft.title = QStringLiteral("ТРАВЛЯ В ШКОЛЕ");
    auto taken = n.adminNavigator().addSituation(draft);
    REQUIRE_FALSE(taken);
    CHECK(taken.error().kind == Error::Kind::Conflict);
    CHECK(taken.error().field == QStringLiteral("title"));

    auto notAllowed = n.navigator().deactivateSituation(*id);
    REQUIRE_FALSE(notAllowed);
    CHECK(notAllowed.error().kind == Error::Kind::Auth);
    CHECK(n.navigator().situations().value().size() == 13);
}
