// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/CallerId.h"

#include <QtGlobal>

#include <span>

namespace zabota::telephony {

// Bell 202 (mark 1200 Hz, space 2200 Hz) and V.23 (1300 Hz, 2100 Hz) are close enough that either receiver decodes
// the other's messages. Which one was sent is told by where the energy of the message's audio lies.
[[nodiscard]] CallerIdStandard guessFskStandard(std::span<const qint16> message);

} // namespace zabota::telephony
