// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/PhoneNumber.h"

namespace zabota::core::text {

namespace {
constexpr qsizetype kMinDigits = 5;  // a rural exchange number
constexpr qsizetype kMaxDigits = 15; // E.164 maximum
} // namespace

std::optional<QString> normalisePhone(const QString& typed)
{
    QString digits;
    const QString trimmed = typed.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                 c == QLatin1Char('.') || c == QChar(0x00A0))
            continue;
        else
            return std::nullopt;
    }
    if (digits.size() < kMinDigits || digits.size() > kMaxDigits)
        return std::nullopt;
    const bool international = trimmed.startsWith(QLatin1Char('+'));
    if (!international && digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
        digits[0] = QLatin1Char('7'); // trunk prefix 8 → country code 7
    else if (!international && digits.size() == 10 && digits.startsWith(QLatin1Char('9')))
        digits.prepend(QLatin1Char('7')); // a mobile number typed without the prefix
    return digits;
}

} // namespace zabota::core::text
