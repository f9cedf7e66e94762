// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/family/FamilyRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/supportcase/CaseList.h"
#include "core/supportcase/CaseService.h"
#include "core/text/RussianStem.h"
#include "core/text/TextFold.h"
#include "tests/support/EmptyDatabase.h"
#include "tests/support/TestDatabase.h"

#include <QMap>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

const QDate kEndDate(2026, 3, 10);

core::DemoOptions smallDemo(int entries = 2000)
{
    core::DemoOptions options;
    options.entries = entries;
    options.years = 3;
    options.endDate = kEndDate;
    options.passwordIterations = tests::TestDatabase::kFastIterations;
    return options;
}

QList<core::JournalEntry> allEntries(tests::TestDatabase& t)
{
    auto count = t.journalRepo().count({});
    REQUIRE(count.has_value());
    auto entries = t.journalRepo().page({}, 0, *count);
    REQUIRE(entries.has_value());
    std::ranges::reverse(*entries); // oldest first
    return *entries;
}

bool isQuickCall(const core::JournalEntry& e)
{
    return e.draft.disposition != core::Disposition::Case;
}

} // namespace

TEST_CASE("the same seed and end date give the same journal in two databases", "[demo]")
{
    tests::TestDatabase a;
    tests::TestDatabase b;
    auto reportA = core::DemoGenerator(a.db()).generate(smallDemo());
    auto reportB = core::DemoGenerator(b.db()).generate(smallDemo());
    REQUIRE(reportA.has_value());
    REQUIRE(reportB.has_value());
    CHECK(reportA->entriesCreated == 2000);
    CHECK(reportA->usersCreated == 9);
    CHECK_FALSE(reportA->cancelled);

    const QList<core::JournalEntry> first = allEntries(a);
    const QList<core::JournalEntry> second = allEntries(b);
    REQUIRE(first.size() == 2000);
    REQUIRE(second.size() == first.size());
    for (qsizetype i = 0; i < first.size(); ++i) {
        INFO("entry " << i);
        REQUIRE(first[i].draft == second[i].draft);
        REQUIRE(first[i].registrationNumber() == second[i].registrationNumber());
        REQUIRE(first[i].createdByName == second[i].createdByName);
        REQUIRE(first[i].createdAt == second[i].createdAt);
        REQUIRE(first[i].categoryTitle == second[i].categoryTitle);
    }

    SECTION("and another seed gives another journal")
    {
        tests::TestDatabase c;
        core::DemoOptions options = smallDemo();
        options.seed += 1;
        REQUIRE(core::DemoGenerator(c.db()).generate(options).has_value());
        const QList<core::JournalEntry> third = allEntries(c);
        int same = 0;
        for (qsizetype i = 0; i < std::min(first.size(), third.size()); ++i)
            same += first[i].draft.summary == third[i].draft.summary &&
                    first[i].draft.applicantName == third[i].draft.applicantName;
        CHECK(same < 200);
    }
}

TEST_CASE("demo entries are numbered 1..n in each year in the order they were received", "[demo]")
{
    tests::TestDatabase t;
    REQUIRE(core::DemoGenerator(t.db()).generate(smallDemo()).has_value());
    const QList<core::JournalEntry> entries = allEntries(t);

    QMap<int, QList<core::JournalEntry>> byYear;
    for (const core::JournalEntry& e : entries)
        byYear[e.regYear].append(e);
    CHECK(byYear.size() == 4); // three years back from 10 March 2026 touch 2023 to 2026
    for (auto it = byYear.begin(); it != byYear.end(); ++it) {
        QList<core::JournalEntry>& year = *it;
        std::ranges::sort(year, {}, &core::JournalEntry::regNo);
        for (qsizetype i = 0; i < year.size(); ++i) {
            INFO("year " << it.key() << ", entry " << i);
            REQUIRE(year[i].regNo == i + 1);
            REQUIRE(year[i].draft.receivedAt.date().year() == it.key());
            if (i > 0)
                REQUIRE(year[i - 1].draft.receivedAt <= year[i].draft.receivedAt);
        }
    }
}

TEST_CASE("demo entries lie within the period and satisfy the journal's rules", "[demo]")
{
    tests::TestDatabase t;
    REQUIRE(core::DemoGenerator(t.db()).generate(smallDemo()).has_value());
    const QDateTime periodStart = kEndDate.addYears(-3).startOfDay();
    const QDateTime periodEnd = kEndDate.startOfDay();
    for (const core::JournalEntry& e : allEntries(t)) {
        INFO(e.registrationNumber().toStdString() << " " << e.draft.summary.toStdString());
        REQUIRE(e.draft.receivedAt >= periodStart);
        REQUIRE(e.draft.receivedAt < periodEnd);
        REQUIRE(e.createdAt >= e.draft.receivedAt);
        REQUIRE(core::JournalService::validate(e.draft, periodEnd).has_value());
        REQUIRE(e.createdByName != t.admin().fullName);
    }
}

TEST_CASE("about one demo call in seven is a quick call without case data", "[demo]")
{
    tests::TestDatabase t;
    REQUIRE(core::DemoGenerator(t.db()).generate(smallDemo()).has_value());
    const QList<core::JournalEntry> entries = allEntries(t);
    int quick = 0;
    for (const core::JournalEntry& e : entries) {
        if (!isQuickCall(e))
            continue;
        ++quick;
        CHECK(e.draft.status == core::EntryStatus::Closed);
        CHECK(e.draft.anonymous);
        CHECK(e.draft.applicantName.isEmpty());
        CHECK(e.draft.applicantPhone.isEmpty());
        CHECK(e.draft.summary.isEmpty());
        CHECK_FALSE(e.draft.categoryId.has_value());
        CHECK(e.draft.channel == core::Channel::Phone);
    }
    const double share = double(quick) / double(entries.size());
    CHECK(share > 0.12);
    CHECK(share < 0.18);
}

TEST_CASE("demo applicants have Russian names with patronymics of their gender", "[demo]")
{
    tests::TestDatabase t;
    REQUIRE(core::DemoGenerator(t.db()).generate(smallDemo()).has_value());
    static const QRegularExpression fullName(QStringLiteral("^(\\w+) (\\w+) (\\w+(вич|ич|вна|чна))$"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    int parents = 0;
    int withPatronymic = 0;
    int withYo = 0;
    for (const core::JournalEntry& e : allEntries(t)) {
        if (e.draft.callerType != core::CallerType::Parent || e.draft.anonymous)
            continue;
        ++parents;
        const auto match = fullName.match(e.draft.applicantName);
        if (!match.hasMatch())
            continue;
        ++withPatronymic;
        withYo += e.draft.applicantName.contains(QChar(0x0401)) || e.draft.applicantName.contains(QChar(0x0451));
        // A woman's patronymic ends in -вна/-чна and her surname is feminine too; a man's in -вич/-ич.
        const QString surname = match.captured(1);
        const bool femalePatronymic = match.captured(4).endsWith(QStringLiteral("на"));
        const bool femaleSurname = surname.endsWith(QStringLiteral("ова")) || surname.endsWith(QStringLiteral("ева")) ||
                                   surname.endsWith(QStringLiteral("ёва")) || surname.endsWith(QStringLiteral("ина")) ||
                                   surname.endsWith(QStringLiteral("ая"));
        const bool maleSurname = surname.endsWith(QStringLiteral("ов")) || surname.endsWith(QStringLiteral("ев")) ||
                                 surname.endsWith(QStringLiteral("ёв")) || surname.endsWith(QStringLiteral("ин")) ||
                                 surname.endsWith(QStringLiteral("ий"));
        INFO(e.draft.applicantName.toStdString());
        if (femaleSurname)
            CHECK(femalePatronymic);
        if (maleSurname)
            CHECK_FALSE(femalePatronymic);
    }
    REQUIRE(parents > 800);
    CHECK(double(withPatronymic) / parents > 0.7);
    CHECK(withYo > 0);
}

TEST_CASE("the demo journal has the shape of a real one", "[demo]")
{
    tests::TestDatabase t;
    REQUIRE(core::DemoGenerator(t.db()).generate(smallDemo()).has_value());
    const QList<core::JournalEntry> entries = allEntries(t);
    int cases = 0, children = 0, anonymous = 0, psychological = 0, phone = 0, workingHours = 0, planned = 0;
    int openRecent = 0, recent = 0, closedOld = 0, old = 0;
    // The two psychological categories of seed 004: spousal crisis and parent–child relations.
    const QStringList psychologicalTitles{QStringLiteral("Кризис супружеских отношений"),
                                          QStringLiteral("Детско-родительские отношения")};
    for (const core::JournalEntry& e : entries) {
        phone += e.draft.channel == core::Channel::Phone;
        const QDateTime local = e.draft.receivedAt.toLocalTime();
        workingHours += local.date().dayOfWeek() <= 5 && local.time().hour() >= 8 && local.time().hour() < 20;
        const qint64 age = local.date().daysTo(kEndDate);
        if (age <= 7) {
            ++recent;
            openRecent += e.draft.status != core::EntryStatus::Closed;
        } else if (age > 90) {
            ++old;
            closedOld += e.draft.status == core::EntryStatus::Closed;
        }
        if (isQuickCall(e))
            continue;
        ++cases;
        children += e.draft.callerType == core::CallerType::Child;
        anonymous += e.draft.anonymous;
        psychological += psychologicalTitles.contains(e.categoryTitle);
        planned += e.draft.urgency == core::Urgency::Planned;
        CHECK_FALSE(e.draft.summary.contains(QLatin1Char('{')));
        CHECK_FALSE(e.draft.summary.contains(QLatin1Char('[')));
        CHECK_FALSE(e.draft.actionTaken.contains(QLatin1Char('<')));
        if (e.draft.callerType == core::CallerType::Agency) {
            CHECK_FALSE(e.draft.referringAgency.isEmpty());
            CHECK_FALSE(e.draft.referringDocNo.isEmpty());
        }
    }
    auto share = [](int part, int whole) {
        return double(part) / double(whole);
    };
    CHECK(share(phone, int(entries.size())) == Approx(0.6).margin(0.1));
    CHECK(share(workingHours, int(entries.size())) > 0.65);
    CHECK(share(children, cases) == Approx(0.19).margin(0.05));
    CHECK(share(anonymous, cases) == Approx(0.10).margin(0.04));
    CHECK(share(psychological, cases) == Approx(0.59).margin(0.07));
    CHECK(share(planned, cases) > 0.75);
    CHECK(share(closedOld, old) > 0.95);
    REQUIRE(recent > 0);
    CHECK(share(openRecent, recent) > 0.4);
}

TEST_CASE("demo staff log in with the demo password and are created only once", "[demo]")
{
    tests::TestDatabase t;
    auto first = core::DemoGenerator(t.db()).generate(smallDemo(0));
    REQUIRE(first.has_value());
    CHECK(first->usersCreated == 9);
    auto again = core::DemoGenerator(t.db()).generate(smallDemo(0));
    REQUIRE(again.has_value());
    CHECK(again->usersCreated == 0);

    auto user = t.auth().login(QStringLiteral("petrova.a"), core::DemoGenerator::kPassword);
    REQUIRE(user.has_value());
    CHECK(user->hasRole(core::Role::Dispatcher));
    CHECK(t.auth().login(QStringLiteral("belova.t"), core::DemoGenerator::kPassword)->hasRole(core::Role::Supervisor));
}

TEST_CASE("demo staff alone leave the first administrator still to be created", "[demo][auth]")
{
    tests::EmptyDatabase empty;
    auto db = empty.open();
    REQUIRE(db.has_value());
    core::UserRepository users(**db);
    core::AuthService auth(users, tests::TestDatabase::kFastIterations);
    REQUIRE(core::DemoGenerator(**db).generate(smallDemo(100)).has_value());
    CHECK(auth.needsFirstAdmin().value());
    auto admin = auth.createFirstAdmin(
        {QStringLiteral("admin"), QStringLiteral("Администратор"), QStringLiteral("long enough"), {}});
    REQUIRE(admin.has_value());
    CHECK_FALSE(auth.needsFirstAdmin().value());
}

TEST_CASE("cancelling the demo keeps the finished batches, numbered without gaps", "[demo]")
{
    tests::TestDatabase t;
    SECTION("before the first batch nothing is written")
    {
        auto report = core::DemoGenerator(t.db()).generate(smallDemo(), [](int, int) { return false; });
        REQUIRE(report.has_value());
        CHECK(report->cancelled);
        CHECK(report->entriesCreated == 0);
        CHECK(t.journal().count({}).value() == 0);
    }
    SECTION("after the first batch that batch stays")
    {
        QList<int> seen;
        auto report = core::DemoGenerator(t.db()).generate(smallDemo(core::DemoGenerator::kBatchSize + 1000),
                                                           [&seen](int done, int total) {
                                                               seen << done;
                                                               CHECK(total == core::DemoGenerator::kBatchSize + 1000);
                                                               return done == 0;
                                                           });
        REQUIRE(report.has_value());
        CHECK(report->cancelled);
        CHECK(report->entriesCreated == core::DemoGenerator::kBatchSize);
        CHECK(seen == QList<int>{0, core::DemoGenerator::kBatchSize});
        const QList<core::JournalEntry> entries = allEntries(t);
        REQUIRE(entries.size() == core::DemoGenerator::kBatchSize);
        QMap<int, int> maxNo;
        QMap<int, int> countOf;
        for (const core::JournalEntry& e : entries) {
            maxNo[e.regYear] = std::max(maxNo[e.regYear], e.regNo);
            ++countOf[e.regYear];
        }
        CHECK(maxNo == countOf);
    }
}

TEST_CASE("the demo refuses options it cannot honour", "[demo]")
{
    tests::TestDatabase t;
    core::DemoOptions options = smallDemo(-1);
    auto negative = core::DemoGenerator(t.db()).generate(options);
    REQUIRE_FALSE(negative.has_value());
    CHECK(negative.error().kind == core::Error::Kind::Validation);
    options = smallDemo();
    options.years = 0;
    CHECK_FALSE(core::DemoGenerator(t.db()).generate(options).has_value());
    CHECK(t.journal().count({}).value() == 0);
}

TEST_CASE("a word common to much of a demo journal is found, counted and ordered like a rare one", "[demo][search]")
{
    tests::TestDatabase t;
    REQUIRE(core::DemoGenerator(t.db()).generate(smallDemo(8000)).has_value());
    const QList<core::JournalEntry> entries = allEntries(t);

    // What the index should find, worked out from the entries themselves: a word whose stem begins with the stem of
    // what was typed.
    auto matches = [](const core::JournalEntry& e, const QString& typed) {
        const QStringList stems = core::text::searchStems(e.draft.applicantName + QLatin1Char(' ') + e.draft.summary +
                                                          QLatin1Char(' ') + e.draft.actionTaken);
        const QString prefix = core::text::russianStem(typed);
        return std::ranges::any_of(stems, [&prefix](const QString& stem) { return stem.startsWith(prefix); });
    };
    for (const QString& word : {QStringLiteral("психолога"), QStringLiteral("передышка")}) {
        INFO(word.toStdString());
        QList<core::JournalEntry> expected;
        for (const core::JournalEntry& e : entries) {
            if (matches(e, word))
                expected.prepend(e); // newest first
        }
        std::ranges::stable_sort(expected, std::greater{},
                                 [](const core::JournalEntry& e) { return std::pair(e.draft.receivedAt, e.id); });
        core::JournalFilter filter;
        filter.text = word;
        REQUIRE(t.journal().count(filter).value() == expected.size());
        const auto first = t.journal().page(filter, 0, 200).value();
        REQUIRE(first.size() == std::min<qsizetype>(200, expected.size()));
        for (qsizetype i = 0; i < first.size(); ++i)
            REQUIRE(first[i].id == expected[i].id);
        const auto last = t.journal().page(filter, int(expected.size()) - 5, 200).value();
        REQUIRE(last.size() == std::min<qsizetype>(5, expected.size()));
        if (!last.isEmpty())
            CHECK(last.last().id == expected.last().id);

        // With another condition too.
        filter.categoryId = t.categoryId(1);
        const qsizetype inCategory = std::ranges::count_if(
            expected, [&](const core::JournalEntry& e) { return e.draft.categoryId == filter.categoryId; });
        CHECK(t.journal().count(filter).value() == inCategory);
        CHECK(t.journal().page(filter, 0, 50).value().size() == std::min<qsizetype>(50, inCategory));
    }
    core::JournalFilter common;
    common.text = QStringLiteral("психолога");
    CHECK(t.journal().count(common).value() > 2000); // planned as a common word
}

TEST_CASE("demo families: the same seed gives the same cards, with members, phones and linked entries", "[demo]")
{
    tests::TestDatabase a;
    tests::TestDatabase b;
    core::DemoOptions options = smallDemo(1000);
    options.families = 150;
    auto reportA = core::DemoGenerator(a.db()).generate(options);
    auto reportB = core::DemoGenerator(b.db()).generate(options);
    REQUIRE(reportA.has_value());
    REQUIRE(reportB.has_value());
    CHECK(reportA->familiesCreated == 150);
    CHECK(reportA->entriesLinked > 0);
    CHECK(reportA->entriesLinked == reportB->entriesLinked);

    core::JournalRepository journalA(a.db());
    core::JournalRepository journalB(b.db());
    core::FamilyRepository familiesA(a.db(), journalA);
    core::FamilyRepository familiesB(b.db(), journalB);
    auto count = familiesA.count({});
    REQUIRE(count.has_value());
    CHECK(*count == 150);
    int withMinors = 0;
    for (core::FamilyId id = 1; id <= 150; ++id) {
        INFO("family " << id);
        auto first = familiesA.get(id);
        auto second = familiesB.get(id);
        REQUIRE(first.has_value());
        REQUIRE(second.has_value());
        CHECK(first->draft == second->draft);
        CHECK(first->cardSeq > 0);
        CHECK(first->draft.members.size() >= 2);
        CHECK_FALSE(first->draft.phones.isEmpty());
        CHECK(first->phoneDigits.size() == first->draft.phones.size());
        CHECK_FALSE(first->phoneDigits.contains(QString()));
        CHECK(first->draft.districtId.has_value());
        CHECK(first->draft.registeredAddress.startsWith(QStringLiteral("г. Тюмень, ")));
        for (const core::FamilyMember& m : std::as_const(first->draft.members)) {
            CHECK_FALSE(m.patronymic.isEmpty());
            CHECK(m.birthDate.isValid());
            CHECK(m.birthDate < kEndDate);
            // Patronymics agree with the sex: -вич/-ич for men, -вна/-чна for women.
            if (m.sex == core::Sex::Female)
                CHECK_FALSE(m.patronymic.endsWith(QStringLiteral("ич")));
            else
                CHECK_FALSE(m.patronymic.endsWith(QStringLiteral("на")));
        }
        if (std::ranges::any_of(first->draft.members, [](const auto& m) { return m.isMinorAt(kEndDate); }))
            ++withMinors;
        for (const core::RegistrationPeriod& r : std::as_const(first->registrations))
            CHECK(r.basis.contains(QStringLiteral("КДН")));
    }
    CHECK(withMinors > 100);

    // The linked entries carry their family's phone.
    bool checked = false;
    for (core::FamilyId id = 1; id <= 150 && !checked; ++id) {
        auto entries = familiesA.entriesOf(id);
        REQUIRE(entries.has_value());
        if (entries->isEmpty())
            continue;
        auto family = familiesA.get(id);
        REQUIRE(family.has_value());
        for (const core::JournalEntry& e : std::as_const(*entries))
            CHECK(family->phoneDigits.contains(e.phoneDigits));
        checked = true;
    }
    CHECK(checked);
}

TEST_CASE("demo cases: recent family appeals handed over and accepted, with plans, protocols and late items",
          "[demo][case]")
{
    tests::TestDatabase t;
    core::DemoOptions options = smallDemo(3000);
    options.families = 300;
    options.cases = 12;
    auto report = core::DemoGenerator(t.db()).generate(options);
    REQUIRE(report.has_value());
    CHECK(report->casesOpened == 12);

    // Opened over the last three months, each by the handoff of a family's appeal, worked by the demo curators.
    core::CaseList list(t.db(), [] { return kEndDate.startOfDay().addSecs(9 * 3600); });
    const auto cases = list.cases({}).value();
    REQUIRE(cases.size() == 12);
    for (const core::CaseSummary& c : cases) {
        CHECK(c.familyId.has_value());
        CHECK(c.entryId.has_value());
        CHECK_FALSE(c.contract.number.isEmpty());
        CHECK(c.openedAt.date() >= kEndDate.addDays(-90));
        CHECK(c.openedAt.date() < kEndDate);
    }
    const auto curator = t.users().get(cases.first().curatorId).value();
    core::CaseService service(t.db(), curator, [] { return kEndDate.startOfDay(); });
    CHECK(service.plan(cases.first().id).value().size() >= 3);
    CHECK(service.protocols(cases.first().id).value().size() == 1);
    // Something is late, for the lists to show: plan items, and offers still waiting past their deadline.
    const auto late = list.overdue().value();
    CHECK(std::ranges::any_of(late, [](const auto& r) { return r.kind == core::OverdueRow::Kind::PlanItem; }));
    CHECK(std::ranges::any_of(late, [](const auto& r) { return r.kind == core::OverdueRow::Kind::Handoff; }));
}
