// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's search by word forms: the stems the console gives SQLite's index, and the same stems made by
// PostgreSQL's zabota_russian configuration, so that both databases find the same entries.
#include "core/text/RussianStem.h"

#include "core/demo/DemoVocabulary.h"
#include "core/text/TextFold.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;
using core::text::russianStem;

namespace {

// Every distinct word of the demo journal's vocabulary (names, streets, agencies, summaries, actions), folded.
QStringList vocabularyWords()
{
    const core::demo::Vocabulary& v = core::demo::vocabulary();
    QStringList texts =
        v.femaleNames + v.teenIssues + v.schools + v.streets + v.handoffs + v.emergencies + v.extras + v.categoryTitles;
    for (const auto& s : v.surnames)
        texts << s.male << s.female;
    for (const auto& n : v.maleNames)
        texts << n.name << n.sonPatronymic << n.daughterPatronymic;
    for (const auto& s : v.summaries)
        texts << s.text;
    QSet<QString> words;
    for (const QString& text : std::as_const(texts)) {
        const QStringList split = core::text::searchWords(text);
        words.unite(QSet<QString>(split.begin(), split.end()));
    }
    // Words of the kinds the vocabulary lacks: Latin, digits, letters with digits, one letter, Ё folded.
    for (const char* extra : {"happy", "running", "mail", "ru", "2015г", "12", "5а", "я", "в", "елка", "подъезд",
                              "объявление", "длинношеее", "семьей", "детей", "ребенка", "беременности"})
        words << QString::fromUtf8(extra);
    QStringList sorted(words.begin(), words.end());
    sorted.sort();
    return sorted;
}

} // namespace

TEST_CASE("a Russian word is reduced to its stem, any other word is kept as it is", "[search]")
{
    CHECK(russianStem(QStringLiteral("ивановой")) == QStringLiteral("иванов"));
    CHECK(russianStem(QStringLiteral("иванова")) == QStringLiteral("иванов"));
    CHECK(russianStem(QStringLiteral("семьи")) == russianStem(QStringLiteral("семья")));
    CHECK(russianStem(QStringLiteral("консультации")) == russianStem(QStringLiteral("консультацию")));
    // Latin words, numbers and words with digits are found as they are written.
    CHECK(russianStem(QStringLiteral("happy")) == QStringLiteral("happy"));
    CHECK(russianStem(QStringLiteral("running")) == QStringLiteral("running"));
    CHECK(russianStem(QStringLiteral("2015г")) == QStringLiteral("2015г"));
    CHECK(russianStem(QStringLiteral("12")) == QStringLiteral("12"));
    CHECK(core::text::searchStems(QStringLiteral("Семьи ИВАНОВЫХ, ул.Ленина-5")) ==
          QStringList{QStringLiteral("сем"), QStringLiteral("иванов"), QStringLiteral("ул"), QStringLiteral("ленин"),
                      QStringLiteral("5")});
}

TEST_CASE("a stem is the beginning of its word, so that a stem typed in part still finds the word", "[search]")
{
    for (const QString& word : vocabularyWords()) {
        INFO(word.toStdString());
        CHECK(word.startsWith(russianStem(word)));
    }
}

TEST_CASE("PostgreSQL's Russian configuration stems every word of the vocabulary as the console does", "[postgres]")
{
    tests::TestDatabase t(tests::Backend::Postgres);
    const QStringList words = vocabularyWords();
    REQUIRE(words.size() > 1000);

    QSqlQuery q(t.db().connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT value, array_to_string(tsvector_to_array(to_tsvector('zabota_russian', "
                                     "value)), ' ') FROM json_array_elements_text(?::json)")));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(words)).toJson(QJsonDocument::Compact)));
    REQUIRE(q.exec());
    QMap<QString, QString> server;
    while (q.next())
        server.insert(q.value(0).toString(), q.value(1).toString());
    REQUIRE(server.size() == words.size());
    int differ = 0;
    for (const QString& word : words) {
        if (server.value(word) != russianStem(word)) {
            ++differ;
            UNSCOPED_INFO(word.toStdString() << ": server " << server.value(word).toStdString() << ", console "
                                             << russianStem(word).toStdString());
        }
    }
    CHECK(differ == 0);
}
