// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoRandom.h"

#include <QRandomGenerator>

namespace zabota::core::demo {

bool chance(QRandomGenerator& rng, int percent)
{
    return int(rng.bounded(100)) < percent;
}

int weighted(QRandomGenerator& rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(rng.bounded(total));
    int index = 0;
    for (int w : weights) {
        if (roll < w)
            return index;
        roll -= w;
        ++index;
    }
    return index - 1;
}

} // namespace zabota::core::demo
