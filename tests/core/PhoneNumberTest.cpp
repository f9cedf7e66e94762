// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/PhoneNumber.h"

#include "core/text/TextFold.h"
#include "tests/support/QtPrinting.h"

#include <catch2/catch.hpp>

using zabota::core::text::normalisePhone;

TEST_CASE("a Russian mobile number typed in any usual way normalises to the same digits", "[phone]")
{
    const QString expected = QStringLiteral("79123456789");
    for (const char* typed : {"+7 (912) 345-67-89", "8 912 345 67 89", "89123456789", "9123456789", "+79123456789",
                              " 8(912)345-67-89 ", "+7 912 345.67.89"}) {
        INFO(typed);
        CHECK(normalisePhone(QString::fromUtf8(typed)) == expected);
    }
}

TEST_CASE("a city number keeps its digits and a foreign number keeps its country code", "[phone]")
{
    CHECK(normalisePhone(QStringLiteral("8 (84235) 2-45-67")) == QStringLiteral("78423524567"));
    CHECK(normalisePhone(QStringLiteral("24-56-78")) == QStringLiteral("245678"));
    CHECK(normalisePhone(QStringLiteral("+375 29 123-45-67")) == QStringLiteral("375291234567"));
}

TEST_CASE("what cannot be a phone number is refused", "[phone]")
{
    for (const char* typed :
         {"12ab", "", "   ", "123", "+7 912 345 67 89 12 34 56 78", "телефон", "7+912", "8-800-КНИГА"}) {
        INFO(typed);
        CHECK_FALSE(normalisePhone(QString::fromUtf8(typed)).has_value());
    }
}

TEST_CASE("search text folds case and Ё to Е", "[text]")
{
    using zabota::core::text::fold;
    using zabota::core::text::searchWords;
    CHECK(fold(QStringLiteral("Ёлкина  ПЁТР")) == QStringLiteral("елкина петр"));
    CHECK(searchWords(QStringLiteral("Иванова-Петрова, ЁЖ!")) ==
          QStringList{QStringLiteral("иванова"), QStringLiteral("петрова"), QStringLiteral("еж")});
}
