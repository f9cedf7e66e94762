// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace zabota::core {

// How an enumeration is stored (a stable code) and shown (a translated label). Each enum declares
// `template <> struct EnumTraits<E>` with a context for translation and the list of its values.
template <typename E>
struct EnumItem {
    E value;
    const char* code;  // stored in the database; never changes once released
    const char* label; // source text of the label, marked with QT_TRANSLATE_NOOP
};

template <typename E>
struct EnumTraits; // { static constexpr const char* context; static std::span<const EnumItem<E>> items(); }

template <typename E>
[[nodiscard]] QString toCode(E value)
{
    for (const auto& item : EnumTraits<E>::items())
        if (item.value == value)
            return QString::fromLatin1(item.code);
    return {};
}

template <typename E>
[[nodiscard]] QString label(E value)
{
    for (const auto& item : EnumTraits<E>::items())
        if (item.value == value)
            return QCoreApplication::translate(EnumTraits<E>::context, item.label);
    return {};
}

template <typename E>
[[nodiscard]] std::optional<E> fromCode(QStringView code)
{
    for (const auto& item : EnumTraits<E>::items())
        if (code == QLatin1String(item.code))
            return item.value;
    return std::nullopt;
}

template <typename E>
[[nodiscard]] QList<E> allValues()
{
    QList<E> values;
    for (const auto& item : EnumTraits<E>::items())
        values << item.value;
    return values;
}

} // namespace zabota::core
