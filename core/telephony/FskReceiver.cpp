// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/FskReceiver.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace zabota::telephony {

namespace {

// A bit in decisions, which are two samples apart: 3.33.
constexpr double kBit = double(FskReceiver::kSampleRate) / FskReceiver::kBaud / 2.0;
// A character after this many bits of steady mark, its stop bit counted, may start a message: as in spandsp's
// receiver, more than ten mark bits between two characters end a message.
constexpr double kIdleBits = 11.5;
// The squelch: a block is heard when its energy at the two tones is at least this share of what a pure tone would
// give. White noise gives 0.4 to 0.5 on average, speech mostly less, FSK 0.75 to 1 even 8 dB above the noise...
constexpr float kMinToneShare = 0.65F;
// ...and its power is at least this: exchanges send caller ID at -10 to -40 dBm0 (ETSI EN 300 659-1).
constexpr double kMinDbm0 = -48.0;

// How much of the difference between where a character that follows the last one starts and where the sender's clock
// said it would goes into where it is taken to start, and into the bit length. Tried on messages in noise with the
// sender's clock up to 2 % off: deeper in noise than with every start bit taken as heard (at 8 dB SNR 199 of 200
// messages instead of 185 to 192), and as deep with the clock off as on time.
constexpr double kPhaseGain = 0.3;
constexpr double kPeriodGain = 0.05;
constexpr double kClockTolerance = 1.03; // the bit length learnt stays within 3 % of 1200 baud

// The mean square of a sine at `dbm0` in 16-bit linear audio (a full-scale sine is +3.14 dBm0).
float powerAt(double dbm0)
{
    const double rms = 32768.0 / std::numbers::sqrt2 * std::pow(10.0, (dbm0 - 3.14) / 20.0);
    return float(rms * rms);
}

// The sum over the pairs of a window, written out and inlined: a loop or a call inside the loop over the block would
// keep the compiler from turning that into vector instructions.
template <typename Array, std::size_t... k>
[[gnu::always_inline]] inline float windowSum(const Array& pairs, int first, std::index_sequence<k...>)
{
    return (pairs[std::size_t(first) + k] + ...);
}

} // namespace

FskReceiver::FskReceiver(Modulation modulation, Callback callback)
    // Windows over which mark and space are orthogonal: 8 samples at 1000 Hz apart, 10 at 800 Hz.
    : m_pairs(modulation == Modulation::Bell202 ? 4 : 5)
    , m_callback(std::move(callback))
{
    const double mark = modulation == Modulation::Bell202 ? 1200.0 : 1300.0;
    const double space = modulation == Modulation::Bell202 ? 2200.0 : 2100.0;
    for (int n = 0; n < kBlock; ++n) {
        const auto parity = std::size_t(n % 2);
        const auto at = std::size_t(n / 2);
        const double markPhase = 2.0 * std::numbers::pi * mark * n / kSampleRate;
        const double spacePhase = 2.0 * std::numbers::pi * space * n / kSampleRate;
        m_markCos[parity][at] = float(std::cos(markPhase));
        m_markSin[parity][at] = float(std::sin(markPhase));
        m_spaceCos[parity][at] = float(std::cos(spacePhase));
        m_spaceSin[parity][at] = float(std::sin(spacePhase));
    }
    // Decision i is over the window that ends with sample 2i + 1.
    m_lag = m_pairs - 1.5;
    m_minPower = powerAt(kMinDbm0);
    reset();
}

void FskReceiver::feed(std::span<const qint16> samples)
{
    while (!samples.empty()) {
        const auto count = std::min(std::size_t(kBlock - m_fill), samples.size());
        std::copy_n(samples.begin(), count, m_input.begin() + m_fill);
        m_fresh = false;
        m_fill += int(count);
        m_position += qint64(count);
        samples = samples.subspan(count);
        if (m_fill == kBlock)
            processBlock();
    }
}

void FskReceiver::skip(qint64 samples)
{
    if (m_fill > 0) {
        std::fill(m_input.begin() + m_fill, m_input.end(), qint16(0));
        processBlock();
    }
    // A line monitor skips most of a line's time, a block at a time.
    if (!m_fresh)
        reset();
    m_position += samples;
    m_blockStart = m_position;
}

void FskReceiver::reset()
{
    for (auto* products : {&m_markI, &m_markQ, &m_spaceI, &m_spaceQ})
        products->fill(0.0F);
    m_decision.fill(0.0F);
    m_fill = 0;
    m_inCharacter = false;
    m_scan = 0;
    m_inMark = false;
    m_listened = false;
    m_lastEnd = -1.0e9;
    m_period = kBit;
    m_fresh = true;
}

void FskReceiver::processBlock()
{
    measure();
    if (m_power >= m_minPower || m_inCharacter || listeningOn()) {
        if (m_pairs == 4)
            correlate<4>();
        else
            correlate<5>();
    } else {
        // Too quiet to be heard, and no character to finish: the costly part is left out.
        multiply();
        std::fill(m_decision.begin(), m_decision.end(), 0.0F);
        m_toneShare = 0;
    }
    decide(m_power >= m_minPower && m_toneShare >= kMinToneShare);
    m_fill = 0;
    m_blockStart += kBlock;
}

void FskReceiver::measure()
{
    // The block's mean is taken off: an adapter's DC offset would otherwise leak into the correlations and the squelch.
    int total = 0;
    for (qint16 sample : m_input)
        total += sample;
    const float mean = float(total) / kBlock;
    for (std::size_t i = 0; i < kDecisions; ++i) {
        m_even[i] = float(m_input[2 * i]) - mean;
        m_odd[i] = float(m_input[2 * i + 1]) - mean;
    }
    // Sums in eight lanes, so that they too are vector arithmetic.
    alignas(16) std::array<float, 8> sum{};
    for (std::size_t i = 0; i < kDecisions; i += 8) {
        for (std::size_t lane = 0; lane < 8; ++lane)
            sum[lane] += m_even[i + lane] * m_even[i + lane] + m_odd[i + lane] * m_odd[i + lane];
    }
    float power = 0;
    for (float lane : sum)
        power += lane;
    m_power = power / kBlock;
}

void FskReceiver::multiply()
{
    for (auto* pairs : {&m_markI, &m_markQ, &m_spaceI, &m_spaceQ}) {
        for (std::size_t i = 0; i < kMaxPairs - 1; ++i)
            (*pairs)[i] = (*pairs)[kDecisions + i];
    }
    constexpr std::size_t kNow = kMaxPairs - 1; // where this block's pairs start
    for (std::size_t i = 0; i < kDecisions; ++i) {
        m_markI[kNow + i] = m_even[i] * m_markCos[0][i] + m_odd[i] * m_markCos[1][i];
        m_markQ[kNow + i] = m_even[i] * m_markSin[0][i] + m_odd[i] * m_markSin[1][i];
        m_spaceI[kNow + i] = m_even[i] * m_spaceCos[0][i] + m_odd[i] * m_spaceCos[1][i];
        m_spaceQ[kNow + i] = m_even[i] * m_spaceSin[0][i] + m_odd[i] * m_spaceSin[1][i];
    }
}

template <int kPairs>
void FskReceiver::correlate()
{
    multiply();
    for (std::size_t i = 0; i < kHistory; ++i)
        m_decision[i] = m_decision[kDecisions + i];
    // The first pair of the window that ends with this block's first pair.
    constexpr int kFrom = kMaxPairs - kPairs;
    constexpr auto kWindow = std::make_index_sequence<kPairs>();
    alignas(16) Half tone;
    for (int i = 0; i < kDecisions; ++i) {
        const int first = int(kFrom) + i;
        const float markI = windowSum(m_markI, first, kWindow);
        const float markQ = windowSum(m_markQ, first, kWindow);
        const float spaceI = windowSum(m_spaceI, first, kWindow);
        const float spaceQ = windowSum(m_spaceQ, first, kWindow);
        const float markEnergy = markI * markI + markQ * markQ;
        const float spaceEnergy = spaceI * spaceI + spaceQ * spaceQ;
        m_decision[std::size_t(kHistory + i)] = markEnergy - spaceEnergy;
        tone[std::size_t(i)] = markEnergy + spaceEnergy;
    }
    alignas(16) std::array<float, 8> sum{};
    for (std::size_t i = 0; i < kDecisions; i += 8) {
        for (std::size_t lane = 0; lane < 8; ++lane)
            sum[lane] += tone[i + lane];
    }
    float total = 0;
    for (float lane : sum)
        total += lane;
    // A pure tone of power P gives (window / 2)^2 * 2P at its own correlator, and nothing at the other.
    constexpr float kWindowSamples = 2.0F * kPairs;
    m_toneShare = m_power > 0 ? 2.0F * (total / kDecisions) / (kWindowSamples * kWindowSamples * m_power) : 0.0F;
}

bool FskReceiver::listeningOn() const
{
    // Between the characters of a message the receiver listens whatever the squelch says.
    return m_lastEnd >= m_scan - kIdleBits * kBit;
}

void FskReceiver::decide(bool open)
{
    const bool listening = open || m_inCharacter || listeningOn();
    if (!listening) {
        m_inMark = false;
        m_scan = kDecisions;
        m_period = kBit; // the next sender's clock is learnt afresh
    } else if (!m_listened && decision(m_scan - 1) > 0) {
        // The squelch opened on a mark.
        m_inMark = true;
        m_markFrom = m_scan - 1;
    }
    m_listened = listening;
    while (listening) {
        if (m_inCharacter) {
            if (m_next >= kDecisions - 1)
                break; // the bit's decisions are in the next block
            const bool mark = decisionAt(m_next) > 0;
            if (m_bit == 0 && mark) {
                // A short dip towards space in the mark: no start bit.
                m_inCharacter = false;
                m_scan = whole(m_next) + 1;
                continue;
            }
            if (m_bit >= 1 && m_bit <= 8 && mark)
                m_bits |= 1U << (m_bit - 1);
            if (m_bit < 9) {
                ++m_bit;
                m_next += m_period;
                continue;
            }
            Character character;
            character.value = std::uint8_t(m_bits);
            character.framed = mark;
            character.afterMarks = m_afterMarks;
            character.endSample = m_blockStart + std::llround(2.0 * (m_edge + 10.0 * m_period) - m_lag);
            m_inCharacter = false;
            m_scan = whole(m_next) + 1;
            if (mark)
                m_lastEnd = m_edge + 10.0 * m_period;
            m_inMark = mark;
            m_markFrom = m_edge + 9.0 * m_period;
            if (m_callback)
                m_callback(character);
            continue;
        }
        // Look for mark turning to space: a start bit.
        int index = std::max(m_scan, 1 - kHistory);
        float before = 0;
        float now = 0;
        bool found = false;
        for (; index < kDecisions; ++index) {
            before = decision(index - 1);
            now = decision(index);
            if (before > 0 && now <= 0) {
                found = true;
                break;
            }
            if (before <= 0 && now > 0) {
                m_inMark = true;
                m_markFrom = index - 1 + before / (before - now);
            }
        }
        if (!found) {
            m_scan = kDecisions;
            break;
        }
        m_edge = index - 1 + before / (before - now);
        if (const double error = m_edge - m_lastEnd; std::abs(error) < 0.5 * m_period) {
            // Right after the last character, as the sender's clock says it comes: the edge heard only corrects the
            // one expected, and the sender's bit length is learnt from how far off it was.
            m_edge = m_lastEnd + kPhaseGain * error;
            if (open)
                m_period =
                    std::clamp(m_period + kPeriodGain * error / 10.0, kBit / kClockTolerance, kBit * kClockTolerance);
        }
        m_afterMarks = m_inMark && m_edge - m_markFrom >= kIdleBits * kBit;
        m_inCharacter = true;
        m_bit = 0;
        m_bits = 0;
        m_next = m_edge + 0.5 * m_period;
    }
    // On to the next block's times.
    m_scan -= kDecisions;
    m_next -= kDecisions;
    m_edge -= kDecisions;
    m_markFrom -= kDecisions;
    m_lastEnd -= kDecisions;
}

} // namespace zabota::telephony
