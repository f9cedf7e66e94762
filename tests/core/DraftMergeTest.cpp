// SPDX-License-Identifier: GPL-3.0-or-later
// What Reload makes of a form whose save was refused: the record as the other person saved it, with the user's own
// changes put back where the other person left the field alone; where both changed a field, theirs, and the field
// named.
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;

TEST_CASE("the user's changes go back on top of a colleague's save wherever the colleague left the field alone",
          "[journal][edit][merge]")
{
    tests::TestDatabase t;
    const core::EntryDraft base = t.draft(QStringLiteral("Иванова"), QStringLiteral("Исходный текст"));

    core::EntryDraft theirs = base;
    theirs.actionTaken = QStringLiteral("Записана к психологу");
    theirs.status = core::EntryStatus::InWork;

    core::EntryDraft mine = base;
    mine.summary = QStringLiteral("Уточнённый текст");
    mine.status = core::EntryStatus::InWork;                // the same as theirs: no collision
    mine.applicantName = QStringLiteral("Иванова Мария  "); // saved trimmed

    const auto merged = core::JournalService::mergeDrafts(base, mine, theirs);
    CHECK(merged.draft.summary == QStringLiteral("Уточнённый текст"));
    CHECK(merged.draft.actionTaken == QStringLiteral("Записана к психологу"));
    CHECK(merged.draft.status == core::EntryStatus::InWork);
    CHECK(merged.draft.applicantName == QStringLiteral("Иванова Мария  "));
    CHECK(merged.reapplied == QStringList{QStringLiteral("applicantName"), QStringLiteral("summary")});
    CHECK(merged.collided.isEmpty());
}

TEST_CASE("a field both changed shows the colleague's value, is named, and the user's value can be taken instead",
          "[journal][edit][merge]")
{
    tests::TestDatabase t;
    const core::EntryDraft base = t.draft(QStringLiteral("Иванова"), QStringLiteral("Исходный текст"));
    core::EntryDraft theirs = base;
    theirs.summary = QStringLiteral("Их текст");
    theirs.urgency = core::Urgency::Urgent;
    core::EntryDraft mine = base;
    mine.summary = QStringLiteral("Мой текст");
    mine.categoryId = t.categoryId(1);

    const auto merged = core::JournalService::mergeDrafts(base, mine, theirs);
    CHECK(merged.draft.summary == QStringLiteral("Их текст"));
    CHECK(merged.draft.urgency == core::Urgency::Urgent);
    CHECK(merged.draft.categoryId == t.categoryId(1));
    CHECK(merged.reapplied == QStringList{QStringLiteral("category")});
    CHECK(merged.collided == QStringList{QStringLiteral("summary")});

    const core::EntryDraft chosen =
        core::takeFields(core::JournalService::draftFields(), merged.draft, mine, merged.collided);
    CHECK(chosen.summary == QStringLiteral("Мой текст"));
    CHECK(chosen.urgency == core::Urgency::Urgent);
    CHECK(chosen.categoryId == t.categoryId(1));
    // Every field of the form has a name a person reads.
    for (const auto& field : core::JournalService::draftFields())
        CHECK(core::JournalService::fieldLabel(field.code) != field.code);
}

TEST_CASE("a family card merges field by field, a district with its micro-district, needs in any order",
          "[family][edit][merge]")
{
    core::FamilyDraft base = tests::TestDatabase::familyDraft(QStringLiteral("Иванова"), QDate(2015, 6, 1));
    base.districtId = 1;
    base.microDistrictId = 11;
    base.needs = {core::NeedCircumstance::FamilyConflict, core::NeedCircumstance::NoWork};

    core::FamilyDraft theirs = base;
    theirs.microDistrictId = 12;
    theirs.housingNotes = QStringLiteral("Их заметка");
    theirs.members[1].schoolOrWork = QStringLiteral("Школа № 5");

    core::FamilyDraft mine = base;
    mine.districtId = 2;
    mine.microDistrictId = 21;
    mine.incomeNotes = QStringLiteral("Моя заметка");
    mine.specialAttention = true;

    const auto merged = core::FamilyService::mergeDrafts(base, mine, theirs);
    // Both moved the card within the districts: theirs stands, whole, never a district with another's micro-district.
    CHECK(merged.draft.districtId == 1);
    CHECK(merged.draft.microDistrictId == 12);
    CHECK(merged.collided == QStringList{QStringLiteral("district")});
    CHECK(merged.reapplied == QStringList{QStringLiteral("incomeNotes"), QStringLiteral("specialAttention")});
    CHECK(merged.draft.housingNotes == QStringLiteral("Их заметка"));
    CHECK(merged.draft.incomeNotes == QStringLiteral("Моя заметка"));
    CHECK(merged.draft.members[1].schoolOrWork == QStringLiteral("Школа № 5"));
    CHECK(merged.draft.specialAttention);

    core::FamilyDraft reordered = base;
    reordered.needs = {core::NeedCircumstance::NoWork, core::NeedCircumstance::FamilyConflict};
    CHECK(core::FamilyService::mergeDrafts(base, reordered, theirs).reapplied.isEmpty());
    for (const auto& field : core::FamilyService::draftFields())
        CHECK(core::FamilyService::fieldLabel(field.code) != field.code);
}
