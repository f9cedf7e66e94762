// SPDX-License-Identifier: GPL-3.0-or-later
// The transmitter's private state is opened only here, to damage a message after the transmitter has computed its
// checksum.
#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include "tests/telephony/LineSignal.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <sndfile.h>
#include <spandsp.h>

namespace zabota::tests {

namespace {

using telephony::CallerIdStandard;
using telephony::NumberAbsence;

constexpr int kEdgeMs = 200;
constexpr int kBlock = 40;

// The RMS of a sine at 0 dBm0 in 16-bit linear audio (a full-scale sine is +3.14 dBm0).
double rmsAtDbm0(double dbm0)
{
    return 32768.0 / std::sqrt(2.0) * std::pow(10.0, (dbm0 - DBM0_MAX_SINE_POWER) / 20.0);
}

// The RMS of the blocks that carry signal: those within 12 dB of the loudest block.
double toneRms(const std::vector<qint16>& signal)
{
    std::vector<double> powers;
    for (std::size_t start = 0; start + kBlock <= signal.size(); start += kBlock) {
        double sum = 0;
        for (std::size_t i = start; i < start + kBlock; ++i)
            sum += double(signal[i]) * double(signal[i]);
        powers.push_back(sum / kBlock);
    }
    const double loudest = powers.empty() ? 0.0 : *std::ranges::max_element(powers);
    double sum = 0;
    int count = 0;
    for (double power : powers)
        if (power > 0 && power >= loudest / 16.0) {
            sum += power;
            ++count;
        }
    return count > 0 ? std::sqrt(sum / count) : 0.0;
}

qint16 clip(double value)
{
    return qint16(std::clamp(std::lround(value), -32768L, 32767L));
}

std::vector<qint16> framed(const std::vector<qint16>& body)
{
    std::vector<qint16> out = LineSignal::silence(kEdgeMs);
    out.insert(out.end(), body.begin(), body.end());
    const auto tail = LineSignal::silence(kEdgeMs);
    out.insert(out.end(), tail.begin(), tail.end());
    return out;
}

int addField(adsi_tx_state_t* tx, std::uint8_t* message, int length, std::uint8_t type, const QByteArray& body)
{
    return adsi_add_field(tx, message, length, type, reinterpret_cast<const std::uint8_t*>(body.constData()),
                          int(body.size()));
}

int composeFsk(adsi_tx_state_t* tx, std::uint8_t* message, const TestCall& call, bool bell)
{
    const QByteArray absence = call.absence == NumberAbsence::Withheld ? "P" : "O";
    if (bell && call.singleDataMessage) {
        int length = adsi_add_field(tx, message, -1, CLASS_SDMF_CALLERID, nullptr, 0);
        return addField(tx, message, length, 0,
                        call.dateTime + (call.absence == NumberAbsence::None ? call.number : absence));
    }
    int length = adsi_add_field(tx, message, -1, CLASS_MDMF_CALLERID, nullptr, 0);
    if (!call.dateTime.isEmpty())
        length = addField(tx, message, length, MCLASS_DATETIME, call.dateTime);
    if (call.absence == NumberAbsence::None)
        length = addField(tx, message, length, MCLASS_CALLER_NUMBER, call.number);
    else
        length = addField(tx, message, length, MCLASS_ABSENCE1, absence);
    if (!call.name.isEmpty())
        length = addField(tx, message, length, MCLASS_CALLER_NAME, call.name);
    return length;
}

int dtmfMessage(adsi_tx_state_t* tx, std::uint8_t* message, const TestCall& call)
{
    int length = adsi_add_field(tx, message, -1, CLIP_DTMF_HASH_TERMINATED, nullptr, 0);
    if (call.absence == NumberAbsence::None)
        return addField(tx, message, length, CLIP_DTMF_HASH_CALLER_NUMBER, call.number);
    return addField(tx, message, length, CLIP_DTMF_HASH_ABSENCE,
                    call.absence == NumberAbsence::Withheld ? QByteArray("1") : QByteArray("3"));
}

adsi_tx_state_t* transmitter(CallerIdStandard standard, const TestCall& call)
{
    const int spandsp = standard == CallerIdStandard::Bell202 ? ADSI_STANDARD_CLASS
                        : standard == CallerIdStandard::V23   ? ADSI_STANDARD_CLIP
                                                              : ADSI_STANDARD_CLIP_DTMF;
    adsi_tx_state_t* tx = adsi_tx_init(nullptr, spandsp);
    if (standard != CallerIdStandard::Dtmf && (call.seizureBits >= 0 || call.markBits >= 0))
        adsi_tx_set_preamble(tx, call.seizureBits, call.markBits, -1, -1);
    std::uint8_t message[256] = {};
    const int length = standard == CallerIdStandard::Dtmf
                           ? dtmfMessage(tx, message, call)
                           : composeFsk(tx, message, call, standard == CallerIdStandard::Bell202);
    adsi_tx_put_message(tx, message, length);
    return tx;
}

void damage(adsi_tx_state_t* tx, const MessageDamage& damage)
{
    const int at = std::clamp(damage.byte, 0, tx->msg_len - 1);
    switch (damage.kind) {
    case MessageDamage::Kind::None:
        break;
    case MessageDamage::Kind::Checksum:
        tx->msg[tx->msg_len - 1] ^= 0x5A;
        break;
    case MessageDamage::Kind::FlippedBit:
        tx->msg[at] ^= std::uint8_t(1U << std::clamp(damage.bit, 0, 7));
        break;
    case MessageDamage::Kind::LostByte:
        std::copy(tx->msg + at + 1, tx->msg + tx->msg_len, tx->msg + at);
        --tx->msg_len;
        break;
    }
}

} // namespace

QByteArray LineSignal::fskMessage(CallerIdStandard standard, const TestCall& call)
{
    adsi_tx_state_t* tx = transmitter(standard, call);
    const QByteArray bytes(reinterpret_cast<const char*>(tx->msg), tx->msg_len);
    adsi_tx_free(tx);
    return bytes;
}

std::vector<qint16> LineSignal::callerId(CallerIdStandard standard, const TestCall& call, MessageDamage damaged)
{
    adsi_tx_state_t* tx = transmitter(standard, call);
    if (standard != CallerIdStandard::Dtmf)
        damage(tx, damaged);

    std::vector<qint16> body;
    qint16 buffer[160];
    for (int n; (n = adsi_tx(tx, buffer, 160)) > 0 && body.size() < 10 * kSampleRate;)
        body.insert(body.end(), buffer, buffer + n);
    adsi_tx_free(tx);
    return framed(body);
}

std::vector<qint16> LineSignal::dtmf(const char* digits)
{
    dtmf_tx_state_t* tx = dtmf_tx_init(nullptr);
    dtmf_tx_put(tx, digits, -1);
    std::vector<qint16> body;
    qint16 buffer[160];
    for (int n; (n = dtmf_tx(tx, buffer, 160)) > 0 && body.size() < 60 * kSampleRate;)
        body.insert(body.end(), buffer, buffer + n);
    dtmf_tx_free(tx);
    return framed(body);
}

std::vector<qint16> LineSignal::silence(int milliseconds)
{
    return std::vector<qint16>(std::size_t(milliseconds) * kSampleRate / 1000, 0);
}

std::vector<qint16> LineSignal::tones(std::initializer_list<Tone> tones, int milliseconds)
{
    std::vector<qint16> out = silence(milliseconds);
    for (std::size_t n = 0; n < out.size(); ++n) {
        double sum = 0;
        for (const Tone& tone : tones)
            sum += std::sqrt(2.0) * rmsAtDbm0(tone.dbm0) *
                   std::sin(2.0 * std::numbers::pi * tone.hertz * double(n) / kSampleRate);
        out[n] = clip(sum);
    }
    return out;
}

std::vector<qint16> LineSignal::ringBurst(int milliseconds)
{
    // Driven past full scale, as the ring's tens of volts are: the wave is clipped flat at the top.
    constexpr double kDrive = 1.8 * 32767.0;
    constexpr double kRail = 0.95 * 32767.0;
    std::vector<qint16> out = silence(milliseconds);
    for (std::size_t n = 0; n < out.size(); ++n) {
        const double t = double(n) / kSampleRate;
        const double wave = std::sin(2.0 * std::numbers::pi * 25.0 * t) +
                            0.2 * std::sin(2.0 * std::numbers::pi * 75.0 * t + 0.3) +
                            0.05 * std::sin(2.0 * std::numbers::pi * 125.0 * t + 0.7);
        out[n] = clip(std::clamp(kDrive * wave, -kRail, kRail));
    }
    return out;
}

std::vector<qint16> LineSignal::rings(int count, const std::vector<int>& cadence)
{
    std::vector<qint16> out;
    for (int ring = 0; ring < count; ++ring) {
        for (std::size_t i = 0; i < cadence.size(); ++i) {
            const auto part = i % 2 == 0 ? ringBurst(cadence[i]) : silence(cadence[i]);
            out.insert(out.end(), part.begin(), part.end());
        }
    }
    return out;
}

std::vector<qint16> LineSignal::exchangeTone(int cycles, int onMs, int offMs)
{
    std::vector<qint16> out;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        const auto on = tones({{425.0, -10.0}}, onMs);
        const auto off = silence(offMs);
        out.insert(out.end(), on.begin(), on.end());
        out.insert(out.end(), off.begin(), off.end());
    }
    return out;
}

std::vector<qint16> LineSignal::dialTone(int milliseconds)
{
    return tones({{425.0, -10.0}}, milliseconds);
}

std::vector<qint16> LineSignal::atLevel(std::vector<qint16> signal, double dbm0)
{
    const double rms = toneRms(signal);
    if (rms <= 0)
        return signal;
    const double gain = rmsAtDbm0(dbm0) / rms;
    for (auto& sample : signal)
        sample = clip(sample * gain);
    return signal;
}

std::vector<qint16> LineSignal::withNoise(std::vector<qint16> signal, double snrDb, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> gauss(0.0, toneRms(signal) / std::pow(10.0, snrDb / 20.0));
    for (auto& sample : signal)
        sample = clip(sample + gauss(generator));
    return signal;
}

std::vector<qint16> LineSignal::noise(int milliseconds, double dbm0, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<double> gauss(0.0, rmsAtDbm0(dbm0));
    std::vector<qint16> out = silence(milliseconds);
    for (auto& sample : out)
        sample = clip(gauss(generator));
    return out;
}

bool LineSignal::writeWav(const QString& path, const std::vector<qint16>& samples, int sampleRate)
{
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file)
        return false;
    const sf_count_t written = sf_write_short(file, samples.data(), sf_count_t(samples.size()));
    sf_close(file);
    return written == sf_count_t(samples.size());
}

} // namespace zabota::tests
