// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's figures at a large size, against the targets of the console: a first page within a second, searches
// and filtered counts within 30 ms at the 95th percentile, a registration within 5 ms, at most 200 MB of memory.
//
// It builds (or reuses) a database of N demo entries in a child process of itself, so that the peak memory it prints
// is that of the console's work (open, first page, searches, registrations), not of the generator's. Entries it
// registers stay in the database; a later run reuses it all the same.
#include "core/audit/AuditRepository.h"
#include "core/auth/UserRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/family/FamilyService.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/storage/Database.h"
#include "tests/bench/BenchOutput.h"
#include "ui/JournalModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace zabota;
using namespace zabota::bench;

namespace {

constexpr double kFirstPageTargetMs = 1000.0;
constexpr double kSearchTargetMs = 30.0;
constexpr double kInsertTargetMs = 5.0;
constexpr double kRssTargetMb = 200.0;
constexpr int kSearches = 200;
constexpr int kFilteredCounts = 100;
constexpr int kInserts = 500;
constexpr int kFirstRows = 50;
constexpr int kSearchPage = 200;
constexpr double kPhoneLookupTargetMs = 2.0;
constexpr double kRegistryTargetMs = 100.0;
constexpr double kCardTargetMs = 100.0;
constexpr int kPhoneLookups = 1000;
constexpr int kRegistryFilters = 50;
constexpr int kCardOpens = 50;
constexpr int kCardEntries = 50;

double peakRssMb(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Where the benchmark notes how it built its database: "entries seed milliseconds families".
QString notePath(const QString& database)
{
    return database + QStringLiteral(".bench");
}

// The generator's half: fills `path` with `entries` demo entries. Runs in the child process.
int generate(const QString& path, int entries, int families, quint32 seed)
{
    auto db = core::Database::openSqlite(path);
    if (!db)
        die(QStringLiteral("open"), db.error());
    core::DemoOptions options;
    options.entries = entries;
    options.families = families;
    options.seed = seed;
    options.passwordIterations = 1000; // the demo users' password is not what is measured here
    QElapsedTimer timer;
    timer.start();
    auto report = core::DemoGenerator(**db).generate(options, [&timer](int done, int total) {
        if (done % 100'000 == 0 || done == total)
            std::fprintf(stderr, "  generated %d of %d in %.1f s\n", done, total, double(timer.elapsed()) / 1000.0);
        return true;
    });
    if (!report)
        die(QStringLiteral("generate"), report.error());
    QFile note(notePath(path));
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(QStringLiteral("%1 %2 %3 %4").arg(entries).arg(seed).arg(timer.elapsed()).arg(families).toUtf8());
    std::fprintf(stderr, "  %d families, %d entries linked to them\n", report->familiesCreated, report->entriesLinked);
    return 0;
}

// The built database's note, if it was built with these entries and seed and still holds them.
std::optional<qint64> reusableGenerationMs(const QString& path, int entries, int families, quint32 seed)
{
    QFile note(notePath(path));
    if (!QFileInfo::exists(path) || !note.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList fields = QString::fromUtf8(note.readAll()).split(QLatin1Char(' '));
    if (fields.size() != 4 || fields[0].toInt() != entries || fields[1].toUInt() != seed ||
        fields[3].toInt() != families)
        return std::nullopt;
    auto db = core::Database::openSqlite(path);
    if (!db)
        return std::nullopt;
    auto count = core::JournalRepository(**db).count({});
    if (!count || *count < entries)
        return std::nullopt;
    QSqlQuery familyCount = (*db)->prepare(QStringLiteral("SELECT COUNT(*) FROM family"));
    if (!(*db)->exec(familyCount) || !familyCount.next() || familyCount.value(0).toInt() != families)
        return std::nullopt;
    return fields[2].toLongLong();
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".bench")})
        QFile::remove(path + suffix);
}

// Realistic words a dispatcher types: surnames the generator gives, words of the summaries and actions, a surname with
// a first name, phone numbers as typed.
QStringList searchQueries(core::JournalService& journal, int entries, QRandomGenerator& rng)
{
    const QStringList surnames = core::DemoGenerator::surnames();
    const QStringList words = {
        QStringLiteral("школу"),       QStringLiteral("развод"),    QStringLiteral("пособия"),
        QStringLiteral("алименты"),    QStringLiteral("телефоне"),  QStringLiteral("консультацию"),
        QStringLiteral("психолога"),   QStringLiteral("гаджет"),    QStringLiteral("опеки"),
        QStringLiteral("инвалид"),     QStringLiteral("юриста"),    QStringLiteral("аварийном"),
        QStringLiteral("побоев"),      QStringLiteral("наркотики"), QStringLiteral("кружок"),
        QStringLiteral("лагерь"),      QStringLiteral("МСЭ"),       QStringLiteral("субсидии"),
        QStringLiteral("многодетной"), QStringLiteral("СВО"),       QStringLiteral("вейп"),
        QStringLiteral("травле"),      QStringLiteral("отчим"),     QStringLiteral("Передышка"),
        QStringLiteral("ССЭР"),        QStringLiteral("Гимназия"),  QStringLiteral("КДН"),
        QStringLiteral("кражу"),       QStringLiteral("логопеда"),  QStringLiteral("ипотека"),
    };
    const QStringList phrases = {
        QStringLiteral("конфликт сыном"),        QStringLiteral("единого пособия"), QStringLiteral("ночами телефоне"),
        QStringLiteral("материнским капиталом"), QStringLiteral("опеки внуком"),    QStringLiteral("Куйбышева"),
    };
    const QStringList firstNames = {QStringLiteral("Мария"), QStringLiteral("Анна"),   QStringLiteral("Пётр"),
                                    QStringLiteral("Алёна"), QStringLiteral("Сергей"), QStringLiteral("Ольга")};
    QStringList phones;
    for (int attempts = 0; phones.size() < 20 && attempts < 2000; ++attempts) {
        auto entry = journal.entry(1 + rng.bounded(entries));
        if (entry && !entry->draft.applicantPhone.isEmpty())
            phones << entry->draft.applicantPhone;
    }
    QStringList queries;
    for (int i = 0; i < kSearches; ++i) {
        const int kind = rng.bounded(100);
        if (kind < 40)
            queries << surnames[rng.bounded(int(surnames.size()))];
        else if (kind < 55)
            queries << surnames[rng.bounded(int(surnames.size()))] + QLatin1Char(' ') +
                           firstNames[rng.bounded(int(firstNames.size()))];
        else if (kind < 80)
            queries << words[rng.bounded(int(words.size()))];
        else if (kind < 88)
            queries << phrases[rng.bounded(int(phrases.size()))];
        else if (!phones.isEmpty())
            queries << phones[rng.bounded(int(phones.size()))];
        else
            queries << words[rng.bounded(int(words.size()))];
    }
    return queries;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("zabota-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The journal's benchmark at a large size."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Entries (default 1000000)."),
                                           QStringLiteral("count"), QStringLiteral("1000000"));
    const QCommandLineOption familiesOption(QStringLiteral("families"),
                                            QStringLiteral("Family cards (default 200000)."), QStringLiteral("count"),
                                            QStringLiteral("200000"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("Database file (default /tmp/zabota-bench-N.sqlite)."),
                                            QStringLiteral("path"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo seed."), QStringLiteral("seed"),
                                        QString::number(core::DemoOptions().seed));
    const QCommandLineOption rebuildOption(QStringLiteral("rebuild"), QStringLiteral("Build the database afresh."));
    QCommandLineOption generateOnly(QStringLiteral("generate-only"), QStringLiteral("Internal: the child's part."));
    generateOnly.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({entriesOption, familiesOption, databaseOption, seedOption, rebuildOption, generateOnly});
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const int families = parser.value(familiesOption).toInt();
    const quint32 seed = parser.value(seedOption).toUInt();
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                      : QStringLiteral("/tmp/zabota-bench-%1.sqlite").arg(entries);
    if (entries <= 0 || families < 0) {
        out() << "--entries takes a positive number, --families one not negative" << Qt::endl;
        return 2;
    }
    if (parser.isSet(generateOnly))
        return generate(path, entries, families, seed);

    out() << "entries: " << entries << ", families: " << families << " in " << path << Qt::endl;

    // 1. The database: reused if it was built with the same entries and seed, else built in a child process.
    std::optional<qint64> generationMs =
        parser.isSet(rebuildOption) ? std::nullopt : reusableGenerationMs(path, entries, families, seed);
    if (generationMs) {
        out() << "generation: " << QString::number(double(*generationMs) / 1000.0, 'f', 1)
              << " s (measured when the database was built; reused)" << Qt::endl;
    } else {
        removeDatabase(path);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--generate-only"), QStringLiteral("--entries"), QString::number(entries),
                     QStringLiteral("--families"), QString::number(families), QStringLiteral("--seed"),
                     QString::number(seed), QStringLiteral("--database"), path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out() << "generation failed" << Qt::endl;
            return 1;
        }
        out() << "generation: " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s for " << entries
              << " entries, generator peak RSS " << QString::number(peakRssMb(RUSAGE_CHILDREN), 'f', 0) << " MB"
              << Qt::endl;
    }
    out() << "database size: " << QString::number(double(QFileInfo(path).size()) / 1024 / 1024, 'f', 0) << " MB"
          << Qt::endl;

    // 2. From opening the database to the first page of the journal as the window shows it.
    QElapsedTimer timer;
    timer.start();
    auto db = core::Database::openSqlite(path);
    if (!db)
        die(QStringLiteral("open"), db.error());
    core::UserRepository users(**db);
    core::CategoryRepository categories(**db);
    core::JournalRepository journalRepo(**db);
    auto dispatcher = users.findByLogin(QStringLiteral("petrova.a"));
    if (!dispatcher || !dispatcher->has_value()) {
        out() << "the demo dispatcher petrova.a is missing" << Qt::endl;
        return 1;
    }
    core::JournalService journal(journalRepo, categories, (*dispatcher)->first);
    double firstPageMs = 0;
    int total = 0;
    {
        ui::JournalModel model(journal);
        qsizetype characters = 0;
        for (int row = 0; row < std::min(kFirstRows, model.rowCount()); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                characters += model.data(model.index(row, column)).toString().size();
        }
        firstPageMs = double(timer.nsecsElapsed()) / 1e6;
        total = model.rowCount();
        if (characters == 0) {
            out() << "the first page is empty" << Qt::endl;
            return 1;
        }
    }
    out() << "first page: " << QString::number(firstPageMs, 'f', 0) << " ms of " << total
          << " rows (target <= " << kFirstPageTargetMs << " ms) " << verdict(firstPageMs, kFirstPageTargetMs)
          << Qt::endl;

    // 3. Full-text search as the filter bar runs it: the count, then the first page.
    QRandomGenerator rng(seed);
    const QStringList queries = searchQueries(journal, entries, rng);
    QList<double> searchMs;
    QList<std::pair<double, QString>> slowest;
    for (const QString& query : queries) {
        core::JournalFilter filter;
        filter.text = query;
        QElapsedTimer one;
        one.start();
        auto count = journal.count(filter);
        auto page = journal.page(filter, 0, kSearchPage);
        const double ms = double(one.nsecsElapsed()) / 1e6;
        if (!count || !page)
            die(QStringLiteral("search"), count ? page.error() : count.error());
        searchMs << ms;
        slowest.append({ms, QStringLiteral("«%1»: %2 found").arg(query).arg(*count)});
    }
    const Percentiles search = percentiles(searchMs);
    out() << "search p50: " << QString::number(search.p50, 'f', 1) << " ms" << Qt::endl;
    out() << "search p95: " << QString::number(search.p95, 'f', 1) << " ms over " << queries.size()
          << " queries (target <= " << kSearchTargetMs << " ms) " << verdict(search.p95, kSearchTargetMs) << Qt::endl;
    std::ranges::sort(slowest, std::greater{}, &std::pair<double, QString>::first);
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        out() << "  slow search: " << QString::number(slowest[i].first, 'f', 1) << " ms " << slowest[i].second
              << Qt::endl;

    // 4. A month and a category: the count the status bar shows, and the first page.
    auto categoryList = journal.categories();
    if (!categoryList)
        die(QStringLiteral("categories"), categoryList.error());
    QList<double> countMs;
    QList<double> filteredPageMs;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < kFilteredCounts; ++i) {
        core::JournalFilter filter;
        const QDate month = today.addMonths(-1 - rng.bounded(35));
        filter.from = QDate(month.year(), month.month(), 1);
        filter.to = filter.from->addMonths(1).addDays(-1);
        filter.categoryId = categoryList->at(rng.bounded(int(categoryList->size()))).id;
        QElapsedTimer one;
        one.start();
        auto count = journal.count(filter);
        countMs << double(one.nsecsElapsed()) / 1e6;
        one.restart();
        auto page = journal.page(filter, 0, kSearchPage);
        filteredPageMs << double(one.nsecsElapsed()) / 1e6;
        if (!count || !page)
            die(QStringLiteral("filter"), count ? page.error() : count.error());
    }
    const Percentiles counts = percentiles(countMs);
    const Percentiles filteredPages = percentiles(filteredPageMs);
    out() << "month+category count p50: " << QString::number(counts.p50, 'f', 1) << " ms" << Qt::endl;
    out() << "month+category count p95: " << QString::number(counts.p95, 'f', 1) << " ms over " << kFilteredCounts
          << " (target <= " << kSearchTargetMs << " ms) " << verdict(counts.p95, kSearchTargetMs) << Qt::endl;
    out() << "month+category page p95: " << QString::number(filteredPages.p95, 'f', 1) << " ms (p50 "
          << QString::number(filteredPages.p50, 'f', 1) << " ms)" << Qt::endl;

    // 5. Registrations, each in its own transaction, as a dispatcher saves them.
    const QStringList surnames = core::DemoGenerator::surnames();
    QList<double> insertMs;
    for (int i = 0; i < kInserts; ++i) {
        core::EntryDraft draft = journal.newDraft();
        draft.receivedAt = draft.receivedAt.addSecs(-60);
        draft.applicantName = surnames[rng.bounded(int(surnames.size()))] + QStringLiteral(" Мария Петровна");
        draft.applicantPhone = QStringLiteral("+7 (927) %1-%2-%3")
                                   .arg(100 + rng.bounded(900))
                                   .arg(10 + rng.bounded(90))
                                   .arg(10 + rng.bounded(90));
        draft.categoryId = categoryList->at(rng.bounded(int(categoryList->size()))).id;
        draft.summary = QStringLiteral("Мать сообщает о конфликте с сыном 15 лет: отказывается посещать школу");
        draft.actionTaken = QStringLiteral("Проведена консультация психолога по телефону");
        QElapsedTimer one;
        one.start();
        auto entry = journal.registerEntry(draft);
        insertMs << double(one.nsecsElapsed()) / 1e6;
        if (!entry)
            die(QStringLiteral("insert"), entry.error());
    }
    const Percentiles inserts = percentiles(insertMs);
    out() << "insert p50: " << QString::number(inserts.p50, 'f', 2) << " ms" << Qt::endl;
    out() << "insert p95: " << QString::number(inserts.p95, 'f', 2) << " ms over " << kInserts
          << " registrations (target <= " << kInsertTargetMs << " ms) " << verdict(inserts.p95, kInsertTargetMs)
          << " (max " << QString::number(inserts.max, 'f', 1) << " ms)" << Qt::endl;

    // 6. The families: phone lookup as the incoming-call card runs it, the registry's filters, a card with its entries.
    if (families > 0) {
        core::DistrictRepository districtRepo(**db);
        core::AuditRepository auditRepo(**db);
        core::FamilyRepository familyRepo(**db, journalRepo);
        core::FamilyService familyService(familyRepo, districtRepo, auditRepo, (*dispatcher)->first);
        // As the console does when it opens the database: masks past their day are computed again.
        {
            QElapsedTimer masksTimer;
            masksTimer.start();
            auto masks = familyRepo.refreshCategoryMasks(QDate::currentDate());
            if (!masks)
                die(QStringLiteral("category masks"), masks.error());
            out() << "category masks computed again: " << *masks << " cards in " << masksTimer.elapsed() << " ms"
                  << Qt::endl;
        }

        QSqlQuery maxPhone = (*db)->prepare(QStringLiteral("SELECT MAX(id) FROM family_phone"));
        if (!(*db)->exec(maxPhone) || !maxPhone.next()) {
            out() << "no family phones" << Qt::endl;
            return 1;
        }
        const qint64 phoneIds = maxPhone.value(0).toLongLong();
        maxPhone.finish();
        QStringList phones;
        QSqlQuery phoneAt = (*db)->prepare(QStringLiteral("SELECT phone FROM family_phone WHERE id >= ? LIMIT 1"));
        while (phones.size() < kPhoneLookups) {
            phoneAt.bindValue(0, 1 + qint64(rng.bounded(quint64(phoneIds))));
            if ((*db)->exec(phoneAt) && phoneAt.next())
                phones << phoneAt.value(0).toString();
        }
        phoneAt.finish();
        QList<double> lookupMs;
        qsizetype found = 0;
        for (const QString& phone : std::as_const(phones)) {
            QElapsedTimer one;
            one.start();
            auto lookup = familyService.lookupByPhone(phone);
            lookupMs << double(one.nsecsElapsed()) / 1e6;
            if (!lookup)
                die(QStringLiteral("phone lookup"), lookup.error());
            found += lookup->families.isEmpty() ? 0 : 1;
        }
        const Percentiles lookups = percentiles(lookupMs);
        out() << "phone lookup p50: " << QString::number(lookups.p50, 'f', 2) << " ms" << Qt::endl;
        out() << "phone lookup p99: " << QString::number(lookups.p99, 'f', 2) << " ms over " << phones.size()
              << " known phones, " << found << " found (target <= " << kPhoneLookupTargetMs << " ms) "
              << verdict(lookups.p99, kPhoneLookupTargetMs) << Qt::endl;

        auto districtList = familyService.districts();
        auto microList = familyService.microDistricts();
        if (!districtList || !microList)
            die(QStringLiteral("districts"), districtList ? microList.error() : districtList.error());
        const auto& categoryItems = core::EnumTraits<core::FamilyCategory>::items();
        QList<double> registryMs;
        QList<std::pair<double, QString>> slowFilters;
        for (int i = 0; i < kRegistryFilters; ++i) {
            core::FamilyFilter filter;
            QStringList shown;
            if (rng.bounded(100) < 50) {
                const auto& micro = microList->at(rng.bounded(int(microList->size())));
                if (rng.bounded(2) == 0) {
                    filter.microDistrictId = micro.id;
                    shown << QStringLiteral("micro %1").arg(micro.id);
                }
                filter.districtId = micro.districtId;
                shown << QStringLiteral("district %1").arg(micro.districtId);
            }
            if (rng.bounded(100) < 50) {
                filter.category = categoryItems[rng.bounded(int(categoryItems.size()))].value;
                shown << QStringLiteral("category %1").arg(core::toCode(*filter.category));
            }
            if (rng.bounded(100) < 25) {
                filter.onRegister = rng.bounded(2) == 0;
                shown << QStringLiteral("on register %1").arg(*filter.onRegister);
            }
            if (rng.bounded(100) < 25) {
                filter.specialAttention = rng.bounded(2) == 0;
                shown << QStringLiteral("special %1").arg(*filter.specialAttention);
            }
            if (rng.bounded(100) < 30) {
                filter.hasMinors = rng.bounded(4) != 0;
                shown << QStringLiteral("minors %1").arg(*filter.hasMinors);
            }
            QElapsedTimer one;
            one.start();
            auto count = familyService.registryCount(filter);
            auto page = familyService.registry(filter, 0, kSearchPage);
            const double ms = double(one.nsecsElapsed()) / 1e6;
            if (!count || !page)
                die(QStringLiteral("registry"), count ? page.error() : count.error());
            registryMs << ms;
            slowFilters.append({ms, QStringLiteral("%1: %2 found").arg(shown.join(QStringLiteral(", "))).arg(*count)});
        }
        const Percentiles registry = percentiles(registryMs);
        out() << "registry filter p50: " << QString::number(registry.p50, 'f', 1) << " ms" << Qt::endl;
        out() << "registry filter p95: " << QString::number(registry.p95, 'f', 1) << " ms over " << kRegistryFilters
              << " filters, count + first page of " << kSearchPage << " (target <= " << kRegistryTargetMs << " ms) "
              << verdict(registry.p95, kRegistryTargetMs) << Qt::endl;
        std::ranges::sort(slowFilters, std::greater{}, &std::pair<double, QString>::first);
        for (qsizetype i = 0; i < std::min<qsizetype>(5, slowFilters.size()); ++i)
            out() << "  slow filter: " << QString::number(slowFilters[i].first, 'f', 1) << " ms "
                  << slowFilters[i].second << Qt::endl;

        // One family with 50 entries: the first card, given unlinked entries until it has them (kept for reuse).
        const core::FamilyId cardId = 1;
        auto linked = familyRepo.entriesOf(cardId);
        if (!linked)
            die(QStringLiteral("entries of a card"), linked.error());
        QSqlQuery unlinked = (*db)->prepare(
            QStringLiteral("SELECT id FROM journal_entry WHERE family_id IS NULL ORDER BY id DESC LIMIT ?"));
        unlinked.addBindValue(std::max<qsizetype>(0, kCardEntries - linked->size()));
        if (!(*db)->exec(unlinked))
            return 1;
        QList<core::EntryId> toLink;
        while (unlinked.next())
            toLink << unlinked.value(0).toLongLong();
        unlinked.finish();
        for (core::EntryId id : std::as_const(toLink)) {
            if (auto ok = familyRepo.linkEntry(id, cardId); !ok)
                die(QStringLiteral("link"), ok.error());
        }
        QList<double> cardMs;
        qsizetype cardEntries = 0;
        for (int i = 0; i < kCardOpens; ++i) {
            QElapsedTimer one;
            one.start();
            auto card = familyService.openCard(cardId);
            auto entriesOfCard = familyService.entriesOf(cardId);
            cardMs << double(one.nsecsElapsed()) / 1e6;
            if (!card || !entriesOfCard)
                die(QStringLiteral("card"), card ? entriesOfCard.error() : card.error());
            cardEntries = entriesOfCard->size();
        }
        const Percentiles cards = percentiles(cardMs);
        out() << "card open p50: " << QString::number(cards.p50, 'f', 1) << " ms" << Qt::endl;
        out() << "card open p95: " << QString::number(cards.p95, 'f', 1) << " ms over " << kCardOpens
              << " opens of a card with " << cardEntries << " entries (target <= " << kCardTargetMs << " ms) "
              << verdict(cards.p95, kCardTargetMs) << Qt::endl;
    }

    const double rss = peakRssMb(RUSAGE_SELF);
    out() << "peak RSS: " << QString::number(rss, 'f', 0) << " MB (target <= " << kRssTargetMb << " MB) "
          << verdict(rss, kRssTargetMb) << Qt::endl;
    return 0;
}
