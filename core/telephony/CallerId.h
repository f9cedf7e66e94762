// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace zabota::telephony {

// How the exchange sends the caller's number before the first ring or between rings.
enum class CallerIdStandard {
    Bell202, // Bellcore/Telcordia CLASS: Bell 202 FSK, SDMF or MDMF messages
    V23,     // ETSI ETS 300 659-1 CLIP: V.23 FSK, MDMF messages
    Dtmf,    // ETSI CLIP by DTMF digits: A<number>#, D<reason>#, A<number>B<reason>C
    Aon,     // АОН: the Soviet/Russian "2 of 6" multi-frequency packets, sent in answer to a 500 Hz request
};

// Why no number came with the call.
enum class NumberAbsence {
    None,        // the number is there
    Withheld,    // the caller restricted its presentation ("private")
    Unavailable, // out of area, international or a technical reason
};

// What the line said about an incoming call. Texts are as sent: the number in digits, the date and time as MMDDHHMM.
struct CallerId {
    CallerIdStandard standard = CallerIdStandard::Bell202;
    QString number;
    QString name;
    QString dateTime;
    NumberAbsence absence = NumberAbsence::None;
    QString category; // АОН only: the caller's category digit, as sent ("1" for an ordinary subscriber); else empty
    qint64 endSample = 0; // the sample, counted from the decoder's start, at which the message was complete

    [[nodiscard]] bool withheld() const { return absence == NumberAbsence::Withheld; }
    friend bool operator==(const CallerId&, const CallerId&) = default;
};

// "bell202", "v23", "dtmf" or "aon": the names used on the command line and in the JSON of `zabota line-replay`.
[[nodiscard]] QString standardKey(CallerIdStandard standard);
[[nodiscard]] std::optional<CallerIdStandard> standardFromKey(const QString& key);

} // namespace zabota::telephony
