// SPDX-License-Identifier: GPL-3.0-or-later
// spandsp's receiver state is opened only here, to lower the level below which its DTMF receiver hears nothing.
#define SPANDSP_EXPOSE_INTERNAL_STRUCTURES
#include "core/telephony/CallerIdDecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <new>
#include <spandsp.h>
#include <stdexcept>

namespace zabota::telephony {

namespace {

// DTMF: samples handed to spandsp at a time, 5 ms, so that a message's end is known to that precision.
constexpr qsizetype kBlock = 40;
// The weakest caller ID to hear: exchanges send -10 to -40 dBm0 (ETSI EN 300 659-1), and spandsp's DTMF receiver
// stops at about -32 dBm0 by default. The threshold is per tone, 3 dB below the pair.
constexpr int kDtmfThresholdDbm0 = -46;

int spandspStandard(CallerIdStandard standard)
{
    switch (standard) {
    case CallerIdStandard::Bell202:
        return ADSI_STANDARD_CLASS;
    case CallerIdStandard::V23:
        return ADSI_STANDARD_CLIP;
    case CallerIdStandard::Dtmf:
        return ADSI_STANDARD_CLIP_DTMF;
    case CallerIdStandard::Aon:
        // Multi-frequency packets, no ADSI standard: AonDetector decodes them.
        throw std::invalid_argument("CallerIdDecoder cannot decode AON (CallerIdStandard::Aon); use AonDetector");
    }
    return ADSI_STANDARD_CLASS;
}

// Names are sent as 8-bit text: UTF-8 where the exchange sends it, else read as Latin-1.
QString text(const std::uint8_t* body, int length)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(body), length);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8(bytes);
    if (utf8.hasError())
        decoded = QString::fromLatin1(bytes);
    return decoded.trimmed();
}

// 'P' (private) and 'O' (out of area), as CLASS and CLIP send them in place of the number.
NumberAbsence fskAbsence(const std::uint8_t* body, int length)
{
    if (length < 1)
        return NumberAbsence::Unavailable;
    return body[0] == 'P' ? NumberAbsence::Withheld : NumberAbsence::Unavailable;
}

} // namespace

void CallerIdDecoder::StateDeleter::operator()(adsi_rx_state_s* state) const
{
    adsi_rx_free(state);
}

CallerIdDecoder::CallerIdDecoder(CallerIdStandard standard, Callback callback)
    : m_standard(standard)
    , m_callback(std::move(callback))
    , m_state(adsi_rx_init(nullptr, spandspStandard(standard), &CallerIdDecoder::receiveMessage, this))
{
    if (!m_state)
        throw std::bad_alloc();
    if (standard == CallerIdStandard::Dtmf) {
        dtmf_rx_parms(&m_state->dtmfrx, 0, -1, -1, kDtmfThresholdDbm0);
        return;
    }
    const auto modulation =
        standard == CallerIdStandard::Bell202 ? FskReceiver::Modulation::Bell202 : FskReceiver::Modulation::V23;
    m_fsk = std::make_unique<FskReceiver>(
        modulation, [this](const FskReceiver::Character& character) { receiveCharacter(character); });
}

CallerIdDecoder::~CallerIdDecoder() = default;

void CallerIdDecoder::feed(std::span<const qint16> samples)
{
    if (m_fsk) {
        m_fsk->feed(samples);
        m_position = m_fsk->position();
        return;
    }
    while (!samples.empty()) {
        const auto count = std::min<qsizetype>(kBlock, qsizetype(samples.size()));
        m_blockEnd = m_position + count;
        adsi_rx(m_state.get(), samples.data(), int(count));
        m_position = m_blockEnd;
        samples = samples.subspan(std::size_t(count));
    }
}

void CallerIdDecoder::skip(qint64 samples)
{
    if (m_fsk) {
        m_fsk->skip(samples);
        m_position = m_fsk->position();
        return;
    }
    m_position += samples;
    m_blockEnd = m_position;
}

void CallerIdDecoder::receiveMessage(void* self, const std::uint8_t* message, int length)
{
    auto* decoder = static_cast<CallerIdDecoder*>(self);
    decoder->parse(message, length, decoder->m_blockEnd);
}

void CallerIdDecoder::receiveCharacter(const FskReceiver::Character& character)
{
    const auto message = m_messages.add(character);
    if (!message.empty())
        parse(message.data(), int(message.size()), character.endSample);
}

void CallerIdDecoder::parse(const std::uint8_t* message, int length, qint64 end)
{
    CallerId id;
    id.standard = m_standard;
    id.endSample = end;

    std::uint8_t type = 0;
    const std::uint8_t* body = nullptr;
    int fieldLength = 0;
    int position = adsi_next_field(m_state.get(), message, length, -1, &type, &body, &fieldLength);
    if (position < 0)
        return;
    const std::uint8_t messageType = type;
    bool known = false;
    if (m_standard == CallerIdStandard::Dtmf) {
        // The first "field" is the terminator, '#' or 'C'; the fields after it say what their digits are.
        if (messageType != CLIP_DTMF_HASH_TERMINATED && messageType != CLIP_DTMF_C_TERMINATED)
            return;
        while ((position = adsi_next_field(m_state.get(), message, length, position, &type, &body, &fieldLength)) > 0) {
            const QString digits = text(body, fieldLength);
            if (type == CLIP_DTMF_HASH_CALLER_NUMBER || type == CLIP_DTMF_HASH_UNSPECIFIED) {
                // 'A' in both variants; no marker at all in the Danish and Dutch one.
                if (!digits.isEmpty()) {
                    id.number = digits;
                    known = true;
                }
            } else if (messageType == CLIP_DTMF_HASH_TERMINATED && type == CLIP_DTMF_HASH_ABSENCE) {
                // D1#: restricted by the caller; D2#: international; D3#: technical reasons.
                id.absence = digits == u"1" ? NumberAbsence::Withheld : NumberAbsence::Unavailable;
                known = true;
            } else if (messageType == CLIP_DTMF_C_TERMINATED && type == CLIP_DTMF_C_ABSENCE) {
                // B10C: restricted by the caller; B00C: not available.
                id.absence = digits == u"10" ? NumberAbsence::Withheld : NumberAbsence::Unavailable;
                known = true;
            }
        }
    } else if (m_standard == CallerIdStandard::Bell202 && messageType == CLASS_SDMF_CALLERID) {
        // SDMF: one field without a type, MMDDHHMM then the number, or 'O'/'P' in its place.
        position = adsi_next_field(m_state.get(), message, length, position, &type, &body, &fieldLength);
        if (position < 0 || fieldLength < 8)
            return;
        id.dateTime = text(body, 8);
        const QString rest = text(body + 8, fieldLength - 8);
        if (rest == u"P" || rest == u"O" || rest.isEmpty())
            id.absence = rest == u"P" ? NumberAbsence::Withheld : NumberAbsence::Unavailable;
        else
            id.number = rest;
        known = true;
    } else if (messageType == CLASS_MDMF_CALLERID) {
        // MDMF, the same in CLASS and CLIP for the fields read here: type, length, body.
        while ((position = adsi_next_field(m_state.get(), message, length, position, &type, &body, &fieldLength)) > 0) {
            switch (type) {
            case MCLASS_DATETIME:
                id.dateTime = text(body, fieldLength);
                break;
            case MCLASS_CALLER_NUMBER:
                id.number = text(body, fieldLength);
                known = true;
                break;
            case MCLASS_ABSENCE1:
                id.absence = fskAbsence(body, fieldLength);
                known = true;
                break;
            case MCLASS_CALLER_NAME:
                id.name = text(body, fieldLength);
                break;
            default:
                break;
            }
        }
        if (position == -2)
            return; // a field runs past the end of the message
    }
    if (known && m_callback)
        m_callback(id);
}

} // namespace zabota::telephony
