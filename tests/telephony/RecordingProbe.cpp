// SPDX-License-Identifier: GPL-3.0-or-later
// zabota_recording_probe WAV [OPUS]: records ProbeTone with CallRecorder in real time, a 20 ms block every 20 ms,
// and prints "recorded N s" after each whole second has been written. The recorder test kills it with SIGKILL and
// looks at what the files kept. Stops by itself after a minute.
#include "tests/telephony/RecordingProbe.h"

#include "core/telephony/CallRecorder.h"

#include <chrono>
#include <cstdio>
#include <thread>

using zabota::telephony::CallRecorder;
using zabota::tests::ProbeTone;

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fputs("usage: zabota_recording_probe WAV [OPUS]\n", stderr);
        return 2;
    }
    auto recorder =
        CallRecorder::start(QString::fromLocal8Bit(argv[1]), argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString());
    if (!recorder) {
        std::fprintf(stderr, "%s\n", qPrintable(recorder.error().message));
        return 1;
    }
    constexpr int kBlocksPerSecond = ProbeTone::kSampleRate / ProbeTone::kBlock;
    constexpr std::chrono::milliseconds kBlockTime(1000 / kBlocksPerSecond);
    auto next = std::chrono::steady_clock::now();
    for (qint64 block = 0; block < 60 * kBlocksPerSecond; ++block) {
        const auto samples = ProbeTone::samples(block * ProbeTone::kBlock, ProbeTone::kBlock);
        if (auto written = (*recorder)->write(samples); !written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        if ((block + 1) % kBlocksPerSecond == 0) {
            std::printf("recorded %lld s\n", static_cast<long long>((block + 1) / kBlocksPerSecond));
            std::fflush(stdout);
        }
        next += kBlockTime;
        std::this_thread::sleep_until(next);
    }
    return (*recorder)->finish() ? 0 : 1;
}
