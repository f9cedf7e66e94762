// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/FskReceiver.h"

#include <array>
#include <cstdint>
#include <span>

namespace zabota::telephony {

// Makes caller ID messages of Bell 202 (CLASS) and V.23 (ETSI CLIP) of the characters FskReceiver frames. A message is
// its type, the length of its body, the body and a checksum, such that all of them add up to zero modulo 256. It
// starts with a character that came after more than ten idle mark bits (the channel seizure's alternating bits before
// the marks frame as characters too, and are no message), or with the one after the last message; a character whose
// stop bit was missing ends it unread.
class FskMessageAssembler final {
public:
    // Takes the next character. When it completes a message whose checksum holds: the message without its checksum
    // (type, length, body), valid until the next call; else empty.
    [[nodiscard]] std::span<const std::uint8_t> add(const FskReceiver::Character& character);

private:
    std::array<std::uint8_t, 258> m_message{}; // the longest: type, length 255, the body, the checksum
    int m_length = 0;
    bool m_open = false; // characters now make a message
};

} // namespace zabota::telephony
