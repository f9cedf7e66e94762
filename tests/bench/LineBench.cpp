// SPDX-License-Identifier: GPL-3.0-or-later
// The line monitor's speed: an hour of a synthetic phone line (the line's hiss, and a call every few minutes: rings,
// V.23 caller ID, the answer, turns of speech-like sound, DTMF, the busy tone) run through the whole chain on one
// core, against the target of 2000 times faster than real time. Then the same Bell 202 caller ID file decoded by the
// console's decoder and by `minimodem --rx callerid` side by side: throughput, and how many numbers each got right;
// and what the decoder alone costs a sample, beside spandsp's ADSI receiver, which decoded FSK caller ID before.
//   zabota_line_bench [--minutes N] [--messages N]
// spandsp's receiver state is opened here only to give it the level cutoff the console gave it.
#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include "core/telephony/CallerIdDecoder.h"
#include "core/telephony/LineMonitor.h"
#include "core/telephony/WavReader.h"
#include "tests/bench/BenchOutput.h"
#include "tests/telephony/LineSignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <numbers>
#include <optional>
#include <random>
#include <spandsp.h>

using namespace zabota;
using namespace zabota::bench;
using tests::LineSignal;

namespace {

constexpr double kTarget = 2000.0;
constexpr int kRuns = 3;
constexpr int kRate = LineSignal::kSampleRate;

void append(std::vector<qint16>& line, const std::vector<qint16>& piece)
{
    line.insert(line.end(), piece.begin(), piece.end());
}

// Speech-like sound: noise whose loudness rises and falls with syllables of about 200 ms.
std::vector<qint16> talk(int milliseconds, unsigned seed)
{
    auto sound = LineSignal::noise(milliseconds, -18.0, seed);
    for (std::size_t n = 0; n < sound.size(); ++n) {
        const double envelope = std::abs(std::sin(std::numbers::pi * double(n) / (0.2 * kRate)));
        sound[n] = qint16(double(sound[n]) * envelope);
    }
    return sound;
}

std::vector<qint16> syntheticLine(int minutes)
{
    std::vector<qint16> line;
    line.reserve(std::size_t(minutes) * 60 * kRate);
    std::mt19937 random(2024);
    unsigned seed = 1;
    tests::TestCall call;
    call.number = "79123456789";
    const auto callerId = LineSignal::atLevel(LineSignal::callerId(telephony::CallerIdStandard::V23, call), -15.0);
    while (line.size() < std::size_t(minutes) * 60 * kRate) {
        // Idle for one to four minutes, then a call of one to three minutes.
        append(line, LineSignal::noise(60'000 + int(random() % 180'000), -65.0, seed++));
        append(line, callerId);
        append(line, LineSignal::rings(2, {1000, 4000}));
        const int turns = 6 + int(random() % 12);
        for (int turn = 0; turn < turns; ++turn) {
            append(line, talk(3000 + int(random() % 6000), seed++));
            append(line, LineSignal::noise(700 + int(random() % 1500), -65.0, seed++));
        }
        append(line, LineSignal::atLevel(LineSignal::dtmf("123"), -10.0));
        append(line, LineSignal::exchangeTone(8, 350, 350));
    }
    line.resize(std::size_t(minutes) * 60 * kRate);
    return line;
}

} // namespace

struct Decoded {
    int right = 0;
    int wrong = 0; // a number that was not sent at that place
    int missed = 0;
};

Decoded score(const QStringList& sent, const QStringList& heard)
{
    Decoded result;
    qsizetype next = 0;
    for (const QString& number : heard) {
        const qsizetype at = sent.indexOf(number, next);
        if (at < 0) {
            ++result.wrong;
            continue;
        }
        result.missed += int(at - next);
        ++result.right;
        next = at + 1;
    }
    result.missed += int(sent.size() - next);
    return result;
}

QString scoreText(const Decoded& d)
{
    return QStringLiteral("%1 right, %2 wrong, %3 missed").arg(d.right).arg(d.wrong).arg(d.missed);
}

// What decoding the messages costs a sample, from memory, the best of five runs: the console's decoder, and spandsp's
// ADSI receiver as the console used it before (blocks of 40 samples, heard down to -46 dBm0).
void decoderCost(const std::vector<qint16>& line, int messages)
{
    constexpr int kCostRuns = 5;
    double ours = 1e9;
    int oursFound = 0;
    for (int run = 0; run < kCostRuns; ++run) {
        int found = 0;
        telephony::CallerIdDecoder decoder(telephony::CallerIdStandard::Bell202,
                                           [&found](const telephony::CallerId&) { ++found; });
        QElapsedTimer timer;
        timer.start();
        for (std::size_t at = 0; at < line.size(); at += kRate / 10)
            decoder.feed(
                std::span<const qint16>(line).subspan(at, std::min<std::size_t>(kRate / 10, line.size() - at)));
        ours = std::min(ours, double(timer.nsecsElapsed()) / double(line.size()));
        oursFound = found;
    }
    double theirs = 1e9;
    int theirsFound = 0;
    for (int run = 0; run < kCostRuns; ++run) {
        int found = 0;
        adsi_rx_state_t* rx = adsi_rx_init(
            nullptr, ADSI_STANDARD_CLASS, [](void* user, const std::uint8_t*, int) { ++*static_cast<int*>(user); },
            &found);
        fsk_rx_signal_cutoff(&rx->fskrx, -46.0F);
        QElapsedTimer timer;
        timer.start();
        for (std::size_t at = 0; at < line.size(); at += 40)
            adsi_rx(rx, line.data() + at, int(std::min<std::size_t>(40, line.size() - at)));
        theirs = std::min(theirs, double(timer.nsecsElapsed()) / double(line.size()));
        adsi_rx_free(rx);
        theirsFound = found;
    }
    out() << "  the decoder alone, from memory: " << QString::number(ours, 'f', 2) << " ns a sample (" << oursFound
          << " caller IDs of " << messages
          << " messages); spandsp's ADSI receiver, used before: " << QString::number(theirs, 'f', 2) << " ns a sample ("
          << theirsFound << " messages)" << Qt::endl;
}

// A decoder's run over a file: how long it took, wall clock, and the numbers it read.
struct Run {
    double seconds = 0;
    QStringList numbers;
};

// Bell 202 caller ID messages at levels from -10 to -40 dBm0 with the line's noise from 30 down to 12 dB below them,
// `gapMs` of the idle line's hiss between them: none (the file is nothing but messages), or the quiet between calls
// that a recorded line has. The console decodes it with the line monitor, as it listens to a line. Both decoders
// read the same file, `kRuns` times each.
void compareWithMinimodem(int messages, int gapMs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("callerid.wav"));
    std::vector<qint16> line;
    QStringList sent;
    std::mt19937 random(7);
    for (int i = 0; i < messages; ++i) {
        tests::TestCall call;
        call.number = QByteArray::number(qulonglong(79000000000ULL + random() % 999999999ULL));
        sent << QString::fromLatin1(call.number);
        const double level = -10.0 - double(i % 7) * 5.0;
        const double snr = 30.0 - double(i % 4) * 6.0;
        append(line, LineSignal::withNoise(
                         LineSignal::atLevel(LineSignal::callerId(telephony::CallerIdStandard::Bell202, call), level),
                         snr, unsigned(i + 1)));
        if (gapMs > 0)
            append(line, LineSignal::noise(gapMs, -65.0, unsigned(messages + i + 1)));
    }
    if (!LineSignal::writeWav(path, line)) {
        out() << "cannot write " << path << Qt::endl;
        return;
    }
    const double audioSeconds = double(line.size()) / kRate;

    // The console: the file read a block at a time through the line monitor, as `zabota line-replay --standard
    // bell202` does.
    const auto console = [&path, gapMs]() {
        QElapsedTimer timer;
        timer.start();
        QStringList numbers;
        const auto take = [&numbers](const telephony::CallerId& id) {
            numbers << id.number;
        };
        core::Status read;
        if (gapMs > 0) {
            telephony::LineMonitorSettings settings;
            settings.standard = telephony::CallerIdStandard::Bell202;
            telephony::LineMonitor monitor(settings, [&take](const telephony::LineEvent& event) {
                if (event.kind == telephony::LineEventKind::CallerId)
                    take(event.callerId);
            });
            read = telephony::WavReader::stream(path, kRate / 10,
                                                [&monitor](std::span<const qint16> block) { monitor.feed(block); });
            monitor.finish();
        } else {
            // Messages back to back never come on a line, and the monitor rests its receivers over continuous
            // sound: the decoder alone.
            telephony::CallerIdDecoder decoder(telephony::CallerIdStandard::Bell202, take);
            read = telephony::WavReader::stream(path, kRate / 10,
                                                [&decoder](std::span<const qint16> block) { decoder.feed(block); });
        }
        if (!read)
            die(QStringLiteral("read"), read.error());
        return Run{double(timer.nsecsElapsed()) / 1e9, numbers};
    };
    const auto minimodem = [&path]() -> std::optional<Run> {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QStringLiteral("minimodem"), {QStringLiteral("--rx"), QStringLiteral("callerid"),
                                                    QStringLiteral("--quiet"), QStringLiteral("-f"), path});
        if (!process.waitForStarted(5000))
            return std::nullopt;
        process.waitForFinished(600000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        QStringList numbers;
        static const QRegularExpression kPhone(QStringLiteral("^Phone:\\s*(\\S+)"),
                                               QRegularExpression::MultilineOption);
        for (auto match = kPhone.globalMatch(QString::fromLocal8Bit(process.readAllStandardOutput())); match.hasNext();)
            numbers << match.next().captured(1);
        return Run{seconds, numbers};
    };
    // Each the fastest of a few runs, taken in turns, so that neither is timed only while the machine is busy.
    Run best{1e9, {}};
    Run theirsBest{1e9, {}};
    for (int run = 0; run < kRuns; ++run) {
        const Run oursRun = console();
        if (oursRun.seconds < best.seconds)
            best = oursRun;
        const auto theirsRun = minimodem();
        if (!theirsRun) {
            out() << "minimodem is not installed (Debian package minimodem): no comparison" << Qt::endl;
            return;
        }
        if (theirsRun->seconds < theirsBest.seconds)
            theirsBest = *theirsRun;
    }
    const double oursSeconds = best.seconds;
    const double theirsSeconds = theirsBest.seconds;
    const QStringList& ours = best.numbers;
    const QStringList& theirs = theirsBest.numbers;

    const double oursSpeed = audioSeconds / oursSeconds;
    const double theirsSpeed = audioSeconds / theirsSeconds;
    out() << "Bell 202 caller ID, " << messages << " messages "
          << (gapMs > 0 ? QStringLiteral("with %1 s of the idle line between them").arg(gapMs / 1000)
                        : QStringLiteral("back to back"))
          << ", " << QString::number(audioSeconds, 'f', 0)
          << " s of audio (-10 to -40 dBm0, 30 to 12 dB SNR):" << Qt::endl;
    out() << "  (the fastest of " << kRuns << " runs each, wall clock, reading the file included)" << Qt::endl;
    out() << "  console:   " << QString::number(oursSeconds, 'f', 3) << " s, " << QString::number(oursSpeed, 'f', 0)
          << "× real time; " << scoreText(score(sent, ours)) << Qt::endl;
    out() << "  minimodem: " << QString::number(theirsSeconds, 'f', 3) << " s, " << QString::number(theirsSpeed, 'f', 0)
          << "× real time; " << scoreText(score(sent, theirs)) << Qt::endl;
    const double ratio = oursSpeed / theirsSpeed;
    out() << "  the console is " << QString::number(ratio, 'f', 1) << "× minimodem's throughput (target >= 10×): "
          << (ratio >= 10.0 ? QStringLiteral("OK") : QStringLiteral("MISSED")) << Qt::endl;
    if (gapMs == 0)
        decoderCost(line, messages);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Length of the line."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    parser.addOption(minutesOption);
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Caller ID messages for the comparison with minimodem."),
                                            QStringLiteral("N"), QStringLiteral("280"));
    parser.addOption(messagesOption);
    parser.process(app);
    const int minutes = std::max(1, parser.value(minutesOption).toInt());

    out() << "Making " << minutes << " minutes of line audio..." << Qt::endl;
    const auto line = syntheticLine(minutes);

    int calls = 0;
    int events = 0;
    telephony::LineMonitor monitor({}, [&](const telephony::LineEvent& event) {
        ++events;
        if (event.kind == telephony::LineEventKind::CallEnded)
            ++calls;
    });
    QElapsedTimer timer;
    timer.start();
    constexpr std::size_t kBlock = 800; // 100 ms, as capture delivers it
    for (std::size_t at = 0; at < line.size(); at += kBlock)
        monitor.feed(std::span<const qint16>(line).subspan(at, std::min(kBlock, line.size() - at)));
    monitor.finish();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double speed = double(line.size()) / kRate / seconds;
    out() << "Line monitor over " << minutes << " min: " << QString::number(seconds, 'f', 3) << " s, "
          << QString::number(speed, 'f', 0) << "× real time (target " << kTarget
          << "×): " << (speed >= kTarget ? QStringLiteral("OK") : QStringLiteral("MISSED")) << "; " << calls
          << " calls, " << events << " events" << Qt::endl;
    const int messages = std::max(1, parser.value(messagesOption).toInt());
    compareWithMinimodem(messages, 0);
    compareWithMinimodem(messages, 20'000);
    return 0;
}
