// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cmath>
#include <utility>

// The line code of АОН, shared by AonDetector and AonGenerator.
//
// The exchange of the calling party answers the 500 Hz request of the called side ("Запрос АОН", about 100 ms or
// longer) with a "безынтервальный пакет": symbols of two tones out of six ("2 из 6": 700, 900, 1100, 1300, 1500 and
// 1700 Hz), 40 ± 2 ms each, back to back with no gaps. The pairs are those of the MF "2 of 6" code:
//
//   1: 700+900    2: 700+1100   3: 900+1100   4: 700+1300   5: 900+1300
//   6: 1100+1300  7: 700+1500   8: 900+1500   9: 1100+1500  0: 1300+1500
//   «Начало» (start): 1100+1700   «Повтор» (repeat): 1300+1700
//
// A packet is «Начало», the caller's category digit, then the 7 digits of the number from the last to the first:
// 5551234 of category 1 goes as Н 1 4 3 2 1 5 П 5. With no gaps a symbol equal to the one before could not be told
// from it, so such a symbol is sent as «Повтор» instead (the symbol after a «Повтор» is sent as itself: 555 is 5 П 5).
// «Начало» marks the start or the end of a packet; the packet is sent several times back to back (each packet's
// «Начало» closes the one before), and a last «Начало» may close the last one.
//
// Sources read. They agree on the tones, the pairs, «Начало», «Повтор» and the 40 ms: «Выдача номера и категории
// телефона вызывающего абонента» (msd.com.ua, «Библия хакера»: the table above, «Начало» begins or ends a packet,
// «Повтор» for equal digits in a row, 40 ± 2 ms, no pauses); the «АОН» article of the Russian Wikipedia (wiki-org.ru
// mirror: "2 of 6" from 700 to 1700 Hz sent in answer to a single 500 Hz tone); the Russian rules for long-distance
// exchanges (Правила применения междугородных телефонных станций, docs.cntd.ru, table 11: the code is received while
// the 500 Hz request is still sent, at least 10 two-tone symbols per packet, which fits «Начало», category, 7 digits
// and the «Начало» that closes it); the Bell/CCITT MF R1 table (the same pairs for 1…0, 1100+1700 as its KP). None of
// the pages read spells out the order inside the packet: category first, then the number from its last digit, is the
// order the radio-amateur descriptions of АОН telephones are remembered to give, unconfirmed here; it is the one
// implemented, here in packet() and readPacket() and nowhere else. AonDetector takes a packet only
// when it has exactly a category and 7 digits, so a packet that lost or gained a symbol is thrown away.
namespace zabota::telephony::aon {

inline constexpr int kSampleRate = 8000;
inline constexpr std::array<int, 6> kFrequencies = {700, 900, 1100, 1300, 1500, 1700};
inline constexpr int kRequestFrequency = 500;
inline constexpr int kSymbolSamples = kSampleRate * 40 / 1000;
inline constexpr int kNumberDigits = 7;

// The peak amplitude of a sine at `dbm0` in 16-bit linear audio (a full-scale sine is +3.14 dBm0).
inline double sineAmplitude(double dbm0)
{
    return 32768.0 * std::pow(10.0, (dbm0 - 3.14) / 20.0);
}

// Symbols are written as characters: the digits '0'…'9', kStart and kRepeat.
inline constexpr char kStart = 'S';  // «Начало»
inline constexpr char kRepeat = 'R'; // «Повтор»

// The tones of `symbol` as indexes into kFrequencies, lower first; {-1, -1} for a character that is no symbol.
constexpr std::pair<int, int> tonesOf(char symbol)
{
    switch (symbol) {
    case '1':
        return {0, 1};
    case '2':
        return {0, 2};
    case '3':
        return {1, 2};
    case '4':
        return {0, 3};
    case '5':
        return {1, 3};
    case '6':
        return {2, 3};
    case '7':
        return {0, 4};
    case '8':
        return {1, 4};
    case '9':
        return {2, 4};
    case '0':
        return {3, 4};
    case kStart:
        return {2, 5};
    case kRepeat:
        return {3, 5};
    default:
        return {-1, -1};
    }
}

// The symbol of the tones `low` < `high` (indexes into kFrequencies), or '\0' for a pair that is no symbol.
constexpr char symbolOf(int low, int high)
{
    for (char symbol : {'1', '2', '3', '4', '5', '6', '7', '8', '9', '0', kStart, kRepeat})
        if (tonesOf(symbol) == std::pair(low, high))
            return symbol;
    return '\0';
}

// The symbols of one packet: «Начало», `category`, then `digits` (written order, first digit first) from the last,
// each symbol equal to the one before it sent as «Повтор».
[[nodiscard]] QByteArray packet(const QByteArray& digits, char category);

// What the symbols after a packet's «Начало» carry: the category then the number in its written order ("1" and
// "5551234" give "15551234"), each «Повтор» read as the symbol before it. Empty unless they are a category and
// kNumberDigits digits.
[[nodiscard]] QByteArray readPacket(QByteArrayView symbols);

} // namespace zabota::telephony::aon
