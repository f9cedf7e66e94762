// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/DtmfDetector.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <complex>
#include <new>
#include <numbers>
#include <spandsp.h>

namespace zabota::telephony {

namespace {

// Samples handed to spandsp at a time: 5 ms, the precision of a digit's time.
constexpr qsizetype kBlock = 40;
// Twist limits given to spandsp, a little past the levels that must pass (8 dB normal, 4 dB reverse) so that those
// pass whatever the noise, and well short of levels a receiver must refuse.
constexpr int kNormalTwistDb = 9;
constexpr int kReverseTwistDb = 5;
// The tone's duration is measured in windows of 5 ms; a window carries the tone when much of its power is at the
// digit's two frequencies and it has at least 60% of the power of the loudest (a window the tone fills by half has
// a half). 6 windows: 30 ms, between the 20 ms a receiver must refuse and the 40 ms it must take.
constexpr qint64 kWindow = 40;
constexpr double kMinShare = 0.3;
constexpr double kMinLevel = 0.6;
constexpr int kMinWindows = 6;
// Each frequency must be within 2.5% of the nominal one: between the 1.5% to accept and the 3.5% to refuse.
constexpr double kMaxDeviation = 0.025;
// The frequency is told from the phase advance between two Hann windows of 20 ms, 5 ms apart.
constexpr qint64 kPhaseWindow = 160;
constexpr qint64 kPhaseStep = 40;
constexpr double kSampleRate = 8000.0;

constexpr std::array<double, 4> kRows = {697, 770, 852, 941};
constexpr std::array<double, 4> kColumns = {1209, 1336, 1477, 1633};
constexpr std::string_view kKeys = "123A456B789C*0#D";

} // namespace

void DtmfDetector::StateDeleter::operator()(dtmf_rx_state_s* state) const
{
    dtmf_rx_free(state);
}

DtmfDetector::DtmfDetector(Callback callback)
    : m_callback(std::move(callback))
    , m_state(dtmf_rx_init(nullptr, &DtmfDetector::receiveDigits, this))
{
    if (!m_state)
        throw std::bad_alloc();
    dtmf_rx_parms(m_state.get(), 0, kNormalTwistDb, kReverseTwistDb, INT_MIN);
}

DtmfDetector::~DtmfDetector() = default;

void DtmfDetector::feed(std::span<const qint16> samples)
{
    while (!samples.empty()) {
        const auto count = std::min<qsizetype>(kBlock, qsizetype(samples.size()));
        for (qsizetype i = 0; i < count; ++i)
            m_history[std::size_t(m_position + i) % kHistory] = samples[std::size_t(i)];
        m_blockEnd = m_position + count;
        dtmf_rx(m_state.get(), samples.data(), int(count));
        m_position = m_blockEnd;
        if (m_candidate)
            measureWindows();
        samples = samples.subspan(std::size_t(count));
    }
}

void DtmfDetector::skip(qint64 samples)
{
    m_candidate.reset();
    m_position += samples;
    m_blockEnd = m_position;
}

void DtmfDetector::receiveDigits(void* self, const char* digits, int length)
{
    auto* detector = static_cast<DtmfDetector*>(self);
    for (int i = 0; i < length; ++i)
        detector->begin(QLatin1Char(digits[i]));
}

void DtmfDetector::begin(QChar digit)
{
    const auto key = kKeys.find(char(digit.unicode()));
    if (key == std::string_view::npos)
        return;
    m_candidate = Candidate{digit, kRows[key / 4], kColumns[key % 4], 0, 0, m_blockEnd};
    // How long the tone has been there already: the windows before this sample, back to where it began.
    constexpr int kLookBack = 16;
    std::array<double, kLookBack> powers{};
    for (int i = 0; i < kLookBack; ++i)
        powers[std::size_t(i)] = m_blockEnd - (i + 1) * kWindow >= 0 ? tonePower(m_blockEnd - i * kWindow) : 0.0;
    m_candidate->reference = *std::ranges::max_element(powers);
    for (double power : powers) {
        if (power <= 0 || power < kMinLevel * m_candidate->reference)
            break;
        ++m_candidate->windows;
    }
    m_windowEnd = m_blockEnd;
    decide(false);
}

void DtmfDetector::measureWindows()
{
    while (m_candidate && m_position - m_windowEnd >= kWindow) {
        m_windowEnd += kWindow;
        const double power = tonePower(m_windowEnd);
        m_candidate->reference = std::max(m_candidate->reference, power);
        if (power > 0 && power >= kMinLevel * m_candidate->reference) {
            ++m_candidate->windows;
            m_candidate->toneEnd = m_windowEnd;
            decide(false);
        } else {
            decide(true);
        }
    }
}

double DtmfDetector::tonePower(qint64 end) const
{
    double total = 0;
    std::array<double, 2> components{};
    const std::array<double, 2> hertz = {m_candidate->row, m_candidate->column};
    for (std::size_t k = 0; k < 2; ++k) {
        const double coefficient = 2.0 * std::cos(2.0 * std::numbers::pi * hertz[k] / kSampleRate);
        double previous = 0;
        double beforePrevious = 0;
        for (qint64 n = end - kWindow; n < end; ++n) {
            const double sample = m_history[std::size_t(n) % kHistory];
            if (k == 0)
                total += sample * sample;
            const double current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        components[k] =
            2.0 * (previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious) /
            double(kWindow * kWindow);
    }
    // The two tones leak into each other's measure in so short a window, so their share is only a check that the
    // window is mostly this digit; the window's power is what is compared.
    total /= double(kWindow);
    return total > 0 && components[0] + components[1] >= kMinShare * total ? total : 0.0;
}

double DtmfDetector::frequency(double nominal, qint64 end) const
{
    // The phase of a sine's spectrum at the nominal frequency advances by 2π·f·step/rate from one window to the
    // next; the advance beyond the nominal one's gives the frequency error, unambiguous within ±rate/(2·step).
    auto spectrum = [&](qint64 from) {
        std::complex<double> sum;
        for (qint64 n = 0; n < kPhaseWindow; ++n) {
            const double hann = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * double(n) / double(kPhaseWindow));
            const double phase = -2.0 * std::numbers::pi * nominal * double(n) / kSampleRate;
            sum += hann * m_history[std::size_t(from + n) % kHistory] * std::polar(1.0, phase);
        }
        return sum;
    };
    const qint64 first = end - kPhaseWindow - kPhaseStep;
    const std::complex<double> advance = spectrum(first + kPhaseStep) * std::conj(spectrum(first));
    const double expected = 2.0 * std::numbers::pi * nominal * double(kPhaseStep) / kSampleRate;
    const double error = std::remainder(std::arg(advance) - expected, 2.0 * std::numbers::pi);
    return nominal + error * kSampleRate / (2.0 * std::numbers::pi * double(kPhaseStep));
}

void DtmfDetector::decide(bool ended)
{
    const Candidate candidate = *m_candidate;
    if (candidate.windows < kMinWindows) {
        if (ended)
            m_candidate.reset(); // too short to be a key press
        return;
    }
    m_candidate.reset();
    // The frequencies over the last 25 ms of the tone, all within it.
    const qint64 end = candidate.toneEnd;
    if (end - kPhaseWindow - kPhaseStep < 0 || m_blockEnd - (end - kPhaseWindow - kPhaseStep) > qint64(kHistory))
        return;
    for (double nominal : {candidate.row, candidate.column})
        if (std::abs(frequency(nominal, end) - nominal) > kMaxDeviation * nominal)
            return;
    if (m_callback)
        m_callback({candidate.digit, m_blockEnd});
}

} // namespace zabota::telephony
