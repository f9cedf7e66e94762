// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/AddressKey.h"

#include "core/text/TextFold.h"

#include <QHash>
#include <QRegularExpression>

namespace zabota::core::text {

QString addressKey(const QString& address)
{
    // "пр-т" and "б-р" are single words: join them before punctuation splits them.
    QString folded = fold(address);
    folded.replace(QStringLiteral("пр-т"), QStringLiteral("пр"));
    folded.replace(QStringLiteral("б-р"), QStringLiteral("бул"));
    static const QHash<QString, QString> kAlike = {
        {QStringLiteral("улица"), QStringLiteral("ул")},    {QStringLiteral("проспект"), QStringLiteral("пр")},
        {QStringLiteral("просп"), QStringLiteral("пр")},    {QStringLiteral("переулок"), QStringLiteral("пер")},
        {QStringLiteral("бульвар"), QStringLiteral("бул")}, {QStringLiteral("шоссе"), QStringLiteral("ш")},
        {QStringLiteral("проезд"), QStringLiteral("пр-д")}, {QStringLiteral("микрорайон"), QStringLiteral("мкр")},
        {QStringLiteral("корпус"), QStringLiteral("корп")}, {QStringLiteral("строение"), QStringLiteral("стр")},
        {QStringLiteral("площадь"), QStringLiteral("пл")},  {QStringLiteral("набережная"), QStringLiteral("наб")},
    };
    static const QStringList kDropped = {QStringLiteral("г"),   QStringLiteral("город"),  QStringLiteral("д"),
                                         QStringLiteral("дом"), QStringLiteral("кв"),     QStringLiteral("квартира"),
                                         QStringLiteral("ком"), QStringLiteral("комната")};
    QStringList words;
    QString current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        if (!kDropped.contains(current))
            words << kAlike.value(current, current);
        current.clear();
    };
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber())
            current += c;
        else
            flush();
    }
    flush();
    return words.join(QLatin1Char(' '));
}

QStringList surnameParts(const QString& surname)
{
    QStringList parts;
    const QStringList pieces =
        fold(surname).split(QRegularExpression(QStringLiteral("[\\s\\-‐–—]+")), Qt::SkipEmptyParts);
    for (const QString& piece : pieces)
        parts << piece;
    return parts;
}

} // namespace zabota::core::text
