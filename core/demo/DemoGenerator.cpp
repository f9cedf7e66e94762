// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/auth/UserRepository.h"
#include "core/demo/DemoEntryComposer.h"
#include "core/demo/DemoVocabulary.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/text/TextFold.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace zabota::core {

namespace {

// Russian public holidays that fall on fixed dates: the phones are as quiet as at the weekend.
bool isHoliday(const QDate& date)
{
    const int month = date.month();
    const int day = date.day();
    return (month == 1 && day <= 8) || (month == 2 && day == 23) || (month == 3 && day == 8) ||
           (month == 5 && (day == 1 || day == 9)) || (month == 6 && day == 12) || (month == 11 && day == 4);
}

bool isWorkday(const QDate& date)
{
    return date.dayOfWeek() <= 5 && !isHoliday(date);
}

// Calls per hour, relative: the working day (Mon–Fri 8–20) carries most; the trust line rings at night too.
constexpr int kWorkdayHours[24] = {4,  3,  2,  2,  2,  3,  6,  15, 40, 80, 90, 90,
                                   80, 60, 80, 80, 80, 70, 50, 40, 25, 18, 12, 7};
constexpr int kRestdayHours[24] = {6,  4,  3,  3,  3,  3,  5,  8,  15, 25, 30, 35,
                                   35, 35, 35, 35, 30, 30, 30, 30, 25, 20, 15, 10};
// Fewer calls in the summer and the New Year holidays, more when school starts.
constexpr double kMonthFactor[12] = {0.8, 1.0, 1.05, 1.05, 0.9, 0.85, 0.8, 0.9, 1.15, 1.1, 1.1, 1.0};

// How long after receiving an appeal the dispatcher registers it, in seconds.
std::pair<int, int> registrationDelay(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return {60, 900};
    case Channel::WalkIn:
    case Channel::DistrictVisit:
        return {600, 3600};
    case Channel::Letter:
        return {1800, 14400};
    default:
        return {300, 7200};
    }
}

} // namespace

DemoGenerator::DemoGenerator(Database& db)
    : m_db(db)
{}

QStringList DemoGenerator::surnames()
{
    QStringList result;
    for (const demo::Surname& surname : demo::vocabulary().surnames) {
        result << surname.male;
        if (surname.female != surname.male)
            result << surname.female;
    }
    return result;
}

Result<int> DemoGenerator::createStaff(const DemoOptions& options, const QDateTime& at)
{
    UserRepository users(m_db);
    m_dispatchers.clear();
    m_curators.clear();
    QString sharedHash; // hashed once, only if someone is missing
    int created = 0;
    for (const demo::StaffMember& member : demo::vocabulary().staff) {
        auto found = users.findByLogin(member.login);
        if (!found)
            return std::unexpected(found.error());
        UserId id = 0;
        if (found->has_value()) {
            id = (*found)->first.id;
        } else {
            if (sharedHash.isEmpty())
                sharedHash = PasswordHasher::hash(kPassword, options.passwordIterations);
            auto user =
                users.insert({member.login, member.fullName, kPassword, {member.role}}, sharedHash, std::nullopt, at);
            if (!user)
                return std::unexpected(user.error());
            id = user->id;
            ++created;
        }
        if (member.role == Role::Dispatcher)
            m_dispatchers << id;
        else if (member.role == Role::Curator)
            m_curators << member.dativeShort;
    }
    return created;
}

Result<DemoReport> DemoGenerator::generate(const DemoOptions& options, const Progress& progress)
{
    if (options.entries < 0 || options.entries > kMaxEntries)
        return fail(Error::Kind::Validation,
                    tr("The number of demo entries must be between 0 and %1.").arg(kMaxEntries), {},
                    QStringLiteral("entries"));
    if (options.years < 1 || options.years > kMaxYears)
        return fail(Error::Kind::Validation, tr("The demo journal must cover 1 to %1 years.").arg(kMaxYears), {},
                    QStringLiteral("years"));
    if (!options.endDate.isValid())
        return fail(Error::Kind::Validation, tr("The demo journal needs a valid end date."), {},
                    QStringLiteral("endDate"));

    const QDate first = options.endDate.addYears(-options.years);
    const int days = int(first.daysTo(options.endDate));
    DemoReport report;

    auto created = createStaff(options, QDateTime(first, QTime(9, 0)));
    if (!created)
        return std::unexpected(created.error());
    report.usersCreated = *created;

    // The categories by their seeded titles; a centre that renamed them gets them by position.
    auto categories = CategoryRepository(m_db).list();
    if (!categories)
        return std::unexpected(categories.error());
    if (categories->isEmpty())
        return fail(Error::Kind::Validation,
                    tr("The journal has no active problem categories: add at least one, then generate the demo."));
    QList<CategoryId> categoryOfTopic;
    const QStringList& titles = demo::vocabulary().categoryTitles;
    for (int topic = 0; topic < demo::kTopicCount; ++topic) {
        const auto byTitle = std::ranges::find_if(*categories, [&](const ProblemCategory& category) {
            return text::fold(category.title) == text::fold(titles[topic]);
        });
        categoryOfTopic << (byTitle != categories->cend()
                                ? byTitle->id
                                : categories->at(std::min<qsizetype>(topic, categories->size() - 1)).id);
    }

    QRandomGenerator rng(options.seed);
    DemoEntryComposer composer(rng, categoryOfTopic, m_curators);

    // How many appeals each day gets: a share of the total by weekday, season, a slow growth as the service
    // becomes known, and day-to-day noise; cumulative rounding makes the counts add up exactly.
    QList<double> cumulative(days + 1, 0.0);
    for (int i = 0; i < days; ++i) {
        const QDate date = first.addDays(i);
        const double trend = 0.75 + 0.5 * double(i) / double(std::max(days, 1));
        const double noise = 0.85 + 0.3 * rng.generateDouble();
        const double weight = (isWorkday(date) ? 1.0 : 0.35) * kMonthFactor[date.month() - 1] * trend * noise;
        cumulative[i + 1] = cumulative[i] + weight;
    }
    const double totalWeight = cumulative[days];
    auto shareUntil = [&](int day) {
        return qint64(std::llround(cumulative[day] / totalWeight * options.entries));
    };

    int workdayTotal = 0;
    int restdayTotal = 0;
    for (int h = 0; h < 24; ++h) {
        workdayTotal += kWorkdayHours[h];
        restdayTotal += kRestdayHours[h];
    }

    const int total = options.entries;
    if (progress && !progress(0, total)) {
        report.cancelled = true;
        return report;
    }

    QList<JournalRepository::NewRecord> batch;
    batch.reserve(kBatchSize);
    JournalRepository journal(m_db);
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        if (auto ok = journal.insertBatch(batch); !ok)
            return ok;
        report.entriesCreated += int(batch.size());
        batch.clear();
        if (progress && !progress(report.entriesCreated, total))
            report.cancelled = true;
        return {};
    };

    QList<int> secondsOfDay;
    for (int i = 0; i < days && !report.cancelled; ++i) {
        const int count = int(shareUntil(i + 1) - shareUntil(i));
        if (count == 0)
            continue;
        const QDate date = first.addDays(i);
        const bool workday = isWorkday(date);
        const int* hours = workday ? kWorkdayHours : kRestdayHours;
        const int hoursTotal = workday ? workdayTotal : restdayTotal;

        secondsOfDay.resize(count);
        for (int& seconds : secondsOfDay) {
            int roll = int(rng.bounded(hoursTotal));
            int hour = 0;
            while (roll >= hours[hour])
                roll -= hours[hour++];
            seconds = hour * 3600 + int(rng.bounded(3600));
        }
        std::ranges::sort(secondsOfDay);

        // Two dispatchers on the day shift, one at night.
        const qsizetype staffCount = m_dispatchers.size();
        const UserId dayFirst = m_dispatchers[rng.bounded(int(staffCount))];
        const UserId daySecond = m_dispatchers[rng.bounded(int(staffCount))];
        const UserId night = m_dispatchers[rng.bounded(int(staffCount))];

        const int ageDays = int(date.daysTo(options.endDate));
        // Times carry the day's offset from UTC rather than the local time zone: a local QDateTime asks the C
        // library for the zone on every conversion, which costs more than composing the entry.
        const QDateTime midnight = date.startOfDay();
        const qint64 midnightSecs = midnight.toSecsSinceEpoch();
        const int offset = midnight.offsetFromUtc();
        for (const int seconds : std::as_const(secondsOfDay)) {
            const int hour = seconds / 3600;
            const bool daytime = hour >= 8 && hour < 20;
            const QDateTime receivedAt =
                QDateTime::fromSecsSinceEpoch(midnightSecs + seconds, Qt::OffsetFromUTC, offset);
            JournalRepository::NewRecord record;
            record.draft = composer.compose(receivedAt, ageDays, workday && daytime);
            const auto [minDelay, maxDelay] = registrationDelay(record.draft.channel);
            record.at = receivedAt.addSecs(rng.bounded(minDelay, maxDelay + 1));
            record.by = !daytime ? night : rng.bounded(2) == 0 ? dayFirst : daySecond;
            batch.append(std::move(record));
            if (batch.size() == kBatchSize) {
                if (auto ok = flush(); !ok)
                    return std::unexpected(ok.error());
                if (report.cancelled)
                    break;
            }
        }
    }
    if (!report.cancelled) {
        if (auto ok = flush(); !ok)
            return std::unexpected(ok.error());
    }
    return report;
}

} // namespace zabota::core
