// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

class QRandomGenerator;

// The dice of the demo generator, shared by its composers so that the same seed gives the same data.
namespace zabota::core::demo {

// True with the given chance in percent.
[[nodiscard]] bool chance(QRandomGenerator& rng, int percent);
// The index of one of the weights, drawn in proportion to them.
[[nodiscard]] int weighted(QRandomGenerator& rng, std::initializer_list<int> weights);

} // namespace zabota::core::demo
