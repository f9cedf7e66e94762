// SPDX-License-Identifier: GPL-3.0-or-later
// The line monitor's speed: an hour of a synthetic phone line (the line's hiss, and a call every few minutes: rings,
// V.23 caller ID, the answer, turns of speech-like sound, DTMF, the busy tone) run through the whole chain on one
// core, against the target of 2000 times faster than real time.
//   zabota_line_bench [--minutes N]
#include "core/telephony/LineMonitor.h"
#include "tests/bench/BenchOutput.h"
#include "tests/telephony/LineSignal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cmath>
#include <numbers>
#include <random>

using namespace zabota;
using namespace zabota::bench;
using tests::LineSignal;

namespace {

constexpr double kTarget = 2000.0;
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

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutesOption(QStringLiteral("minutes"), QStringLiteral("Length of the line."),
                                           QStringLiteral("N"), QStringLiteral("60"));
    parser.addOption(minutesOption);
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
    return 0;
}
