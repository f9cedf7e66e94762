// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/AonGenerator.h"

#include "core/telephony/AonCode.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace zabota::telephony {

namespace {

std::size_t samples(int milliseconds)
{
    return std::size_t(std::max(milliseconds, 0)) * AonGenerator::kSampleRate / 1000;
}

double sine(int frequency, std::size_t n)
{
    return std::sin(2.0 * std::numbers::pi * frequency * double(n) / AonGenerator::kSampleRate);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::vector<qint16> AonGenerator::answer(const QByteArray& digits, char category, int repeats,
                                         const AonLineOptions& options)
{
    if (digits.isEmpty() || !std::ranges::all_of(digits, isDigit))
        throw std::invalid_argument("AonGenerator::answer: the number must be digits 0-9");
    if (!isDigit(category))
        throw std::invalid_argument("AonGenerator::answer: the category must be a digit 0-9");
    if (repeats < 1)
        throw std::invalid_argument("AonGenerator::answer: at least one packet must be sent");
    return code(packet(digits, category).repeated(repeats) + aon::kStart, options);
}

QByteArray AonGenerator::packet(const QByteArray& digits, char category)
{
    return aon::packet(digits, category);
}

std::vector<qint16> AonGenerator::code(const QByteArray& symbols, const AonLineOptions& options)
{
    const std::size_t edge = samples(options.silenceMs);
    const std::size_t lead = options.requestDb ? samples(options.requestLeadMs) : 0;
    const std::size_t codeStart = edge + lead;
    const std::size_t codeEnd = codeStart + std::size_t(symbols.size()) * aon::kSymbolSamples;
    std::vector<double> line(codeEnd + edge, 0.0);

    // Each tone at half the code's power.
    const double tone = aon::sineAmplitude(options.levelDbm0) / std::numbers::sqrt2;
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const auto [low, high] = aon::tonesOf(symbols[i]);
        if (low < 0)
            throw std::invalid_argument("AonGenerator::code: a symbol is '0'-'9', 'S' or 'R'");
        const std::size_t start = codeStart + std::size_t(i) * aon::kSymbolSamples;
        for (std::size_t n = start; n < start + aon::kSymbolSamples; ++n)
            line[n] =
                tone * (sine(aon::kFrequencies[std::size_t(low)], n) + sine(aon::kFrequencies[std::size_t(high)], n));
    }
    if (options.requestDb) {
        const double request = aon::sineAmplitude(options.levelDbm0 + *options.requestDb);
        const std::size_t end =
            options.requestOverlapMs < 0 ? codeEnd : std::min(codeEnd, codeStart + samples(options.requestOverlapMs));
        for (std::size_t n = edge; n < end; ++n)
            line[n] += request * sine(aon::kRequestFrequency, n);
    }

    std::vector<qint16> out(line.size());
    std::ranges::transform(line, out.begin(),
                           [](double value) { return qint16(std::clamp(std::lround(value), -32768L, 32767L)); });
    return out;
}

} // namespace zabota::telephony
