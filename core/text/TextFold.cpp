// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/TextFold.h"

namespace zabota::core::text {

QString fold(const QString& text)
{
    QString result = text.toLower().simplified();
    result.replace(QChar(0x0451), QChar(0x0435)); // ё → е
    return result;
}

QStringList searchWords(const QString& text)
{
    QStringList words;
    QString current;
    const QString folded = fold(text);
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace zabota::core::text
