// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/CallerId.h"
#include "core/telephony/FskMessageAssembler.h"
#include "core/telephony/FskReceiver.h"

#include <QtGlobal>

#include <cstdint>
#include <functional>
#include <memory>
#include <span>

struct adsi_rx_state_s;

namespace zabota::telephony {

// Decodes caller ID from 16-bit, 8 kHz mono line audio in one standard: Bell 202 and V.23 with FskReceiver and
// FskMessageAssembler, DTMF with spandsp's ADSI receiver. Every complete caller ID message whose checksum holds is
// parsed (with spandsp's adsi_next_field) and handed to the callback; other messages (message waiting, charge
// information) and damaged ones give nothing. The callback runs inside feed().
// АОН (CallerIdStandard::Aon) is no ADSI standard and is not decoded here: the constructor throws
// std::invalid_argument for it; AonDetector, with the same feed()/callback interface, decodes АОН.
class CallerIdDecoder final {
public:
    using Callback = std::function<void(const CallerId&)>;

    static constexpr int kSampleRate = 8000;

    CallerIdDecoder(CallerIdStandard standard, Callback callback);
    ~CallerIdDecoder();
    CallerIdDecoder(const CallerIdDecoder&) = delete;
    CallerIdDecoder& operator=(const CallerIdDecoder&) = delete;

    void feed(std::span<const qint16> samples);
    // Moves on over `samples` samples not worth decoding (the line is quiet, or someone speaks), so that the messages'
    // ends stay counted from the decoder's start.
    void skip(qint64 samples);
    [[nodiscard]] CallerIdStandard standard() const { return m_standard; }
    // How many samples were fed so far.
    [[nodiscard]] qint64 position() const { return m_position; }

private:
    struct StateDeleter {
        void operator()(adsi_rx_state_s* state) const;
    };

    static void receiveMessage(void* self, const std::uint8_t* message, int length);
    void receiveCharacter(const FskReceiver::Character& character);
    void parse(const std::uint8_t* message, int length, qint64 end);

    CallerIdStandard m_standard;
    Callback m_callback;
    qint64 m_position = 0;
    qint64 m_blockEnd = 0;
    // DTMF: the receiver; FSK: the standard, for adsi_next_field only.
    std::unique_ptr<adsi_rx_state_s, StateDeleter> m_state;
    std::unique_ptr<FskReceiver> m_fsk; // Bell 202 and V.23
    FskMessageAssembler m_messages;
};

} // namespace zabota::telephony
