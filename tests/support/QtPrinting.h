// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Lets Catch print Qt values in failure messages ("Иванова" instead of {?}). Every test file that compares Qt values
// includes this, directly or through TestDatabase.h, so all of them see the same specialisations.
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList& value)
    {
        return "{ \"" + value.join(QStringLiteral("\", \"")).toStdString() + "\" }";
    }
};

} // namespace Catch
