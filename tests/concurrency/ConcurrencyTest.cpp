// SPDX-License-Identifier: GPL-3.0-or-later
// Several workstations on one database at once, each a process of its own (zabota_concurrency_worker, through the
// console's services): they register entries and edit the same entries and family cards at the same time. Afterwards
// every registration number is unique and gapless, every save a worker reported matches what the database holds (no
// save unreported, none lost), and every refused save was reported as a conflict with a sentence that says who saved
// first and when.
#include "tests/support/TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <memory>
#include <vector>

using namespace zabota;

namespace {

constexpr int kWorkers = 4;
constexpr int kEach = 25; // entries each worker registers, and edits it makes
const QString kPassword = tests::TestDatabase::kPassword;

// The address as a worker gets it on its command line: the SQLite file, or the URL with the password.
QString commandLineAddress(const core::DatabaseAddress& address)
{
    if (!address.isPostgres())
        return address.path();
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5")
        .arg(address.user(), address.password(), address.host())
        .arg(address.port())
        .arg(address.databaseName());
}

struct Worker {
    core::User user;
    std::unique_ptr<QProcess> process;
    QList<QJsonObject> lines;
    QString errors;
};

QString joined(const QList<qint64>& ids)
{
    QStringList texts;
    for (const qint64 id : ids)
        texts << QString::number(id);
    return texts.join(QLatin1Char(','));
}

QStringList markersIn(const QString& field)
{
    return field.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void runWorkers(tests::Backend backend)
{
    tests::TestDatabase t(backend);

    // The shared records: two entries and two family cards, which every worker edits.
    QList<qint64> entries;
    for (int i = 0; i < 2; ++i) {
        auto entry = t.journal().registerEntry(
            t.draft(QStringLiteral("Общая %1").arg(i), QStringLiteral("Запись, которую правят все")));
        REQUIRE(entry);
        entries << entry->id;
    }
    QList<qint64> families;
    for (int i = 0; i < 2; ++i) {
        auto family = t.families().createFamily(
            tests::TestDatabase::familyDraft(QStringLiteral("Общая%1").arg(i), QDate(2016, 4, 2)));
        REQUIRE(family);
        families << family->id;
    }

    std::vector<Worker> workers(kWorkers);
    QStringList names;
    for (int w = 0; w < kWorkers; ++w) {
        workers[w].user = t.addUser(QStringLiteral("w%1").arg(w), QStringLiteral("Диспетчер Номер%1").arg(w),
                                    {core::Role::Dispatcher, core::Role::Curator});
        names << workers[w].user.fullName;
    }
    // All at once.
    for (int w = 0; w < kWorkers; ++w) {
        auto& process = workers[w].process;
        process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(ZABOTA_CONCURRENCY_WORKER));
        process->setArguments({QStringLiteral("--database"), commandLineAddress(t.address()), QStringLiteral("--user"),
                               workers[w].user.login, QStringLiteral("--password"), kPassword,
                               QStringLiteral("--count"), QString::number(kEach), QStringLiteral("--seed"),
                               QString::number(1000 + w), QStringLiteral("--entries"), joined(entries),
                               QStringLiteral("--families"), joined(families)});
        process->start();
    }
    for (int w = 0; w < kWorkers; ++w) {
        auto& process = *workers[w].process;
        INFO("worker " << w);
        REQUIRE(process.waitForStarted(10'000));
        REQUIRE(process.waitForFinished(60'000));
        workers[w].errors = QString::fromUtf8(process.readAllStandardError());
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                workers[w].lines << QJsonDocument::fromJson(line).object();
        }
        INFO("stderr: " << workers[w].errors.toStdString());
        CHECK(process.exitStatus() == QProcess::NormalExit);
        CHECK(process.exitCode() == 0);
        REQUIRE_FALSE(workers[w].lines.isEmpty());
        CHECK(workers[w].lines.last().value(QLatin1String("op")).toString() == QStringLiteral("done"));
    }

    // What the workers reported.
    QSet<std::pair<int, int>> reportedNumbers; // (year, number) of every registration reported saved
    QMap<qint64, core::UserId> registeredBy;
    QMap<std::pair<QString, qint64>, QStringList> savedMarkers; // (entry|family, id) → markers reported saved
    QMap<std::pair<QString, qint64>, QList<int>> savedVersions;
    int refusals = 0;
    const QRegularExpression when(QStringLiteral("at \\d\\d:\\d\\d \\(\\d\\d\\.\\d\\d\\.\\d{4}\\)"));
    for (int w = 0; w < kWorkers; ++w) {
        for (const QJsonObject& line : std::as_const(workers[w].lines)) {
            INFO("worker " << w << ": " << QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString());
            const QString op = line.value(QLatin1String("op")).toString();
            const QString result = line.value(QLatin1String("result")).toString();
            CHECK(result != QStringLiteral("error"));
            if (op == u"register") {
                REQUIRE(result == QStringLiteral("ok"));
                const std::pair number{line.value(QLatin1String("year")).toInt(),
                                       line.value(QLatin1String("no")).toInt()};
                CHECK_FALSE(reportedNumbers.contains(number));
                reportedNumbers << number;
                registeredBy.insert(line.value(QLatin1String("id")).toInteger(), workers[w].user.id);
            } else if (op == u"entry" || op == u"family") {
                const std::pair target{op, line.value(QLatin1String("target")).toInteger()};
                if (result == u"ok") {
                    savedMarkers[target] << line.value(QLatin1String("marker")).toString();
                    savedVersions[target] << line.value(QLatin1String("version")).toInt();
                } else {
                    // A refusal is a conflict, told as a sentence naming another worker and the time of their save.
                    ++refusals;
                    CHECK(result == QStringLiteral("refused"));
                    const QString message = line.value(QLatin1String("message")).toString();
                    CHECK(line.value(QLatin1String("kind")).toString() == QStringLiteral("conflict"));
                    CHECK(message.contains(when));
                    CHECK(std::ranges::any_of(names, [&](const QString& name) {
                        return name != workers[w].user.fullName && message.contains(name);
                    }));
                }
            }
        }
    }
    INFO("refused saves: " << refusals);
    // The workers did meet: some saves were refused (with four workers on four records it cannot be otherwise).
    CHECK(refusals > 0);

    // Every registration number once, from 1 up without a gap, in every year; as many entries as reported.
    QSqlQuery rows(t.db().connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT id, reg_year, reg_no, created_by FROM journal_entry")));
    QMap<int, QList<int>> numbersByYear;
    int stored = 0;
    while (rows.next()) {
        ++stored;
        numbersByYear[rows.value(1).toInt()] << rows.value(2).toInt();
        const qint64 id = rows.value(0).toLongLong();
        if (registeredBy.contains(id)) {
            CHECK(registeredBy.value(id) == rows.value(3).toLongLong());
            CHECK(reportedNumbers.contains({rows.value(1).toInt(), rows.value(2).toInt()}));
        }
    }
    CHECK(stored == int(entries.size()) + kWorkers * kEach);
    CHECK(registeredBy.size() == kWorkers * kEach);
    for (auto [year, numbers] : numbersByYear.asKeyValueRange()) {
        INFO("year " << year);
        std::ranges::sort(numbers);
        QList<int> expected;
        for (int n = 1; n <= numbers.size(); ++n)
            expected << n;
        CHECK(numbers == expected);
    }

    // No lost update and no unreported save: each shared record holds exactly the markers reported saved, its version
    // went up once per reported save, and its history (the entries' change log, the cards' audit log) has one line
    // per reported save.
    int edits = 0;
    for (const qint64 id : std::as_const(entries)) {
        const std::pair target{QStringLiteral("entry"), id};
        const auto entry = t.journal().entry(id).value();
        QStringList expected = savedMarkers.value(target);
        QStringList found = markersIn(entry.draft.actionTaken);
        std::ranges::sort(expected);
        std::ranges::sort(found);
        INFO("entry " << entry.registrationNumber().toStdString());
        CHECK(found == expected);
        CHECK(entry.version == 1 + expected.size());
        QList<int> versions = savedVersions.value(target);
        std::ranges::sort(versions);
        QList<int> steps;
        for (int v = 2; v <= entry.version; ++v)
            steps << v;
        CHECK(versions == steps);
        CHECK(t.journal().history(id).value().size() == expected.size());
        edits += int(expected.size());
    }
    for (const qint64 id : std::as_const(families)) {
        const std::pair target{QStringLiteral("family"), id};
        const auto family = t.familyRepo().get(id).value();
        QStringList expected = savedMarkers.value(target);
        QStringList found = markersIn(family.draft.housingNotes);
        std::ranges::sort(expected);
        std::ranges::sort(found);
        INFO("family " << family.cardNo.toStdString());
        CHECK(found == expected);
        CHECK(family.version == 1 + expected.size());
        QList<int> versions = savedVersions.value(target);
        std::ranges::sort(versions);
        QList<int> steps;
        for (int v = 2; v <= family.version; ++v)
            steps << v;
        CHECK(versions == steps);
        QSqlQuery audited(t.db().connection());
        REQUIRE(audited.prepare(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE object_type = 'family' AND object_id = ? AND action = "
                           "'update'")));
        audited.addBindValue(id);
        REQUIRE(audited.exec());
        REQUIRE(audited.next());
        CHECK(audited.value(0).toInt() == expected.size());
        edits += int(expected.size());
    }
    CHECK(edits == kWorkers * kEach);
}

} // namespace

TEST_CASE("four workstations on one PostgreSQL server register and edit the same records at once",
          "[postgres][concurrency]")
{
    runWorkers(tests::Backend::Postgres);
}

TEST_CASE("four workstations on one SQLite file register and edit the same records at once", "[sqlite][concurrency]")
{
    runWorkers(tests::Backend::Sqlite);
}
