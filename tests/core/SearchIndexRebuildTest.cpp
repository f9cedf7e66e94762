// SPDX-License-Identifier: GPL-3.0-or-later
// The search indexes written again from the rows themselves, as after a database was moved: the journal and the family
// registry find what they found before, on either database.
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"
#include "core/text/TextFold.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

int matches(tests::TestDatabase& t, const QString& text)
{
    core::JournalFilter filter;
    filter.text = text;
    auto count = t.journal().count(filter);
    REQUIRE(count);
    return *count;
}

QStringList cards(tests::TestDatabase& t, const QString& typed)
{
    auto found = t.families().search(typed);
    REQUIRE(found);
    QStringList numbers;
    for (const auto& family : std::as_const(*found))
        numbers << family.cardNo;
    return numbers;
}

// Forgets both indexes, as a database filled by a plain copy of its rows has none.
void forgetIndexes(tests::TestDatabase& t)
{
    QSqlQuery q(t.db().connection());
    if (t.db().dialect().kind() == core::SqlDialect::Kind::Sqlite) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM family_fts")));
    } else {
        REQUIRE(q.exec(QStringLiteral("UPDATE journal_entry SET search_vector = NULL")));
        REQUIRE(q.exec(QStringLiteral("UPDATE family SET search_vector = NULL")));
    }
}

// The words the journal's full-text index holds, as another program reads them from the index itself.
QSet<QString> journalIndexTerms(core::Database& db)
{
    QSqlQuery q(db.connection());
    if (db.dialect().kind() == core::SqlDialect::Kind::Sqlite) {
        REQUIRE(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.journal_terms "
                                      "USING fts5vocab(main, journal_fts, 'row')")));
        REQUIRE(q.exec(QStringLiteral("SELECT term FROM temp.journal_terms")));
    } else {
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT unnest(tsvector_to_array(search_vector)) FROM journal_entry")));
    }
    QSet<QString> terms;
    while (q.next())
        terms << q.value(0).toString();
    return terms;
}

// Puts the journal's index back as the console kept it before it knew word forms (migrations 0002 to 0016): the
// folded words as they are, and no zabota_russian configuration on a server.
void indexWordsAsBefore(tests::TestDatabase& t)
{
    QSqlQuery q(t.db().connection());
    const bool sqlite = t.db().dialect().kind() == core::SqlDialect::Kind::Sqlite;
    if (sqlite) {
        REQUIRE(q.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO journal_fts (rowid, applicant, summary, action) SELECT id, "
                                      "replace(replace(applicant_name || ' ' || phone_digits || ' ' || "
                                      "substr(phone_digits, 2), 'ё', 'е'), 'Ё', 'Е'), summary, action_taken "
                                      "FROM journal_entry")));
    } else {
        QSqlQuery rows(t.db().connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT id, concat_ws(' ', applicant_name, phone_digits, substr(phone_digits, "
                                         "2), summary, action_taken) FROM journal_entry")));
        while (rows.next()) {
            REQUIRE(q.prepare(QStringLiteral("UPDATE journal_entry SET search_vector = to_tsvector('simple', ?) "
                                             "WHERE id = ?")));
            q.addBindValue(core::text::searchWords(rows.value(1).toString()).join(QLatin1Char(' ')));
            q.addBindValue(rows.value(0));
            REQUIRE(q.exec());
        }
        REQUIRE(q.exec(QStringLiteral("DROP TEXT SEARCH CONFIGURATION zabota_russian")));
        REQUIRE(q.exec(QStringLiteral("DROP TEXT SEARCH DICTIONARY zabota_russian_stem")));
    }
    REQUIRE(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 17")));
}

} // namespace

TEST_CASE("a journal indexed before word forms is indexed by stems when the console opens it", "[search][storage]")
{
    tests::TestDatabase t;
    core::EntryDraft first = t.draft(QStringLiteral("Ёлкина Алёна"), QStringLiteral("Семья в трудной ситуации"));
    first.applicantPhone = QStringLiteral("+7 922 000-11-22");
    auto old = t.journal().registerEntry(first);
    REQUIRE(old);
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Петров Олег"), QStringLiteral("Консультация психолога для сына"))));
    const QSet<QString> stems = journalIndexTerms(t.db());
    CHECK(stems.contains(QStringLiteral("елкин")));
    CHECK(stems.contains(QStringLiteral("консультац")));
    CHECK(!stems.contains(QStringLiteral("консультация")));

    indexWordsAsBefore(t);
    CHECK(journalIndexTerms(t.db()).contains(QStringLiteral("консультация")));

    // Opened as a workstation opens it: the migration indexes every entry again, by stems.
    auto reopened = core::Database::open(t.address());
    REQUIRE(reopened);
    CHECK(journalIndexTerms(**reopened) == stems);
    core::JournalRepository journal(**reopened);
    const auto count = [&](const QString& text) {
        core::JournalFilter filter;
        filter.text = text;
        auto n = journal.count(filter);
        REQUIRE(n);
        return *n;
    };
    CHECK(count(QStringLiteral("Елкиной")) == 1);
    CHECK(count(QStringLiteral("ситуациях")) == 1);
    CHECK(count(QStringLiteral("консультации психологу")) == 1);
    CHECK(count(QStringLiteral("9220001122")) == 1);

    // An entry indexed by the migration forgets its old words when it is edited.
    core::EntryDraft changed = old->draft;
    changed.summary = QStringLiteral("Выселение из общежития");
    auto saved = journal.update(old->id, old->version, changed, t.dispatcher().id, t.now());
    REQUIRE(saved);
    CHECK(count(QStringLiteral("ситуации")) == 0);
    CHECK(count(QStringLiteral("общежитии")) == 1);
    CHECK(count(QStringLiteral("елкина")) == 1);
}

TEST_CASE("the search indexes written again from the rows find what they found before", "[search][storage]")
{
    tests::TestDatabase t;
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Ёлкина Алёна Петровна"), QStringLiteral("Конфликт с сыном, ночами сидит в телефоне"))));
    REQUIRE(t.journal().registerEntry(
        t.draft(QStringLiteral("Смирнова Ольга"), QStringLiteral("Развод, раздел имущества, ул.Ленина 5"))));
    auto family = t.families().createFamily(tests::TestDatabase::familyDraft(
        QStringLiteral("Ёлкина"), QDate(2015, 4, 1), QStringLiteral("+7 (912) 345-67-89"),
        QStringLiteral("г. Тюмень, ул. Республики, д. 5, кв. 12")));
    REQUIRE(family);
    REQUIRE(t.families().createFamily(tests::TestDatabase::familyDraft(QStringLiteral("Кузнецова"))));

    const auto check = [&] {
        CHECK(matches(t, QStringLiteral("елкина")) == 1);
        CHECK(matches(t, QStringLiteral("телеф")) == 1);
        CHECK(matches(t, QStringLiteral("ленин")) == 1);
        CHECK(matches(t, QStringLiteral("9123456789")) == 2);
        CHECK(cards(t, QStringLiteral("елк арт")) == QStringList{family->cardNo});
        CHECK(cards(t, QStringLiteral("912 345")) == QStringList{family->cardNo});
        CHECK(cards(t, QStringLiteral("республ")) == QStringList{family->cardNo});
        CHECK(cards(t, QStringLiteral("кузн")).size() == 1);
    };
    check();

    // Written again over the indexes as they are: nothing found twice, nothing lost.
    {
        auto tx = core::Transaction::begin(t.db());
        REQUIRE(tx);
        CHECK(t.journalRepo().rebuildSearchIndex().value() == 2);
        CHECK(t.familyRepo().rebuildSearchIndex().value() == 2);
        REQUIRE(tx->commit());
    }
    check();

    forgetIndexes(t);
    CHECK(matches(t, QStringLiteral("елкина")) == 0);
    CHECK(cards(t, QStringLiteral("елк")).isEmpty());
    {
        auto tx = core::Transaction::begin(t.db());
        REQUIRE(tx);
        CHECK(t.journalRepo().rebuildSearchIndex().value() == 2);
        CHECK(t.familyRepo().rebuildSearchIndex().value() == 2);
        REQUIRE(tx->commit());
    }
    check();
}
