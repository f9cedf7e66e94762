// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::EntryDraft;

namespace {

// Registers a draft that must be refused, and checks that the field is named and nothing was written.
QString refusedField(tests::TestDatabase& t, const EntryDraft& draft)
{
    auto result = t.journal().registerEntry(draft);
    if (result)
        return QStringLiteral("<accepted>");
    CHECK(result.error().kind == core::Error::Kind::Validation);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(t.journal().count({}).value() == 0);
    return result.error().field;
}

} // namespace

TEST_CASE("an appeal needs a summary, a category and an applicant unless anonymous", "[journal][validation]")
{
    tests::TestDatabase t;
    EntryDraft d = t.draft(QStringLiteral("Иванова"), QStringLiteral("   "));
    CHECK(refusedField(t, d) == QStringLiteral("summary"));

    d = t.draft(QStringLiteral("Иванова"), QStringLiteral("текст"));
    d.categoryId.reset();
    CHECK(refusedField(t, d) == QStringLiteral("category"));

    d = t.draft(QString(), QStringLiteral("текст"));
    d.applicantPhone.clear();
    CHECK(refusedField(t, d) == QStringLiteral("applicantName"));

    d.anonymous = true;
    d.callerType = core::CallerType::Anonymous;
    REQUIRE(t.journal().registerEntry(d)); // the journal accepts an entry with no person in it
}

TEST_CASE("an anonymous appeal keeps no name or phone", "[journal][validation]")
{
    tests::TestDatabase t;
    EntryDraft d = t.draft(QStringLiteral("Иванова"), QStringLiteral("текст"));
    d.anonymous = true;
    CHECK(refusedField(t, d) == QStringLiteral("applicantName"));
}

TEST_CASE("a phone that cannot be a phone is refused", "[journal][validation]")
{
    tests::TestDatabase t;
    EntryDraft d = t.draft(QStringLiteral("Иванова"), QStringLiteral("текст"));
    d.applicantPhone = QStringLiteral("12ab");
    CHECK(refusedField(t, d) == QStringLiteral("applicantPhone"));
}

TEST_CASE("a date in the future or long ago is refused", "[journal][validation]")
{
    tests::TestDatabase t;
    EntryDraft d = t.draft(QStringLiteral("Иванова"), QStringLiteral("текст"), t.now().addSecs(3600));
    CHECK(refusedField(t, d) == QStringLiteral("receivedAt"));
    d.receivedAt = QDateTime(QDate(1999, 12, 31), QTime(12, 0));
    CHECK(refusedField(t, d) == QStringLiteral("receivedAt"));
    d.receivedAt = QDateTime();
    CHECK(refusedField(t, d) == QStringLiteral("receivedAt"));
    d.receivedAt = t.now().addSecs(120); // a workstation clock a little behind is tolerated
    CHECK(t.journal().registerEntry(d).has_value());
}

TEST_CASE("text over its limit is refused with the field named, not cut", "[journal][validation]")
{
    tests::TestDatabase t;
    EntryDraft d = t.draft(QStringLiteral("Иванова"), QString(core::limits::kSummary + 1, QLatin1Char('x')));
    auto result = t.journal().registerEntry(d);
    REQUIRE_FALSE(result);
    CHECK(result.error().field == QStringLiteral("summary"));
    CHECK(result.error().message.contains(QString::number(core::limits::kSummary + 1)));

    d = t.draft(QString(core::limits::kName + 1, QChar(0x0416)), QStringLiteral("текст"));
    CHECK(refusedField(t, d) == QStringLiteral("applicantName"));
}

TEST_CASE("a referral from an agency names the agency", "[journal][validation]")
{
    tests::TestDatabase t;
    EntryDraft d = t.draft(QStringLiteral("Иванова"), QStringLiteral("текст"));
    d.callerType = core::CallerType::Agency;
    CHECK(refusedField(t, d) == QStringLiteral("referringAgency"));
    d.referringAgency = QStringLiteral("МБОУ СОШ № 14");
    d.referringDocNo = QStringLiteral("исх. 112 от 03.03.2026");
    auto saved = t.journal().registerEntry(d);
    REQUIRE(saved);
    CHECK(saved->draft.referringAgency == QStringLiteral("МБОУ СОШ № 14"));
    CHECK(saved->draft.referringDocNo == QStringLiteral("исх. 112 от 03.03.2026"));
}
