// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>

// What the benchmark programs share: where they print, how they give up, and how they sum up timings.
namespace zabota::bench {

inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] inline void die(const QString& what, const core::Error& error)
{
    out() << what << ": " << error.message << " (" << error.detail << ")" << Qt::endl;
    std::exit(1);
}

struct Percentiles {
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

inline Percentiles percentiles(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::ranges::sort(samples);
    auto at = [&samples](double q) {
        return samples[std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size()))];
    };
    return {at(0.50), at(0.95), at(0.99), samples.last()};
}

inline QString verdict(double value, double target)
{
    return value <= target ? QStringLiteral("OK") : QStringLiteral("MISSED");
}

} // namespace zabota::bench
