// SPDX-License-Identifier: GPL-3.0-or-later
// The recordings folder and its catalogue on a real database: recovery after a crash, recordings waiting for an
// entry, and the keeping rules, with real files written by CallRecorder.
#include "core/telephony/RecordingArchive.h"

#include "core/recording/RecordingRepository.h"
#include "core/telephony/CallRecorder.h"
#include "tests/support/TestDatabase.h"
#include "tests/telephony/RecordingProbe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace zabota;
using core::CallDirection;
using core::CallRecording;
using core::Error;
using core::RecordingId;
using telephony::CallRecorder;
using telephony::RecordingArchive;
using tests::ProbeTone;

namespace {

struct Centre {
    tests::TestDatabase t;
    core::RecordingRepository repo{t.db()};
    QString folder = QDir(t.dir()).filePath(QStringLiteral("recordings"));
    RecordingArchive archive{folder, repo};

    // Records `seconds` of a call on `line` to new files and enters it in the catalogue; `ended` false leaves the
    // row without a duration, as a console killed mid-call does.
    CallRecording record(const QString& line, const QString& number, const QDateTime& startedAt, double seconds,
                         bool ended = true, bool withOpus = false)
    {
        const auto paths = archive.newPaths(line, startedAt, number);
        auto recorder = CallRecorder::start(archive.absolutePath(paths.wav),
                                            withOpus ? archive.absolutePath(paths.opus) : QString());
        REQUIRE(recorder);
        core::NewRecording recording;
        recording.lineName = line;
        recording.direction = CallDirection::Incoming;
        recording.number = number;
        recording.startedAt = startedAt;
        recording.path = paths.wav;
        recording.opusPath = withOpus ? paths.opus : QString();
        const auto id = archive.started(recording);
        REQUIRE(id);
        const auto total = qint64(seconds * ProbeTone::kSampleRate);
        for (qint64 at = 0; at < total; at += ProbeTone::kBlock)
            REQUIRE((*recorder)->write(ProbeTone::samples(at, std::min<qint64>(ProbeTone::kBlock, total - at))));
        REQUIRE((*recorder)->finish());
        if (ended)
            REQUIRE(archive.finished(*id, (*recorder)->durationMs()));
        return repo.get(*id).value();
    }

    qint64 newEntry(const QString& applicant)
    {
        auto entry = t.journal().registerEntry(t.draft(applicant, QStringLiteral("Звонок на линию")));
        REQUIRE(entry);
        return entry->id;
    }
};

QDateTime at(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
}

QList<RecordingId> idsOf(const QList<CallRecording>& recordings)
{
    QList<RecordingId> ids;
    for (const CallRecording& r : recordings)
        ids << r.id;
    return ids;
}

// Cuts a file to `bytes`, as a kill in the middle of a write can leave it: the header says more than is there.
void truncate(const QString& path, qint64 bytes)
{
    QFile file(path);
    REQUIRE(file.resize(bytes));
}

} // namespace

TEST_CASE("a new recording is named by year, month, time, line and number, safely and never twice",
          "[telephony][archive]")
{
    Centre c;
    const QDateTime started = at(2026, 3, 10, 14, 30, 5);
    const auto first =
        c.archive.newPaths(QStringLiteral("Линия 1/доп."), started, QStringLiteral("+7 (912) 345-67-89"));
    CHECK(first.wav == QStringLiteral("2026/03/20260310-143005-Линия_1_доп-+79123456789.wav"));
    CHECK(first.opus == QStringLiteral("2026/03/20260310-143005-Линия_1_доп-+79123456789.opus"));

    // A second call on the same line in the same second, and a third once the first files exist.
    const auto second = c.archive.newPaths(QStringLiteral("Линия 1/доп."), started, QStringLiteral("+79123456789"));
    CHECK(second.wav == QStringLiteral("2026/03/20260310-143005-Линия_1_доп-+79123456789-2.wav"));
    REQUIRE(CallRecorder::start(c.archive.absolutePath(first.wav)).value()->finish());
    RecordingArchive afterRestart(c.folder, c.repo);
    CHECK(afterRestart.newPaths(QStringLiteral("Линия 1/доп."), started, QStringLiteral("89123456789")).wav ==
          QStringLiteral("2026/03/20260310-143005-Линия_1_доп-89123456789.wav"));
    CHECK(afterRestart.newPaths(QStringLiteral("Линия 1/доп."), started, QStringLiteral("+79123456789")).wav ==
          QStringLiteral("2026/03/20260310-143005-Линия_1_доп-+79123456789-2.wav"));

    // A withheld number, and a line name that tries to leave the folder.
    const auto anonymous = c.archive.newPaths(QStringLiteral("../../etc"), started, QString());
    CHECK(anonymous.wav == QStringLiteral("2026/03/20260310-143005-etc-nonumber.wav"));
    CHECK(c.archive.absolutePath(anonymous.wav).startsWith(c.folder + u'/'));
}

TEST_CASE("after a crash, a recording left without a duration gets what its file holds and is marked interrupted",
          "[telephony][archive]")
{
    Centre c;
    const CallRecording ended =
        c.record(QStringLiteral("Линия 1"), QStringLiteral("+79123456789"), at(2026, 3, 10, 9, 0), 2.0);
    const CallRecording cutOff =
        c.record(QStringLiteral("Линия 1"), QStringLiteral("+79001112233"), at(2026, 3, 10, 9, 15), 2.5, false);
    // Killed in the middle of a write: the header counts 2.5 s, the disk has 1 s and half a sample.
    const CallRecording torn = c.record(QStringLiteral("Линия 2"), QString(), at(2026, 3, 10, 9, 20), 2.5, false);
    truncate(c.archive.absolutePath(torn.path), 44 + 2 * ProbeTone::kSampleRate + 1);
    CHECK(c.archive.orphans().value().size() == 1);

    const auto recovered = c.archive.recover();
    REQUIRE(recovered);
    REQUIRE(recovered->size() == 2);
    CHECK((*recovered)[0].id == cutOff.id);
    CHECK((*recovered)[0].durationMs == 2500);
    CHECK((*recovered)[0].interrupted);
    CHECK((*recovered)[1].id == torn.id);
    CHECK((*recovered)[1].durationMs == 1000);
    CHECK((*recovered)[1].interrupted);
    CHECK_FALSE(c.repo.get(ended.id).value().interrupted);
    // Recovered, they wait for an entry like any other.
    CHECK(idsOf(c.archive.orphans().value()) == QList<RecordingId>{torn.id, cutOff.id, ended.id});
    // Nothing is recovered twice.
    CHECK(c.archive.recover().value().isEmpty());
}

TEST_CASE("after a crash, a WAV file with no row gets an interrupted row with the line, number and time of its name",
          "[telephony][archive]")
{
    Centre c;
    const CallRecording known = c.record(QStringLiteral("Линия 1"), QString(), at(2026, 3, 10, 9, 0), 1.0);
    // Killed after the file was made but before its row was written.
    const auto paths =
        c.archive.newPaths(QStringLiteral("Линия 2"), at(2026, 3, 11, 8, 5, 9), QStringLiteral("83452000001"));
    {
        auto recorder = CallRecorder::start(c.archive.absolutePath(paths.wav), c.archive.absolutePath(paths.opus));
        REQUIRE(recorder);
        REQUIRE((*recorder)->write(ProbeTone::samples(0, 12000)));
    }
    // And one a person put there by hand, with a name of their own.
    const QString handmade = QStringLiteral("old/звонок.wav");
    {
        auto recorder = CallRecorder::start(c.archive.absolutePath(handmade));
        REQUIRE(recorder);
        REQUIRE((*recorder)->write(ProbeTone::samples(0, 4000)));
    }
    QFile notes(c.archive.absolutePath(QStringLiteral("old/notes.txt")));
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.close();

    const auto recovered = c.archive.recover();
    REQUIRE(recovered);
    REQUIRE(recovered->size() == 2);
    const CallRecording& named = (*recovered)[0];
    CHECK(named.path == paths.wav);
    CHECK(named.opusPath == paths.opus);
    CHECK(named.lineName == QStringLiteral("Линия_2"));
    CHECK(named.number == QStringLiteral("83452000001"));
    CHECK(named.startedAt == at(2026, 3, 11, 8, 5, 9));
    CHECK(named.durationMs == 1500);
    CHECK(named.interrupted);
    CHECK_FALSE(named.direction.has_value());
    const CallRecording& other = (*recovered)[1];
    CHECK(other.path == handmade);
    CHECK(other.durationMs == 500);
    CHECK(other.interrupted);
    CHECK(other.opusPath.isEmpty());
    CHECK(other.startedAt.isValid());
    CHECK(c.repo.findByPath(known.path).value()->id == known.id);
    CHECK(c.archive.orphans().value().size() == 3);
    CHECK(c.archive.recover().value().isEmpty());
}

TEST_CASE("a recording waits for an entry until it is attached, then the entry lists it", "[telephony][archive]")
{
    Centre c;
    const CallRecording morning = c.record(QStringLiteral("Линия 1"), QString(), at(2026, 3, 10, 9, 0), 0.5);
    const CallRecording noon = c.record(QStringLiteral("Линия 1"), QString(), at(2026, 3, 10, 12, 0), 0.5);
    const CallRecording evening = c.record(QStringLiteral("Линия 2"), QString(), at(2026, 3, 10, 18, 0), 0.5);
    const CallRecording now = c.record(QStringLiteral("Линия 2"), QString(), at(2026, 3, 10, 19, 0), 0.5, false);
    // Newest first; the call still going on is not waiting yet.
    CHECK(idsOf(c.archive.orphans().value()) == QList<RecordingId>{evening.id, noon.id, morning.id});

    const qint64 entry = c.newEntry(QStringLiteral("Иванова"));
    REQUIRE(c.archive.attach(noon.id, entry, true));
    REQUIRE(c.archive.attach(morning.id, entry, false));
    // Attached during the call, as the dispatcher registers the entry while talking.
    REQUIRE(c.archive.attach(now.id, entry, true));
    CHECK(idsOf(c.archive.orphans().value()) == QList<RecordingId>{evening.id});
    const auto listed = c.archive.ofEntry(entry).value();
    REQUIRE(idsOf(listed) == QList<RecordingId>{morning.id, noon.id, now.id});
    CHECK_FALSE(listed[0].toldOfRecording);
    CHECK(listed[1].toldOfRecording);
    CHECK(listed[1].entryId == entry);
    CHECK(listed[1].entryNumber == QStringLiteral("1/2026"));

    // Attaching again to the same entry only changes the flag; to another entry is refused.
    REQUIRE(c.archive.attach(morning.id, entry, true));
    CHECK(c.repo.get(morning.id).value().toldOfRecording);
    const qint64 other = c.newEntry(QStringLiteral("Петрова"));
    const auto refused = c.archive.attach(morning.id, other, true);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("1/2026")));
    CHECK(c.archive.ofEntry(other).value().isEmpty());
    CHECK(c.repo.get(morning.id).value().entryId == entry);
    // An entry that does not exist.
    const auto missing = c.archive.attach(evening.id, 999999, false);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == Error::Kind::NotFound);
}

TEST_CASE("the keeping rules delete only the old recordings of lines with a keeping time and say which",
          "[telephony][archive]")
{
    Centre c;
    const QDateTime now = at(2026, 3, 10, 14, 30);
    const QString line1 = QStringLiteral("Линия 1");
    const QString line2 = QStringLiteral("Линия 2");
    const CallRecording old1 = c.record(line1, QStringLiteral("+79123456789"), now.addDays(-40), 1.0, true, true);
    const CallRecording older1 = c.record(line1, QString(), now.addDays(-31), 0.5);
    const CallRecording recent1 = c.record(line1, QString(), now.addDays(-29), 0.5);
    const CallRecording unended1 = c.record(line1, QString(), now.addDays(-35), 0.5, false);
    const CallRecording old2 = c.record(line2, QString(), now.addDays(-400), 0.5);
    const qint64 entry = c.newEntry(QStringLiteral("Иванова"));
    REQUIRE(c.archive.attach(old1.id, entry, true));
    const qint64 bytes = QFileInfo(c.archive.absolutePath(old1.path)).size() +
                         QFileInfo(c.archive.absolutePath(old1.opusPath)).size() +
                         QFileInfo(c.archive.absolutePath(older1.path)).size();
    const auto keep = [&](const QString& line) {
        return line == line1 ? 30 : 0;
    };

    const auto report = c.archive.applyRetention(now, keep);
    REQUIRE(report);
    CHECK(report->count == 2);
    CHECK(report->bytes == bytes);
    CHECK(idsOf(report->deleted) == QList<RecordingId>{old1.id, older1.id});
    CHECK(report->failures.isEmpty());
    for (const QString& gone : {old1.path, old1.opusPath, older1.path})
        CHECK_FALSE(QFileInfo::exists(c.archive.absolutePath(gone)));
    for (const QString& kept : {recent1.path, unended1.path, old2.path})
        CHECK(QFileInfo::exists(c.archive.absolutePath(kept)));
    // The month of the 40-day-old call had nothing else: its folder goes too.
    CHECK_FALSE(QFileInfo::exists(c.archive.absolutePath(QFileInfo(old1.path).path())));

    // The rows stay, marked, so that the entry can say there was a recording.
    const auto listed = c.archive.ofEntry(entry).value();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].isDeleted());
    CHECK(listed[0].deletedAt == now);
    CHECK(c.repo.get(older1.id).value().isDeleted());
    CHECK_FALSE(c.repo.get(recent1.id).value().isDeleted());
    CHECK(idsOf(c.archive.orphans().value()) == QList<RecordingId>{recent1.id, old2.id});

    // A deleted recording cannot be attached any more.
    const auto refused = c.archive.attach(older1.id, entry, false);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("10.03.2026")));
    CHECK(c.archive.ofEntry(entry).value().size() == 1);

    // Run again, nothing more to do.
    const auto again = c.archive.applyRetention(now, keep);
    REQUIRE(again);
    CHECK(again->count == 0);
    CHECK(again->bytes == 0);
}

TEST_CASE("a recording the keeping rules cannot delete is reported and kept, then deleted once it can be",
          "[telephony][archive]")
{
    Centre c;
    const QDateTime now = at(2026, 3, 10, 14, 30);
    const CallRecording stuck = c.record(QStringLiteral("Линия 1"), QString(), now.addDays(-60), 0.5);
    const CallRecording fine = c.record(QStringLiteral("Линия 1"), QString(), now.addDays(-61), 0.5);
    // A folder where the file was: unlink() refuses it whoever runs the tests, root included, as it would refuse a
    // file on a read-only disk.
    const QString path = c.archive.absolutePath(stuck.path);
    REQUIRE(QFile::remove(path));
    REQUIRE(QDir().mkpath(path));
    QFile inside(path + QStringLiteral("/keep"));
    REQUIRE(inside.open(QIODevice::WriteOnly));
    inside.close();

    const auto report = c.archive.applyRetention(now, [](const QString&) { return 30; });
    REQUIRE(report);
    CHECK(report->count == 1);
    CHECK(idsOf(report->deleted) == QList<RecordingId>{fine.id});
    REQUIRE(report->failures.size() == 1);
    CHECK(report->failures[0].recording.id == stuck.id);
    CHECK(report->failures[0].path == path);
    CHECK(report->failures[0].error.message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(report->failures[0].error.detail.isEmpty());
    CHECK_FALSE(c.repo.get(stuck.id).value().isDeleted());

    REQUIRE(QDir(path).removeRecursively());
    const auto retried = c.archive.applyRetention(now, [](const QString&) { return 30; });
    REQUIRE(retried);
    CHECK(idsOf(retried->deleted) == QList<RecordingId>{stuck.id});
    CHECK(retried->failures.isEmpty());
    CHECK(c.repo.get(stuck.id).value().isDeleted());
}
