// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CanonicalValue.h"

#include <QLocale>
#include <QMetaType>

#include <cmath>
#include <optional>

namespace zabota::core {

namespace {

bool isWholeNumberType(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

bool isFloatingType(const QVariant& value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

bool isTextType(const QVariant& value)
{
    return value.typeId() == QMetaType::QString || value.typeId() == QMetaType::QByteArray;
}

// The whole number a value stands for, if it stands for one exactly.
std::optional<qint64> wholeNumber(const QVariant& value)
{
    if (isWholeNumberType(value))
        return value.toLongLong();
    if (isFloatingType(value)) {
        const double d = value.toDouble();
        // 2^63 itself does not fit a qint64.
        if (std::isfinite(d) && d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
            return qint64(d);
        return std::nullopt;
    }
    if (isTextType(value)) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> truth(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (const auto n = wholeNumber(value))
        return *n != 0;
    if (isTextType(value)) {
        const QString s = value.toString().trimmed().toLower();
        if (s == u"t" || s == u"true")
            return true;
        if (s == u"f" || s == u"false")
            return false;
    }
    return std::nullopt;
}

std::optional<double> realNumber(const QVariant& value)
{
    if (isFloatingType(value) || isWholeNumberType(value))
        return value.toDouble();
    if (isTextType(value)) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QByteArray textForm(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return 'T' + QByteArray::number(utf8.size()) + ':' + utf8;
}

QByteArray realForm(double d)
{
    if (std::isnan(d))
        return QByteArrayLiteral("Rnan");
    if (std::isinf(d))
        return d > 0 ? QByteArrayLiteral("Rinf") : QByteArrayLiteral("R-inf");
    // -0.0 and 0.0 compare equal and are the same value to the console.
    if (d == 0.0)
        return QByteArrayLiteral("R0");
    return 'R' + QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

QByteArray bytesForm(const QByteArray& bytes)
{
    return 'X' + bytes.toHex();
}

// A value that does not fit the class of its column, written as what it is.
QByteArray asItIs(const QVariant& value)
{
    if (value.typeId() == QMetaType::QByteArray)
        return bytesForm(value.toByteArray());
    if (isFloatingType(value))
        return realForm(value.toDouble());
    if (isWholeNumberType(value))
        return 'I' + QByteArray::number(value.toLongLong());
    return textForm(value.toString());
}

} // namespace

QByteArray CanonicalValue::encode(const QVariant& value, ColumnClass valueClass)
{
    if (value.isNull())
        return QByteArrayLiteral("N");
    switch (valueClass) {
    case ColumnClass::Integer:
        if (const auto n = wholeNumber(value))
            return 'I' + QByteArray::number(*n);
        return asItIs(value);
    case ColumnClass::Boolean:
        if (const auto b = truth(value))
            return *b ? QByteArrayLiteral("B1") : QByteArrayLiteral("B0");
        return asItIs(value);
    case ColumnClass::Text:
        if (value.typeId() == QMetaType::QByteArray)
            return textForm(QString::fromUtf8(value.toByteArray()));
        return textForm(value.toString());
    case ColumnClass::Real:
        if (const auto d = realNumber(value))
            return realForm(*d);
        return asItIs(value);
    case ColumnClass::Blob:
        if (value.typeId() == QMetaType::QString)
            return bytesForm(value.toString().toUtf8());
        if (value.typeId() == QMetaType::QByteArray)
            return bytesForm(value.toByteArray());
        return asItIs(value);
    case ColumnClass::Derived:
        return {};
    }
    return asItIs(value);
}

QVariant CanonicalValue::forWriting(const QVariant& value, ColumnClass valueClass)
{
    switch (valueClass) {
    case ColumnClass::Integer:
        if (value.isNull())
            return QVariant(QMetaType(QMetaType::LongLong));
        if (const auto n = wholeNumber(value))
            return QVariant(*n);
        return value;
    case ColumnClass::Boolean:
        if (value.isNull())
            return QVariant(QMetaType(QMetaType::Bool));
        if (const auto b = truth(value))
            return QVariant(*b);
        return value;
    case ColumnClass::Text: {
        if (value.isNull())
            return QVariant(QMetaType(QMetaType::QString));
        const QString text =
            value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray()) : value.toString();
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
    }
    case ColumnClass::Real:
        if (value.isNull())
            return QVariant(QMetaType(QMetaType::Double));
        if (const auto d = realNumber(value))
            return QVariant(*d);
        return value;
    case ColumnClass::Blob:
        if (value.isNull())
            return QVariant(QMetaType(QMetaType::QByteArray));
        if (value.typeId() == QMetaType::QString)
            return QVariant(value.toString().toUtf8());
        return QVariant(value.toByteArray());
    case ColumnClass::Derived:
        return value;
    }
    return value;
}

} // namespace zabota::core
