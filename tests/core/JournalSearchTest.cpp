// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

QStringList applicants(core::JournalService& journal, const core::JournalFilter& filter)
{
    QStringList names;
    const auto page = journal.page(filter, 0, 100);
    REQUIRE(page.has_value());
    for (const core::JournalEntry& e : *page)
        names << e.draft.applicantName;
    return names;
}

core::JournalFilter byText(const QString& text)
{
    core::JournalFilter filter;
    filter.text = text;
    return filter;
}

} // namespace

TEST_CASE("search finds words whatever their case and whether written with Ё or Е", "[journal][search]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Ёлкина Алёна Петровна"), QStringLiteral("Конфликт с сыном, ночами сидит в телефоне"))));
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Елкин Федор"), QStringLiteral("Вопрос о пособии на ребёнка"))));
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Смирнова Ольга"), QStringLiteral("Развод, раздел имущества"))));

    // A surname finds its other forms: the wife's «Ёлкина» and the husband's «Елкин».
    CHECK(applicants(t.journal(), byText(QStringLiteral("ЕЛКИНА"))).size() == 2);
    CHECK(applicants(t.journal(), byText(QStringLiteral("ЕЛКИНА алёна"))) ==
          QStringList{QStringLiteral("Ёлкина Алёна Петровна")});
    CHECK(applicants(t.journal(), byText(QStringLiteral("алена"))) ==
          QStringList{QStringLiteral("Ёлкина Алёна Петровна")});
    CHECK(applicants(t.journal(), byText(QStringLiteral("Ёлкин"))).size() == 2); // a prefix matches both
    CHECK(applicants(t.journal(), byText(QStringLiteral("РЕБЕНКА"))) == QStringList{QStringLiteral("Елкин Федор")});
    CHECK(applicants(t.journal(), byText(QStringLiteral("телефоне сыном"))).size() == 1);
    CHECK(applicants(t.journal(), byText(QStringLiteral("телефоне развод"))).isEmpty());
    CHECK(t.journal().count(byText(QStringLiteral("пособ"))).value() == 1);
}

TEST_CASE("search finds each part of words joined by dots, hyphens, @ and commas", "[journal][search]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Иванова-Петрова"),
                                              QStringLiteral("Адрес ул.Ленина,5; пишет на ivanova@mail.ru, долг 12.5 "
                                                             "тыс., ребёнок 2015г.р."))));
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Смирнова"), QStringLiteral("Вопрос о пособии"))));
    for (const QString& typed : {QStringLiteral("петрова"), QStringLiteral("иванова"), QStringLiteral("ленина 5"),
                                 QStringLiteral("mail"), QStringLiteral("ru"), QStringLiteral("12"),
                                 QStringLiteral("5 тыс"), QStringLiteral("2015г"), QStringLiteral("ул")}) {
        INFO(typed.toStdString());
        CHECK(applicants(t.journal(), byText(typed)) == QStringList{QStringLiteral("Иванова-Петрова")});
    }
    // A word inside a word is not a match: search finds words by their beginning.
    CHECK(applicants(t.journal(), byText(QStringLiteral("енина"))).isEmpty());
    CHECK(applicants(t.journal(), byText(QStringLiteral("ail"))).isEmpty());
}

TEST_CASE("search finds an entry by the applicant's phone in any format and by its number", "[journal][search]")
{
    tests::TestDatabase t;
    core::EntryDraft d = t.draft(QStringLiteral("Кузнецова"), QStringLiteral("Просит консультацию юриста"));
    d.applicantPhone = QStringLiteral("8 (912) 345-67-89");
    auto entry = t.journal().registerEntry(d);
    REQUIRE(entry);
    core::EntryDraft other = t.draft(QStringLiteral("Орлов"), QStringLiteral("Справка"));
    other.applicantPhone = QStringLiteral("+7 922 000-11-22");
    REQUIRE(t.journal().registerEntry(other));

    for (const char* typed : {"+7 912 345-67-89", "89123456789", "9123456789"}) {
        INFO(typed);
        CHECK(applicants(t.journal(), byText(QString::fromUtf8(typed))) == QStringList{QStringLiteral("Кузнецова")});
    }
    CHECK(applicants(t.journal(), byText(entry->registrationNumber())) == QStringList{QStringLiteral("Кузнецова")});
}

TEST_CASE("an edited entry is found by its new words and no longer by the old ones", "[journal][search]")
{
    tests::TestDatabase t;
    auto entry = t.journal().registerEntry(t.draft(QStringLiteral("Морозова"), QStringLiteral("Жилищный вопрос")));
    REQUIRE(entry);
    core::EntryDraft changed = entry->draft;
    changed.summary = QStringLiteral("Выселение из общежития");
    REQUIRE(t.journal().updateEntry(entry->id, entry->version, changed));
    CHECK(t.journal().count(byText(QStringLiteral("жилищный"))).value() == 0);
    CHECK(t.journal().count(byText(QStringLiteral("общежития"))).value() == 1);
    CHECK(t.journal().count(byText(QStringLiteral("морозова"))).value() == 1);
}

TEST_CASE("search finds a word in any of its forms, and a word by its beginning", "[journal][search]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(t.draft(QStringLiteral("Иванова Мария Петровна"),
                                              QStringLiteral("Семья в трудной жизненной ситуации, нужна помощь"))));
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Петров Олег"), QStringLiteral("Просит консультацию психолога для сына"))));
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Смирнова Ольга"), QStringLiteral("Happy family day: вопрос о кружке"))));

    for (const QString& typed : {QStringLiteral("Ивановой"), QStringLiteral("иванову"), QStringLiteral("семьи"),
                                 QStringLiteral("семьёй"), QStringLiteral("трудная"), QStringLiteral("ситуациях"),
                                 QStringLiteral("помощи"), QStringLiteral("жизненными ситуациями")}) {
        INFO(typed.toStdString());
        CHECK(applicants(t.journal(), byText(typed)) == QStringList{QStringLiteral("Иванова Мария Петровна")});
    }
    for (const QString& typed :
         {QStringLiteral("психологу"), QStringLiteral("консультации"), QStringLiteral("сыном")}) {
        INFO(typed.toStdString());
        CHECK(applicants(t.journal(), byText(typed)) == QStringList{QStringLiteral("Петров Олег")});
    }
    // As it is typed: «по» (a word PostgreSQL's Russian stop list would drop) and «пом» find «помощь»; a Latin word is
    // found as it is written.
    CHECK(applicants(t.journal(), byText(QStringLiteral("по"))) ==
          QStringList{QStringLiteral("Иванова Мария Петровна")});
    CHECK(applicants(t.journal(), byText(QStringLiteral("пом"))) ==
          QStringList{QStringLiteral("Иванова Мария Петровна")});
    CHECK(applicants(t.journal(), byText(QStringLiteral("happy"))) == QStringList{QStringLiteral("Смирнова Ольга")});
    CHECK(applicants(t.journal(), byText(QStringLiteral("кружков"))) == QStringList{QStringLiteral("Смирнова Ольга")});
    // Forms of other words are not matches.
    CHECK(applicants(t.journal(), byText(QStringLiteral("Иваненко"))).isEmpty());
    CHECK(applicants(t.journal(), byText(QStringLiteral("психиатр"))).isEmpty());
    CHECK(applicants(t.journal(), byText(QStringLiteral("happiness"))).isEmpty());
}

TEST_CASE("filters narrow the journal by period, channel, category, status and dispatcher", "[journal][filter]")
{
    tests::TestDatabase t;
    const QDateTime march(QDate(2026, 3, 2), QTime(10, 0));
    const QDateTime february(QDate(2026, 2, 27), QTime(23, 30));
    core::EntryDraft a = t.draft(QStringLiteral("А"), QStringLiteral("a"), march);
    core::EntryDraft b = t.draft(QStringLiteral("Б"), QStringLiteral("b"), february);
    b.channel = core::Channel::Email;
    b.categoryId = t.categoryId(3);
    core::EntryDraft c = t.draft(QStringLiteral("В"), QStringLiteral("c"), march.addDays(1));
    c.status = core::EntryStatus::Closed;
    REQUIRE(t.journal().registerEntry(a));
    REQUIRE(t.journal().registerEntry(b));
    REQUIRE(t.journal().registerEntry(c));
    REQUIRE(t.journalRepo().insert(t.draft(QStringLiteral("Г"), QStringLiteral("d"), march), t.admin().id, t.now()));

    core::JournalFilter filter;
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 3, 31);
    CHECK(applicants(t.journal(), filter) ==
          QStringList{QStringLiteral("В"), QStringLiteral("Г"), QStringLiteral("А")});

    filter = {};
    filter.to = QDate(2026, 2, 27); // the whole last day is included
    CHECK(applicants(t.journal(), filter) == QStringList{QStringLiteral("Б")});

    filter = {};
    filter.channel = core::Channel::Email;
    CHECK(applicants(t.journal(), filter) == QStringList{QStringLiteral("Б")});

    filter = {};
    filter.categoryId = t.categoryId(0);
    CHECK(t.journal().count(filter).value() == 3);

    filter.status = core::EntryStatus::Closed;
    CHECK(applicants(t.journal(), filter) == QStringList{QStringLiteral("В")});

    filter = {};
    filter.dispatcherId = t.admin().id;
    CHECK(applicants(t.journal(), filter) == QStringList{QStringLiteral("Г")});
}

TEST_CASE("pages of the journal come newest first, do not overlap and cover every entry", "[journal][paging]")
{
    tests::TestDatabase t;
    QList<core::JournalRepository::NewRecord> records;
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0));
    for (int i = 0; i < 1050; ++i)
        records.append({t.draft(QStringLiteral("Заявитель %1").arg(i), QStringLiteral("обращение %1").arg(i),
                                start.addSecs(i * 600)),
                        t.dispatcher().id, start.addSecs(i * 600)});
    REQUIRE(t.journalRepo().insertBatch(records));
    REQUIRE(t.journal().count({}).value() == 1050);

    QList<core::EntryId> seen;
    QDateTime previous;
    for (int offset = 0; offset < 1050; offset += 200) {
        const auto page = t.journal().page({}, offset, 200).value();
        CHECK(page.size() == std::min(200, 1050 - offset));
        for (const core::JournalEntry& e : page) {
            if (previous.isValid())
                CHECK(e.draft.receivedAt <= previous);
            previous = e.draft.receivedAt;
            seen << e.id;
        }
    }
    CHECK(QSet<core::EntryId>(seen.begin(), seen.end()).size() == 1050);
    CHECK(t.journal().page({}, 0, 1).value().first().draft.applicantName == QStringLiteral("Заявитель 1049"));
    CHECK(t.journal().page({}, 1049, 200).value().first().draft.applicantName == QStringLiteral("Заявитель 0"));
}
