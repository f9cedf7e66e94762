// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/AonCode.h"

#include <algorithm>

namespace zabota::telephony::aon {

namespace {

bool isDigit(char symbol)
{
    return symbol >= '0' && symbol <= '9';
}

} // namespace

QByteArray packet(const QByteArray& digits, char category)
{
    QByteArray sent = digits;
    std::reverse(sent.begin(), sent.end());
    sent.prepend(category);
    QByteArray symbols(1, kStart);
    for (char symbol : sent)
        symbols.append(symbol == symbols.back() ? kRepeat : symbol);
    return symbols;
}

QByteArray readPacket(QByteArrayView symbols)
{
    if (symbols.size() != 1 + kNumberDigits)
        return {};
    QByteArray sent;
    for (char symbol : symbols) {
        if (symbol == kRepeat && !sent.isEmpty() && symbols[sent.size() - 1] != kRepeat)
            sent.append(sent.back());
        else if (isDigit(symbol))
            sent.append(symbol);
        else
            return {};
    }
    // The category, then the number turned back to its written order.
    std::reverse(sent.begin() + 1, sent.end());
    return sent;
}

} // namespace zabota::telephony::aon
