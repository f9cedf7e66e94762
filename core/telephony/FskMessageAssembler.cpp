// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/FskMessageAssembler.h"

namespace zabota::telephony {

std::span<const std::uint8_t> FskMessageAssembler::add(const FskReceiver::Character& character)
{
    if (!character.framed) {
        m_open = false;
        m_length = 0;
        return {};
    }
    if (character.afterMarks) {
        m_open = true;
        m_length = 0;
    }
    if (!m_open)
        return {};
    m_message[std::size_t(m_length++)] = character.value;
    if (m_length < 3 || m_length < m_message[1] + 3)
        return {};
    // Complete: the next character starts the next message.
    const int length = m_length;
    m_length = 0;
    unsigned sum = 0;
    for (int i = 0; i < length; ++i)
        sum += m_message[std::size_t(i)];
    if (sum % 256 != 0)
        return {};
    return std::span<const std::uint8_t>(m_message).first(std::size_t(length - 1));
}

} // namespace zabota::telephony
