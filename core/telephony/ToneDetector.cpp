// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/ToneDetector.h"

#include <cmath>
#include <numbers>

namespace zabota::telephony {

ToneDetector::ToneDetector(std::vector<double> frequencies, int sampleRate)
    : m_components(frequencies.size(), 0.0)
{
    m_coefficients.reserve(frequencies.size());
    for (double hertz : frequencies)
        m_coefficients.push_back(2.0 * std::cos(2.0 * std::numbers::pi * hertz / sampleRate));
}

void ToneDetector::measure(std::span<const qint16> frame)
{
    const auto n = double(frame.size());
    double sum = 0;
    for (qint16 sample : frame)
        sum += double(sample) * double(sample);
    m_power = frame.empty() ? 0.0 : sum / n;
    for (std::size_t k = 0; k < m_coefficients.size(); ++k) {
        const double coefficient = m_coefficients[k];
        double previous = 0;
        double beforePrevious = 0;
        for (qint16 sample : frame) {
            const double current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        const double magnitude =
            previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        // |X|² of a sine of amplitude A is (A·N/2)²; its mean square is A²/2.
        m_components[k] = frame.empty() ? 0.0 : 2.0 * magnitude / (n * n);
    }
}

double ToneDetector::share(std::size_t index) const
{
    return m_power > 0 ? m_components[index] / m_power : 0.0;
}

} // namespace zabota::telephony
