// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/auth/UserRepository.h"
#include "core/calendar/WorkingDays.h"
#include "core/demo/DemoCaseMaker.h"
#include "core/demo/DemoEntryComposer.h"
#include "core/demo/DemoFamilyComposer.h"
#include "core/demo/DemoVocabulary.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/text/TextFold.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace zabota::core {

namespace {

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
    m_curatorIds.clear();
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
        else if (member.role == Role::Curator) {
            m_curators << member.dativeShort;
            m_curatorIds << id;
        }
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
    if (options.families < 0 || options.families > kMaxFamilies)
        return fail(Error::Kind::Validation,
                    QStringLiteral("The number of demo families must be between 0 and %1.").arg(kMaxFamilies), {},
                    QStringLiteral("families"));
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

    // The families first, from a generator of their own so that the journal's words stay those of the seed.
    QRandomGenerator familyRng(options.seed ^ 0x5eedfa11U);
    QStringList familyPhones;
    qint64 lastEntryId = 0;
    if (options.families > 0) {
        auto phones = createFamilies(options, first, report);
        if (!phones)
            return std::unexpected(phones.error());
        familyPhones = *phones;
        QSqlQuery last = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM journal_entry"));
        if (auto ok = m_db.exec(last); !ok)
            return std::unexpected(ok.error());
        last.next();
        lastEntryId = last.value(0).toLongLong();
    }

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
        const double weight =
            (calendar::isWorkingDay(date) ? 1.0 : 0.35) * kMonthFactor[date.month() - 1] * trend * noise;
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
        const bool workday = calendar::isWorkingDay(date);
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
            // A family on the register calls again: one appeal in five that left a phone comes from a family's.
            if (!familyPhones.isEmpty() && !record.draft.applicantPhone.isEmpty() && !record.draft.anonymous &&
                familyRng.bounded(5) == 0)
                record.draft.applicantPhone = familyPhones[familyRng.bounded(int(familyPhones.size()))];
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
    if (!familyPhones.isEmpty()) {
        auto linked = linkEntries(lastEntryId);
        if (!linked)
            return std::unexpected(linked.error());
        report.entriesLinked = *linked;
        auto cases =
            DemoCaseMaker(m_db, m_dispatchers, m_curatorIds, options.seed).make(options.cases, options.endDate);
        if (!cases)
            return std::unexpected(cases.error());
        report.casesOpened = *cases;
    }
    // The demo wrote its cards in the past: their category masks are computed again for today.
    if (auto masks = FamilyRepository(m_db, journal).refreshCategoryMasks(QDate::currentDate()); !masks)
        return std::unexpected(masks.error());
    if (auto measured = m_db.refreshStatistics(); !measured)
        return std::unexpected(measured.error());
    return report;
}

Result<QStringList> DemoGenerator::createFamilies(const DemoOptions& options, const QDate& first, DemoReport& report)
{
    DistrictRepository districts(m_db);
    auto all = districts.districts();
    if (!all)
        return std::unexpected(all.error());
    QList<DemoFamilyComposer::Place> places;
    for (qsizetype d = 0; d < all->size(); ++d) {
        auto micro = districts.microDistricts(all->at(d).id);
        if (!micro)
            return std::unexpected(micro.error());
        for (qsizetype m = 0; m < micro->size(); ++m)
            places << DemoFamilyComposer::Place{all->at(d).id, micro->at(m).id, int(d), int(m)};
    }
    if (places.isEmpty())
        return fail(Error::Kind::Validation, QStringLiteral("The demo families need at least one micro-district."));

    QRandomGenerator rng(options.seed ^ 0xfa111e5U);
    DemoFamilyComposer composer(rng, places, m_curatorIds);
    JournalRepository journal(m_db);
    FamilyRepository families(m_db, journal);
    const UserId by = m_curatorIds.isEmpty() ? m_dispatchers.value(0) : m_curatorIds.first();
    const qint64 days = first.daysTo(options.endDate);
    QStringList phones;
    QList<FamilyRepository::NewFamily> batch;
    batch.reserve(kFamilyBatchSize);
    for (int i = 0; i < options.families; ++i) {
        // Cards opened evenly over the period, in order, so that their numbers rise with their dates.
        const QDate createdOn = first.addDays(days * i / options.families);
        FamilyRepository::NewFamily family = composer.compose(createdOn, options.endDate);
        family.by = m_curatorIds.isEmpty() ? by : m_curatorIds[rng.bounded(int(m_curatorIds.size()))];
        family.at = QDateTime(createdOn, QTime(9, 0).addSecs(int(rng.bounded(8 * 3600))));
        for (RegistrationPeriod& r : family.registrations) {
            // A register stay can only begin once the card exists.
            if (r.registeredOn < createdOn) {
                const qint64 shift = r.registeredOn.daysTo(createdOn);
                r.registeredOn = createdOn;
                if (r.removedOn)
                    r.removedOn = std::min(r.removedOn->addDays(shift), options.endDate);
                r.basis = r.basis.left(r.basis.lastIndexOf(QLatin1Char(' ')) + 1) +
                          createdOn.toString(QStringLiteral("dd.MM.yyyy"));
            }
        }
        phones << family.draft.phones;
        batch << std::move(family);
        if (batch.size() == kFamilyBatchSize || i + 1 == options.families) {
            auto ids = families.insertBatch(batch);
            if (!ids)
                return std::unexpected(ids.error());
            report.familiesCreated += int(ids->size());
            batch.clear();
        }
    }
    return phones;
}

Result<int> DemoGenerator::linkEntries(qint64 afterId)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    QSqlQuery link =
        m_db.prepare(QStringLiteral("UPDATE journal_entry SET family_id = (SELECT MIN(p.family_id) FROM family_phone p "
                                    "WHERE p.digits = journal_entry.phone_digits) "
                                    "WHERE id > ? AND family_id IS NULL AND phone_digits <> '' "
                                    "AND phone_digits IN (SELECT digits FROM family_phone)"));
    link.addBindValue(afterId);
    if (auto ok = m_db.exec(link); !ok)
        return std::unexpected(ok.error());
    const int linked = link.numRowsAffected();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return linked;
}

} // namespace zabota::core
