// SPDX-License-Identifier: GPL-3.0-or-later
// The phone line through real audio, by hand (not a ctest test: it runs in real time):
//   zabota_capture_bench [--seconds N] [--families N]
// 1. The CPU one recording line takes: a PulseAudio server of its own with a null sink stands in for the adapter; N
//    seconds of line audio (speech, tones, a caller ID) are played into it while the line is captured, monitored and
//    recorded to WAV and Opus; the process's CPU time over the wall time is the share of one core.
// 2. From the decoded number to the incoming-call card showing the caller's families, over a demo database.
#include "core/audit/AuditRepository.h"
#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/family/FamilyService.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/recording/RecordingRepository.h"
#include "core/storage/Database.h"
#include "core/telephony/LineCapture.h"
#include "core/telephony/LineDesk.h"
#include "core/telephony/RecordingArchive.h"
#include "tests/audio/PulseServer.h"
#include "tests/bench/BenchOutput.h"
#include "tests/telephony/LineSignal.h"
#include "tests/telephony/SpeechSignal.h"
#include "ui/CallDesk.h"
#include "ui/IncomingCallCard.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QAudioDevice>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace zabota;
using bench::die;
using bench::out;
using bench::verdict;

namespace {

constexpr double kCpuTargetPercent = 3.0;
constexpr double kCardTargetMs = 50.0;
constexpr int kCardRuns = 20;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Line audio of about `seconds`: talk with pauses, as most of a recorded line's day is.
std::vector<qint16> lineAudio(int seconds)
{
    const auto speech = tests::LineSignal::atLevel(
        tests::SpeechSignal::russianSpeech(QStringLiteral("Здравствуйте, центр помощи семье, слушаю вас. "
                                                          "Расскажите, пожалуйста, что у вас случилось.")),
        -20.0);
    std::vector<qint16> audio;
    while (qint64(audio.size()) < qint64(seconds) * 8000) {
        audio.insert(audio.end(), speech.begin(), speech.end());
        const auto pause = tests::LineSignal::noise(700, -60.0, unsigned(audio.size()));
        audio.insert(audio.end(), pause.begin(), pause.end());
    }
    audio.resize(std::size_t(seconds) * 8000);
    return audio;
}

void measureCpu(tests::PulseServer& pulse, int seconds)
{
    const QAudioDevice input = tests::PulseServer::input();
    if (input.isNull()) {
        out() << "the PulseAudio input line_in is missing" << Qt::endl;
        std::exit(1);
    }
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("line.wav"));
    if (!tests::LineSignal::writeWav(wav, lineAudio(seconds))) {
        out() << "cannot write " << wav << Qt::endl;
        std::exit(1);
    }
    telephony::LineConfig line;
    line.name = QStringLiteral("Линия 1");
    line.deviceId = input.id();
    line.deviceDescription = input.description();
    // Speech with no ring starts a call at once: the whole run is recorded, WAV and Opus.
    telephony::LineCapture capture(
        line, dir.filePath(QStringLiteral("recordings")), [](const QString&, const QDateTime& at) {
            const QString name = at.toString(u"HHmmsszzz");
            return telephony::RecordingPaths{name + QStringLiteral(".wav"), name + QStringLiteral(".opus")};
        });
    int recordings = 0;
    QObject::connect(&capture, &telephony::LineCapture::recordingStarted, &capture, [&recordings] { ++recordings; });
    capture.start();
    QTest::qWait(2500); // the first second of a stream never comes; let it pass
    if (!pulse.play(wav)) {
        out() << pulse.error() << Qt::endl;
        std::exit(1);
    }
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    while (pulse.playing())
        QTest::qWait(200);
    const double cpu = cpuSeconds() - cpuBefore;
    const double wallSeconds = double(wall.elapsed()) / 1000.0;
    capture.stop();
    const double percent = 100.0 * cpu / wallSeconds;
    out() << "one recording line: " << QString::number(percent, 'f', 2) << "% of a core over "
          << QString::number(wallSeconds, 'f', 1) << " s of capture (" << recordings
          << " recordings; target <= " << kCpuTargetPercent << "%) " << verdict(percent, kCpuTargetPercent) << Qt::endl;
}

void measureCard(int families)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto db = core::Database::openSqlite(path);
        if (!db)
            die(QStringLiteral("open"), db.error());
        core::DemoOptions options;
        options.entries = families * 5;
        options.families = families;
        options.cases = 0;
        options.passwordIterations = 1000;
        auto report = core::DemoGenerator(**db).generate(options, [](int, int) { return true; });
        if (!report)
            die(QStringLiteral("demo data"), report.error());
    }
    auto db = core::Database::openSqlite(path);
    if (!db)
        die(QStringLiteral("open"), db.error());
    core::UserRepository users(**db);
    core::CategoryRepository categories(**db);
    core::JournalRepository journalRepo(**db);
    auto dispatcher = users.findByLogin(QStringLiteral("petrova.a"));
    if (!dispatcher || !dispatcher->has_value()) {
        out() << "the demo dispatcher petrova.a is missing" << Qt::endl;
        std::exit(1);
    }
    core::JournalService journal(journalRepo, categories, (*dispatcher)->first);
    core::AuthService auth(users);
    core::DistrictRepository districts(**db);
    core::AuditRepository audit(**db);
    core::FamilyRepository familyRepo(**db, journalRepo);
    core::FamilyService familyService(familyRepo, districts, audit, (*dispatcher)->first);
    core::RecordingRepository recordingRepo(**db);
    telephony::RecordingArchive archive(dir.filePath(QStringLiteral("recordings")), recordingRepo);
    telephony::LineDesk desk(&archive);
    ui::MainWindow window(journal, auth);
    window.setFamilyService(&familyService);
    window.setTelephony(&desk, &archive);
    window.show();

    // Phones that the demo families have, as caller ID would give them.
    QStringList phones;
    QSqlQuery query = (*db)->prepare(QStringLiteral("SELECT digits FROM family_phone ORDER BY id LIMIT ?"));
    query.addBindValue(kCardRuns);
    if (!query.exec())
        die(QStringLiteral("phones"), core::Error{core::Error::Kind::Storage, QStringLiteral("phones"), {}, {}});
    while (query.next())
        phones << query.value(0).toString();

    QList<double> times;
    for (const QString& phone : std::as_const(phones)) {
        telephony::LineCall call;
        call.id = int(times.size()) + 1;
        call.line = QStringLiteral("Линия 1");
        call.startedAt = QDateTime::currentDateTime();
        call.rings = 1;
        telephony::CallerId id;
        id.number = phone;
        call.callerId = id;
        QElapsedTimer timer;
        timer.start();
        // What the desk sends the moment the line's number is decoded.
        emit desk.callChanged(call);
        ui::IncomingCallCard* card = window.callDesk()->card(call.id);
        QCoreApplication::processEvents();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!card || card->numberText() != phone || card->familyRows().isEmpty()) {
            out() << "the card for " << phone << " did not show its family" << Qt::endl;
            std::exit(1);
        }
        times << ms;
        card->hide();
    }
    const auto p = bench::percentiles(times);
    out() << "number to card with families: p50 " << QString::number(p.p50, 'f', 1) << " ms, p95 "
          << QString::number(p.p95, 'f', 1) << " ms, max " << QString::number(p.max, 'f', 1) << " ms over "
          << times.size() << " calls, " << families << " families (target <= " << kCardTargetMs << " ms) "
          << verdict(p.p95, kCardTargetMs) << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Before Qt Multimedia is first used: it reads PULSE_SERVER once.
    tests::PulseServer pulse;
    QApplication app(argc, argv);
    int seconds = 60;
    int families = 20000;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--seconds")
            seconds = std::max(10, args[i + 1].toInt());
        else if (args[i] == u"--families")
            families = std::max(100, args[i + 1].toInt());
    }
    if (!pulse.error().isEmpty()) {
        out() << pulse.error() << Qt::endl;
        return 1;
    }
    measureCpu(pulse, seconds);
    measureCard(families);
    return 0;
}
