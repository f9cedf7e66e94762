// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/telephony/SpeechSignal.h"

#include <QProcess>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace zabota::tests {

namespace {

constexpr double kCutoffHz = 3500.0;
constexpr int kHalfTaps = 64; // input samples on either side of each output instant

struct Wav {
    int rate = 0;
    std::vector<qint16> samples;
};

// The 16-bit mono PCM of a WAV file as espeak-ng writes it to a pipe: its sizes may be placeholders, so the data
// chunk is taken to the end of the bytes.
Wav parseWav(const QByteArray& bytes)
{
    Wav wav;
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return wav;
    const auto* data = reinterpret_cast<const uchar*>(bytes.constData());
    int channels = 0;
    int bits = 0;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(data + at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt " && body + 16 <= bytes.size()) {
            channels = qFromLittleEndian<quint16>(data + body + 2);
            wav.rate = int(qFromLittleEndian<quint32>(data + body + 4));
            bits = qFromLittleEndian<quint16>(data + body + 14);
        } else if (id == "data") {
            if (channels != 1 || bits != 16)
                return {};
            const qsizetype length = std::min(size, bytes.size() - body) / 2;
            wav.samples.resize(std::size_t(length));
            for (qsizetype i = 0; i < length; ++i)
                wav.samples[std::size_t(i)] = qFromLittleEndian<qint16>(data + body + 2 * i);
            return wav;
        }
        at = body + size + (size & 1);
    }
    return {};
}

double blackman(double x) // x in [-1, 1]
{
    const double phase = std::numbers::pi * (x + 1.0);
    return 0.42 - 0.5 * std::cos(phase) + 0.08 * std::cos(2.0 * phase);
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
    if (wav.rate <= 0 || wav.samples.empty())
        return {};
    return resampled(wav.samples, wav.rate);
}

std::vector<qint16> SpeechSignal::resampled(const std::vector<qint16>& samples, int rate)
{
    const double step = double(rate) / kSampleRate; // input samples per output sample
    const double cutoff = kCutoffHz / rate;         // cycles per input sample
    const auto count = std::size_t(double(samples.size()) / step);
    std::vector<qint16> out(count);
    for (std::size_t n = 0; n < count; ++n) {
        const double at = double(n) * step;
        const auto centre = qint64(std::floor(at));
        double sum = 0;
        for (qint64 i = centre - kHalfTaps + 1; i <= centre + kHalfTaps; ++i) {
            if (i < 0 || i >= qint64(samples.size()))
                continue;
            const double offset = double(i) - at;
            const double sinc = offset == 0 ? 1.0
                                            : std::sin(2.0 * std::numbers::pi * cutoff * offset) /
                                                  (2.0 * std::numbers::pi * cutoff * offset);
            sum += samples[std::size_t(i)] * 2.0 * cutoff * sinc * blackman(offset / kHalfTaps);
        }
        out[n] = qint16(std::clamp(std::lround(sum), -32768L, 32767L));
    }
    return out;
}

} // namespace zabota::tests
