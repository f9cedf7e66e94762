// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/telephony/SpeechSignal.h"

#include <QByteArray>
#include <QProcess>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace zabota::tests {

namespace {

struct Wav {
    int sampleRate = 0;
    std::vector<double> samples;
};

// espeak-ng writes a 16-bit mono WAV to a pipe, where it cannot go back to fill in the sizes: the data chunk runs to
// the end of the output whatever its header says.
Wav parseWav(const QByteArray& bytes)
{
    Wav wav;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return wav;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const auto size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 8 <= bytes.size()) {
            wav.sampleRate = int(qFromLittleEndian<quint32>(bytes.constData() + body + 4));
        } else if (id == "data") {
            for (qsizetype i = body; i + 1 < bytes.size(); i += 2)
                wav.samples.push_back(double(qFromLittleEndian<qint16>(bytes.constData() + i)));
            return wav;
        }
        at = body + qsizetype(size) + qsizetype(size % 2);
    }
    return wav;
}

// Windowed-sinc interpolation (Blackman window, 64 taps each side at the input's rate) with its cut-off at 3.6 kHz,
// below the 4 kHz of the 8 kHz output, so that nothing of espeak's upper band folds back into the line's band.
std::vector<qint16> resample(const std::vector<double>& input, int fromRate, int toRate)
{
    constexpr int kHalfTaps = 64;
    const double cutoff = 3600.0 / fromRate; // cycles per input sample
    const double step = double(fromRate) / toRate;
    const auto count = std::size_t(double(input.size()) / step);
    std::vector<qint16> out(count, 0);
    for (std::size_t n = 0; n < count; ++n) {
        const double centre = double(n) * step;
        const auto first = qint64(std::floor(centre)) - kHalfTaps + 1;
        double sum = 0;
        for (qint64 k = first; k < first + 2 * kHalfTaps; ++k) {
            if (k < 0 || k >= qint64(input.size()))
                continue;
            const double x = double(k) - centre;
            const double sinc =
                x == 0 ? 2.0 * cutoff : std::sin(2.0 * std::numbers::pi * cutoff * x) / (std::numbers::pi * x);
            const double w = (x + kHalfTaps) / (2.0 * kHalfTaps);
            const double blackman =
                0.42 - 0.5 * std::cos(2.0 * std::numbers::pi * w) + 0.08 * std::cos(4.0 * std::numbers::pi * w);
            sum += input[std::size_t(k)] * sinc * blackman;
        }
        out[n] = qint16(std::clamp(std::lround(sum), -32768L, 32767L));
    }
    return out;
}

} // namespace

std::vector<qint16> SpeechSignal::russianSpeech(const QString& text)
{
    QProcess espeak;
    espeak.start(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-v"), QStringLiteral("ru"), QStringLiteral("--stdout"), text});
    if (!espeak.waitForFinished(60'000) || espeak.exitStatus() != QProcess::NormalExit || espeak.exitCode() != 0)
        return {};
    const Wav wav = parseWav(espeak.readAllStandardOutput());
    if (wav.sampleRate <= 0 || wav.samples.empty())
        return {};
    std::vector<qint16> speech = resample(wav.samples, wav.sampleRate, kSampleRate);

    // Cut what comes before the first and after the last 10 ms that are within 30 dB of the loudest: espeak's
    // silence and the faintest breath, which no VOX would call speech.
    constexpr std::size_t kFrame = 80;
    std::vector<double> powers;
    for (std::size_t start = 0; start + kFrame <= speech.size(); start += kFrame) {
        double sum = 0;
        for (std::size_t i = start; i < start + kFrame; ++i)
            sum += double(speech[i]) * double(speech[i]);
        powers.push_back(sum / kFrame);
    }
    if (powers.empty())
        return {};
    const double floor = *std::ranges::max_element(powers) / 1000.0;
    const auto first =
        std::size_t(std::ranges::find_if(powers, [floor](double p) { return p >= floor; }) - powers.begin());
    const auto last = powers.size() - std::size_t(std::find_if(powers.rbegin(), powers.rend(),
                                                               [floor](double p) { return p >= floor; }) -
                                                  powers.rbegin());
    return {speech.begin() + qsizetype(first * kFrame), speech.begin() + qsizetype(last * kFrame)};
}

} // namespace zabota::tests
