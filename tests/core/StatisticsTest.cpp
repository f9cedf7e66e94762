// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics report against counts made by hand over the data set of tests/support/StatisticsDataSet.h, whose
// header lists every entry, handoff, case and stay on the register the figures below are derived from.
#include "core/statistics/StatisticsFormat.h"
#include "core/statistics/StatisticsPeriod.h"
#include "core/statistics/StatisticsReportBuilder.h"
#include "core/statistics/StatisticsRepository.h"
#include "tests/support/StatisticsDataSet.h"

#include <catch2/catch.hpp>

using namespace zabota;
using core::StatisticsPeriod;

namespace {

const core::StatisticsRow& rowOf(const core::StatisticsReport& report, const QString& section, const QString& label)
{
    const core::StatisticsSection* s = report.section(section);
    REQUIRE(s != nullptr);
    for (const core::StatisticsRow& row : s->rows)
        if (row.label == label)
            return row;
    FAIL("no row " + label.toStdString() + " in " + section.toStdString());
    return s->rows.first();
}

// This period's and the previous period's value of a row.
std::pair<double, double> both(const core::StatisticsReport& report, const QString& section, const QString& label)
{
    const core::StatisticsRow& row = rowOf(report, section, label);
    REQUIRE(row.current.has_value());
    REQUIRE(row.previous.has_value());
    return {*row.current, *row.previous};
}

using Pair = std::pair<double, double>;

} // namespace

TEST_CASE("a month's statistics are the counts made by hand, beside the month before", "[statistics]")
{
    tests::StatisticsDataSet d;
    const auto report = d.statistics().report(StatisticsPeriod::month(2026, 3));
    REQUIRE(report);
    const core::StatisticsReport& r = *report;
    CHECK(r.period.from() == QDate(2026, 3, 1));
    CHECK(r.period.to() == QDate(2026, 3, 31));
    CHECK(r.previous.from() == QDate(2026, 2, 1));
    CHECK(r.previous.to() == QDate(2026, 2, 28));

    // Entries received in March: 1–11 (9 at 00:05 on the 1st and 6 at 23:30 on the 31st are in, 18 at 00:10 on
    // 1 April is not) = 11; in February: 12–17 (14 at 23:50 on the 28th is in, 19 on 31 January is not) = 6.
    CHECK(both(r, QStringLiteral("appeals"), QStringLiteral("Entries in the journal")) == Pair{11, 6});
    // Appeals: March 1–6, 9, 10 = 8; February 12, 13, 14, 16, 17 = 5. The calls without an appeal: March 7 silent,
    // 8 wrong number, 11 hung up; February 15 information only.
    CHECK(both(r, QStringLiteral("appeals"), QStringLiteral("Appeals")) == Pair{8, 5});
    CHECK(both(r, QStringLiteral("appeals"), core::label(core::Disposition::Silent)) == Pair{1, 0});
    CHECK(both(r, QStringLiteral("appeals"), core::label(core::Disposition::WrongNumber)) == Pair{1, 0});
    CHECK(both(r, QStringLiteral("appeals"), core::label(core::Disposition::HangUp)) == Pair{1, 0});
    CHECK(both(r, QStringLiteral("appeals"), core::label(core::Disposition::Information)) == Pair{0, 1});

    // Channels of the appeals: March phone 1, 2, 5, 9 = 4, VK 3, walk-in 4, e-mail 6, messenger 10;
    // February phone 12, 13, 16, 17 = 4, walk-in 14.
    const QString channels = QStringLiteral("channels");
    CHECK(both(r, channels, core::label(core::Channel::Phone)) == Pair{4, 4});
    CHECK(both(r, channels, core::label(core::Channel::VK)) == Pair{1, 0});
    CHECK(both(r, channels, core::label(core::Channel::WalkIn)) == Pair{1, 1});
    CHECK(both(r, channels, core::label(core::Channel::Email)) == Pair{1, 0});
    CHECK(both(r, channels, core::label(core::Channel::Messenger)) == Pair{1, 0});
    CHECK(both(r, channels, core::label(core::Channel::Letter)) == Pair{0, 0});
    CHECK(r.section(channels)->rows.size() == 8); // every channel, those without appeals too

    // Categories: March «Кризис» 3, 9 = 2; «Детско-родительские» 1, 2, 10 = 3; «Правовая» 4; «Социальные выплаты» 6;
    // «Насилие» 5. February «Кризис» 12; «Детско-родительские» 13, 16, 17 = 3; «Правовая» 14.
    const QString categories = QStringLiteral("categories");
    CHECK(both(r, categories, QStringLiteral("Кризис супружеских отношений")) == Pair{2, 1});
    CHECK(both(r, categories, QStringLiteral("Детско-родительские отношения")) == Pair{3, 3});
    CHECK(both(r, categories, QStringLiteral("Правовая помощь")) == Pair{1, 1});
    CHECK(both(r, categories, QStringLiteral("Социальные выплаты и меры поддержки")) == Pair{1, 0});
    CHECK(both(r, categories, QStringLiteral("Насилие в семье")) == Pair{1, 0});
    CHECK(both(r, categories, QStringLiteral("Трудоустройство")) == Pair{0, 0});

    // Callers. March: children 2, 3 = 2; adults: parents 1, 9, relative 4, neighbour 10 = 4; agency 6; unknown 5.
    // February: child 13 = 1; adults: parents 12, 16, neighbour 17 = 3; other 14 (age not known).
    // Share of minors: 2 of 8 = 25.0%, 1 of 5 = 20.0%.
    const QString callers = QStringLiteral("callers");
    CHECK(both(r, callers, QStringLiteral("Minors")) == Pair{2, 1});
    CHECK(both(r, callers, QStringLiteral("Adults")) == Pair{4, 3});
    CHECK(both(r, callers, QStringLiteral("Agencies")) == Pair{1, 0});
    CHECK(both(r, callers, QStringLiteral("Age not known")) == Pair{1, 1});
    CHECK(both(r, callers, core::label(core::CallerType::Parent)) == Pair{2, 2});
    CHECK(both(r, callers, core::label(core::CallerType::Neighbour)) == Pair{1, 1});
    CHECK(both(r, callers, core::label(core::CallerType::Other)) == Pair{0, 1});
    CHECK(both(r, callers, QStringLiteral("Share of minors")) == Pair{25.0, 20.0});
    CHECK(r.section(callers)->note.contains(core::label(core::CallerType::Child)));

    // Urgency. March: planned 1, 3, 4, 6, 10 = 5; urgent 2, 9 = 2; emergency 5. February: planned 12, 14, 16, 17 = 4;
    // urgent 13.
    const QString urgency = QStringLiteral("urgency");
    CHECK(both(r, urgency, core::label(core::Urgency::Planned)) == Pair{5, 4});
    CHECK(both(r, urgency, core::label(core::Urgency::Urgent)) == Pair{2, 1});
    CHECK(both(r, urgency, core::label(core::Urgency::Emergency)) == Pair{1, 0});

    // Dispatchers, every entry. March: Петрова 1–8 = 8, Соколова 9, 10, 11 = 3. February: Петрова 12–15 = 4,
    // Соколова 16, 17 = 2. Sorted by name.
    const QString dispatchers = QStringLiteral("dispatchers");
    CHECK(both(r, dispatchers, QStringLiteral("Петрова Анна Сергеевна")) == Pair{8, 4});
    CHECK(both(r, dispatchers, QStringLiteral("Соколова Ирина Павловна")) == Pair{3, 2});
    REQUIRE(r.section(dispatchers)->rows.size() == 2);
    CHECK(r.section(dispatchers)->rows.at(0).label == QStringLiteral("Петрова Анна Сергеевна"));

    // Handoffs. Offered in March: H1, H2, H3, H5 = 4; in February: H4, H6, H7 = 3. Accepted in March: H4, H1, H2,
    // H3 = 4; in February H6. Returned: H3 in March, H7 in February. Escalated: H5 in March. Withdrawn: H5 in March,
    // H7 in February.
    const QString handoffs = QStringLiteral("handoffs");
    CHECK(both(r, handoffs, QStringLiteral("Offered")) == Pair{4, 3});
    CHECK(both(r, handoffs, QStringLiteral("Accepted")) == Pair{4, 1});
    CHECK(both(r, handoffs, QStringLiteral("Returned by the curator")) == Pair{1, 1});
    CHECK(both(r, handoffs, QStringLiteral("Escalated past the deadline")) == Pair{1, 0});
    CHECK(both(r, handoffs, QStringLiteral("Withdrawn")) == Pair{1, 1});
    // Waits of those accepted in March: H1 4 h, H3 24 h, H2 48 h, H4 96 h (25 February to 1 March): median
    // (24 + 48) / 2 = 36, mean 172 / 4 = 43; by the deadline H1 and H3 (whose deadline was moved to 12.03 16:00) = 2 of
    // 4 = 50%. February: H6 6 h, in time: 100%.
    CHECK(both(r, handoffs, QStringLiteral("Time to acceptance, median")) == Pair{36.0, 6.0});
    CHECK(both(r, handoffs, QStringLiteral("Time to acceptance, mean")) == Pair{43.0, 6.0});
    CHECK(both(r, handoffs, QStringLiteral("Accepted by the deadline")) == Pair{50.0, 100.0});

    // Cases open when handoffs are accepted: March H4, H1, H2, H3 = 4; February H6. Closed in March: H1's and H4's
    // improved, H2's moved = 3 (H3's closes on 5 April); in February H6's improved. Positive: 2 of 3 = 66.7%, 1 of 1
    // = 100%. Open at the end of March: H3's; at the end of February: none.
    const QString cases = QStringLiteral("cases");
    CHECK(both(r, cases, QStringLiteral("Opened")) == Pair{4, 1});
    CHECK(both(r, cases, QStringLiteral("Closed")) == Pair{3, 1});
    CHECK(both(r, cases, core::label(core::CaseOutcome::ImprovedRemoved)) == Pair{2, 1});
    CHECK(both(r, cases, core::label(core::CaseOutcome::Moved)) == Pair{1, 0});
    CHECK(both(r, cases, core::label(core::CaseOutcome::Refused)) == Pair{0, 0});
    CHECK(both(r, cases, QStringLiteral("Open at the end of the period")) == Pair{1, 0});
    const auto positive = both(r, cases, QStringLiteral("Closed with a positive result"));
    CHECK(positive.first == Approx(200.0 / 3.0));
    CHECK(positive.second == 100.0);

    // The register. At the start of March (on it before 1 March's changes): F1, F2, F7 (off on 1 March), F8, F9 = 5.
    // Put on in March: F3 (on 1 March), F4 = 2. Taken off: F7 on 1 March turned 18, F2 on 5 March and F9 on 15 March
    // improvement, F8 on 10 March other, F3 on 31 March moved = 5. At the end of March: F1, F4 = 2 (5 + 2 - 5).
    // February: at the start F1, F5, F7, F8 = 4; put on F9, F2 = 2; taken off F5 on 28 February improvement = 1; at
    // the end F1, F2, F7, F8, F9 = 5 (4 + 2 - 1). Positive: 2 of 5 = 40%, 1 of 1 = 100%.
    const QString reg = QStringLiteral("register");
    CHECK(both(r, reg, QStringLiteral("On the register at the start")) == Pair{5, 4});
    CHECK(both(r, reg, QStringLiteral("Put on the register")) == Pair{2, 2});
    CHECK(both(r, reg, QStringLiteral("Taken off the register")) == Pair{5, 1});
    CHECK(both(r, reg, core::label(core::RemovalReason::Improvement)) == Pair{2, 1});
    CHECK(both(r, reg, core::label(core::RemovalReason::Moved)) == Pair{1, 0});
    CHECK(both(r, reg, core::label(core::RemovalReason::Turned18)) == Pair{1, 0});
    CHECK(both(r, reg, core::label(core::RemovalReason::Other)) == Pair{1, 0});
    CHECK(both(r, reg, QStringLiteral("On the register at the end")) == Pair{2, 5});
    CHECK(both(r, reg, QStringLiteral("Taken off with a positive result")) == Pair{40.0, 100.0});
}

TEST_CASE("changes read as a person expects them", "[statistics]")
{
    const tests::CLocale locale;
    tests::StatisticsDataSet d;
    const auto r = d.statistics().report(StatisticsPeriod::month(2026, 3)).value();
    // 11 entries against 6: 5 more, 83.3% more.
    CHECK(
        core::StatisticsFormat::change(rowOf(r, QStringLiteral("appeals"), QStringLiteral("Entries in the journal"))) ==
        QStringLiteral("+5 (+83.3%)"));
    // Phone 4 against 4: no change.
    CHECK(core::StatisticsFormat::change(rowOf(r, QStringLiteral("channels"), core::label(core::Channel::Phone))) ==
          QStringLiteral("0"));
    // 1 silent call against none: no percentage of nothing. No information call against 1: all gone.
    CHECK(core::StatisticsFormat::change(rowOf(r, QStringLiteral("appeals"), core::label(core::Disposition::Silent))) ==
          QStringLiteral("+1"));
    CHECK(core::StatisticsFormat::change(
              rowOf(r, QStringLiteral("appeals"), core::label(core::Disposition::Information))) ==
          QStringLiteral("-1 (-100.0%)"));
    // 50% against 100%: 50 percentage points less.
    const auto& inTime = rowOf(r, QStringLiteral("handoffs"), QStringLiteral("Accepted by the deadline"));
    CHECK(core::StatisticsFormat::value(inTime, inTime.current) == QStringLiteral("50.0%"));
    CHECK(core::StatisticsFormat::change(inTime) == QStringLiteral("-50.0 pp"));
    const auto& median = rowOf(r, QStringLiteral("handoffs"), QStringLiteral("Time to acceptance, median"));
    CHECK(core::StatisticsFormat::value(median, median.current) == QStringLiteral("36.0 h"));
    CHECK(core::StatisticsFormat::change(median) == QStringLiteral("+30.0 h"));
    CHECK(core::StatisticsFormat::headers(r) == QStringList{QStringLiteral("Figure"), QStringLiteral("March 2026"),
                                                            QStringLiteral("February 2026"), QStringLiteral("Change")});
}

TEST_CASE("a quarter, a year and days chosen by hand are each compared with the period before", "[statistics]")
{
    tests::StatisticsDataSet d;
    auto statistics = d.statistics();
    const QString entries = QStringLiteral("Entries in the journal");

    // Q1 2026: January 19, February 12–17 (6), March 1–11 (11) = 18. Q4 2025: 20, 21 = 2.
    const auto quarter = statistics.report(StatisticsPeriod::quarter(2026, 1)).value();
    CHECK(quarter.previous == StatisticsPeriod::quarter(2025, 4));
    CHECK(both(quarter, QStringLiteral("appeals"), entries) == Pair{18, 2});
    // Put on the register in Q1: F1, F2, F9, F3, F4 = 5; in Q4 2025: F5, F7 = 2.
    CHECK(both(quarter, QStringLiteral("register"), QStringLiteral("Put on the register")) == Pair{5, 2});

    // 2026: Q1's 18 and 18 on 1 April = 19; 2025: 2.
    const auto year = statistics.report(StatisticsPeriod::year(2026)).value();
    CHECK(year.previous == StatisticsPeriod::year(2025));
    CHECK(both(year, QStringLiteral("appeals"), entries) == Pair{19, 2});
    // Cases closed in 2026: all five; open at the end of 2026: none; at the end of 2025: none.
    CHECK(both(year, QStringLiteral("cases"), QStringLiteral("Closed")) == Pair{5, 0});

    // 10–19 March (10 days): entries 4, 5, 7, 10 = 4. The ten days before, 28 February – 9 March: 14, 9, 1, 2, 3 = 5.
    const auto days = statistics.report(StatisticsPeriod::custom(QDate(2026, 3, 10), QDate(2026, 3, 19))).value();
    CHECK(days.previous.from() == QDate(2026, 2, 28));
    CHECK(days.previous.to() == QDate(2026, 3, 9));
    CHECK(both(days, QStringLiteral("appeals"), entries) == Pair{4, 5});
    // Taken off in those days: F8 (10 March), F9 (15 March) = 2; before: F5 (28 February), F7 (1 March), F2 (5 March)
    // = 3.
    CHECK(both(days, QStringLiteral("register"), QStringLiteral("Taken off the register")) == Pair{2, 3});
}

TEST_CASE("the period before a month, a quarter, a year and days chosen by hand", "[statistics]")
{
    const tests::CLocale locale;
    // January's is December of the year before; March's is February, 29 days in a leap year.
    CHECK(StatisticsPeriod::month(2026, 1).previous() == StatisticsPeriod::month(2025, 12));
    const auto february = StatisticsPeriod::month(2024, 3).previous();
    CHECK(february.from() == QDate(2024, 2, 1));
    CHECK(february.to() == QDate(2024, 2, 29));
    CHECK(february.kind() == StatisticsPeriod::Kind::Month);
    CHECK(StatisticsPeriod::month(2025, 12).next() == StatisticsPeriod::month(2026, 1));
    // Quarters.
    const auto q4 = StatisticsPeriod::quarter(2026, 1).previous();
    CHECK(q4.from() == QDate(2025, 10, 1));
    CHECK(q4.to() == QDate(2025, 12, 31));
    CHECK(StatisticsPeriod::quarter(2026, 3).previous() == StatisticsPeriod::quarter(2026, 2));
    CHECK(StatisticsPeriod::containing(StatisticsPeriod::Kind::Quarter, QDate(2026, 8, 15)) ==
          StatisticsPeriod::quarter(2026, 3));
    CHECK(StatisticsPeriod::quarter(2026, 4).next() == StatisticsPeriod::quarter(2027, 1));
    // Years.
    CHECK(StatisticsPeriod::year(2026).previous() == StatisticsPeriod::year(2025));
    CHECK(StatisticsPeriod::year(2026).days() == 365);
    CHECK(StatisticsPeriod::year(2024).days() == 366);
    // Days chosen by hand: as many days just before, and just after.
    const auto days = StatisticsPeriod::custom(QDate(2026, 3, 1), QDate(2026, 3, 10));
    CHECK(days.days() == 10);
    CHECK(days.previous() == StatisticsPeriod::custom(QDate(2026, 2, 19), QDate(2026, 2, 28)));
    CHECK(days.next() == StatisticsPeriod::custom(QDate(2026, 3, 11), QDate(2026, 3, 20)));
    const auto one = StatisticsPeriod::custom(QDate(2026, 3, 1), QDate(2026, 3, 1));
    CHECK(one.previous() == StatisticsPeriod::custom(QDate(2026, 2, 28), QDate(2026, 2, 28)));
    // A custom run that happens to be a whole month is still compared with as many days.
    CHECK(StatisticsPeriod::custom(QDate(2026, 3, 1), QDate(2026, 3, 31)).previous().from() == QDate(2026, 1, 29));
    CHECK(StatisticsPeriod::month(2026, 3).title() == QStringLiteral("March 2026"));
    CHECK(StatisticsPeriod::quarter(2026, 1).title() == QStringLiteral("Q1 2026"));
    CHECK(StatisticsPeriod::year(2026).title() == QStringLiteral("Year 2026"));
    CHECK(days.title() == QStringLiteral("01.03.2026 – 10.03.2026"));
}

TEST_CASE("a period that ends before it starts is refused with a sentence saying so", "[statistics]")
{
    tests::StatisticsDataSet d;
    const auto backwards = StatisticsPeriod::custom(QDate(2026, 3, 10), QDate(2026, 3, 1));
    const auto refused = d.statistics().report(backwards);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == core::Error::Kind::Validation);
    CHECK(refused.error().field == QStringLiteral("to"));
    CHECK(refused.error().message ==
          QStringLiteral("The period ends on 01.03.2026, before it starts on 10.03.2026. Choose a last day on or after "
                         "the first."));
    CHECK(backwards.days() == 0);
    CHECK(backwards.previous() == backwards);

    const auto noStart = d.statistics().report(StatisticsPeriod::custom(QDate(), QDate(2026, 3, 1)));
    REQUIRE_FALSE(noStart);
    CHECK(noStart.error().field == QStringLiteral("from"));
}

TEST_CASE("only supervisors and administrators see the statistics", "[statistics]")
{
    tests::StatisticsDataSet d;
    core::StatisticsService dispatcher(d.t.db(), d.t.audit(), d.t.dispatcher());
    const auto refused = dispatcher.report(StatisticsPeriod::month(2026, 3));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == core::Error::Kind::Auth);
    CHECK(core::StatisticsService::mayView(d.supervisor));
    CHECK(core::StatisticsService::mayView(d.t.admin()));
    CHECK_FALSE(core::StatisticsService::mayView(d.curator));
    core::StatisticsService admin(d.t.db(), d.t.audit(), d.t.admin());
    CHECK(admin.report(StatisticsPeriod::month(2026, 3)));
}
