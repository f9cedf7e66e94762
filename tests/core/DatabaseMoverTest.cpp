// SPDX-License-Identifier: GPL-3.0-or-later
// A single desk's SQLite database moved to a new database on a PostgreSQL server (issue 7): every row arrives, the
// console reads the same on the server, new work there continues the desk's numbers, and a target that is not new, a
// copy that does not read back as its source, or a stop leave the server's database as it was. On the test server, in
// the PostgreSQL run only.
#include "core/transfer/DatabaseMover.h"

#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/storage/SchemaReader.h"
#include "tests/support/MoveFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace zabota;
using core::MoveReport;

namespace {

qint64 rowsOf(const core::Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 valueOf(const core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

MoveReport moved(core::Database& desk, core::Database& server)
{
    auto report = core::DatabaseMover(desk, server).move();
    if (!report)
        FAIL(report.error().message.toStdString() + " / " + report.error().detail.toStdString());
    REQUIRE(report->outcome == MoveReport::Outcome::Moved);
    return *report;
}

QStringList mismatched(const MoveReport& report)
{
    QStringList tables;
    for (const auto& t : report.tables) {
        if (!t.matches())
            tables << t.table;
    }
    tables.sort();
    return tables;
}

qsizetype indexOf(const MoveReport& report, const QString& table)
{
    return std::ranges::find(report.tables, table, &core::TableComparison::table) - report.tables.begin();
}

// What a person sees of an entry in the journal.
QStringList shown(const QList<core::JournalEntry>& entries)
{
    QStringList rows;
    for (const auto& e : entries) {
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                    .arg(e.id)
                    .arg(e.registrationNumber(), e.draft.applicantName, e.draft.summary, e.categoryTitle,
                         e.createdByName, e.draft.receivedAt.toUTC().toString(Qt::ISODate))
                    .arg(e.familyId.value_or(0));
    }
    return rows;
}

} // namespace

TEST_CASE("a desk's database moves to a new server database with every table's rows and checksum matching",
          "[postgres][move]")
{
    tests::MoveFixture f;
    auto server = f.openServer();
    QStringList copied;
    auto report = core::DatabaseMover(f.desk().db(), *server).move([&](const core::MoveProgress& p) {
        if (p.stage == core::MoveProgress::Stage::Copying && p.done == p.total)
            copied << p.table;
    });
    REQUIRE(report);
    CHECK(report->outcome == MoveReport::Outcome::Moved);
    CHECK(report->allMatch());
    CHECK(mismatched(*report).isEmpty());

    // Every table of the desk but the migrations' record and SQLite's own, counted as another program counts it.
    auto deskTables = core::SchemaReader(f.desk().db()).tables();
    REQUIRE(deskTables);
    QStringList expected;
    for (const auto& t : std::as_const(*deskTables)) {
        if (!core::DatabaseMover::kNotMoved.contains(t.name))
            expected << t.name;
    }
    QStringList reported;
    qint64 rows = 0;
    for (const auto& t : std::as_const(report->tables)) {
        INFO(t.table.toStdString());
        reported << t.table;
        CHECK(t.sourceRows == rowsOf(f.desk().db(), t.table));
        CHECK(t.targetRows == rowsOf(*server, t.table));
        CHECK(t.sourceChecksum.size() == 64);
        rows += t.sourceRows;
    }
    CHECK(QSet<QString>(reported.begin(), reported.end()) == QSet<QString>(expected.begin(), expected.end()));
    CHECK(copied == reported);
    CHECK(report->rowsCopied == rows);
    CHECK(reported.size() == expected.size());
    CHECK(report->schemaVersion == f.desk().db().schemaVersion());

    // The demo's work is all there.
    CHECK(rowsOf(*server, QStringLiteral("journal_entry")) == tests::MoveFixture::kEntries);
    CHECK(rowsOf(*server, QStringLiteral("family")) == tests::MoveFixture::kFamilies);
    for (const char* table : {"app_user", "user_role", "family_member", "family_phone", "support_case", "handoff",
                              "handoff_transition", "plan_item", "journal_counter", "family_counter"}) {
        INFO(table);
        CHECK(rowsOf(*server, QLatin1String(table)) > 0);
    }
    CHECK(report->entriesIndexed == tests::MoveFixture::kEntries);
    CHECK(report->familiesIndexed == tests::MoveFixture::kFamilies);

    // Parents go before the rows that refer to them.
    CHECK(indexOf(*report, QStringLiteral("app_user")) < indexOf(*report, QStringLiteral("journal_entry")));
    CHECK(indexOf(*report, QStringLiteral("family")) < indexOf(*report, QStringLiteral("journal_entry")));
    CHECK(indexOf(*report, QStringLiteral("support_case")) < indexOf(*report, QStringLiteral("handoff")));
    CHECK(indexOf(*report, QStringLiteral("journal_entry")) < indexOf(*report, QStringLiteral("handoff")));

    // Another workstation, on a connection of its own, compares the two and finds them the same.
    auto again = f.openServer();
    auto compared = core::DatabaseMover(f.desk().db(), *again).compare();
    REQUIRE(compared);
    CHECK(compared->outcome == MoveReport::Outcome::Compared);
    CHECK(compared->allMatch());
    CHECK(compared->tables.size() == report->tables.size());
}

TEST_CASE("the console reads the same journal, registry, search results and logins on the moved database",
          "[postgres][move]")
{
    tests::MoveFixture f;
    auto server = f.openServer();
    moved(f.desk().db(), *server);

    core::JournalRepository deskJournal(f.desk().db());
    core::JournalRepository serverJournal(*server);
    CHECK(serverJournal.count({}).value() == deskJournal.count({}).value());
    CHECK(shown(serverJournal.page({}, 0, 200).value()) == shown(deskJournal.page({}, 0, 200).value()));
    CHECK(shown(serverJournal.page({}, 1000, 100).value()) == shown(deskJournal.page({}, 1000, 100).value()));

    // The journal's search: a surname the demo gives applicants, words of a summary, a phone number.
    const QString surname = core::DemoGenerator::surnames().first();
    const auto firstEntry = deskJournal.page({}, 0, 1).value().first();
    const QString digits = firstEntry.draft.applicantPhone;
    for (const QString& text : {surname, surname.left(4), firstEntry.draft.summary.section(u' ', 0, 1), digits}) {
        INFO(text.toStdString());
        core::JournalFilter filter;
        filter.text = text;
        const int onDesk = deskJournal.count(filter).value();
        CHECK(onDesk > 0);
        CHECK(serverJournal.count(filter).value() == onDesk);
        CHECK(shown(serverJournal.page(filter, 0, 50).value()) == shown(deskJournal.page(filter, 0, 50).value()));
    }
    core::JournalFilter byCategory;
    byCategory.categoryId = firstEntry.draft.categoryId;
    CHECK(serverJournal.count(byCategory).value() == deskJournal.count(byCategory).value());

    // The registry and its search-as-you-type.
    core::FamilyRepository deskFamilies(f.desk().db(), deskJournal);
    core::FamilyRepository serverFamilies(*server, serverJournal);
    CHECK(serverFamilies.count({}).value() == deskFamilies.count({}).value());
    const auto deskPage = deskFamilies.page({}, 0, 100).value();
    const auto serverPage = serverFamilies.page({}, 0, 100).value();
    REQUIRE(serverPage.size() == deskPage.size());
    for (qsizetype i = 0; i < deskPage.size(); ++i) {
        CHECK(serverPage[i].cardNo == deskPage[i].cardNo);
        CHECK(serverPage[i].id == deskPage[i].id);
    }
    const auto card = deskFamilies.get(deskPage.first().id).value();
    const auto sameCard = serverFamilies.get(card.id).value();
    CHECK(sameCard.draft == card.draft);
    CHECK(sameCard.cardNo == card.cardNo);
    CHECK(sameCard.registrations.size() == card.registrations.size());
    const QString member = card.draft.members.first().surname;
    // The same cards; SQLite's and PostgreSQL's full-text ranks may order equally good matches differently.
    const auto cardsOf = [](const QList<core::FamilySummary>& found) {
        QStringList numbers;
        for (const auto& s : found)
            numbers << s.cardNo;
        numbers.sort();
        return numbers;
    };
    const QStringList onDesk = cardsOf(deskFamilies.search(member, 20).value());
    CHECK(onDesk.contains(card.cardNo));
    CHECK(cardsOf(serverFamilies.search(member, 20).value()) == onDesk);
    if (!card.draft.phones.isEmpty())
        CHECK(cardsOf(serverFamilies.search(card.draft.phones.first(), 20).value()) ==
              cardsOf(deskFamilies.search(card.draft.phones.first(), 20).value()));

    // The desk's people log in on the server with their passwords.
    core::UserRepository users(*server);
    const core::AuthService auth(users, tests::TestDatabase::kFastIterations);
    CHECK(auth.login(QStringLiteral("admin"), tests::TestDatabase::kPassword).has_value());
    CHECK(auth.login(QStringLiteral("petrova"), tests::TestDatabase::kPassword).has_value());
    CHECK_FALSE(auth.needsFirstAdmin().value());
}

TEST_CASE("new entries, cards and users on the moved database continue the desk's numbers and ids", "[postgres][move]")
{
    tests::MoveFixture f;
    const QDateTime now(QDate(2026, 3, 10), QTime(16, 0));
    const qint64 lastNumber =
        valueOf(f.desk().db(), QStringLiteral("SELECT last_no FROM journal_counter WHERE reg_year = 2026"));
    const qint64 lastEntryId = valueOf(f.desk().db(), QStringLiteral("SELECT MAX(id) FROM journal_entry"));
    const qint64 lastFamilyId = valueOf(f.desk().db(), QStringLiteral("SELECT MAX(id) FROM family"));
    const qint64 lastCard = valueOf(f.desk().db(), QStringLiteral("SELECT last_no FROM family_counter WHERE card_year "
                                                                  "= (SELECT MAX(card_year) FROM family_counter)"));
    const qint64 lastUserId = valueOf(f.desk().db(), QStringLiteral("SELECT MAX(id) FROM app_user"));
    auto server = f.openServer();
    moved(f.desk().db(), *server);

    core::UserRepository users(*server);
    core::AuthService auth(users, tests::TestDatabase::kFastIterations);
    auto admin = auth.login(QStringLiteral("admin"), tests::TestDatabase::kPassword);
    REQUIRE(admin);
    auto dispatcher = auth.login(QStringLiteral("petrova"), tests::TestDatabase::kPassword);
    REQUIRE(dispatcher);
    core::CategoryRepository categories(*server);
    core::JournalRepository journalRepo(*server);
    core::JournalService journal(journalRepo, categories, *dispatcher, [now] { return now; });
    core::EntryDraft draft = f.desk().draft(QStringLiteral("Новикова Ирина"), QStringLiteral("Первое обращение на "
                                                                                             "сервере"));
    draft.receivedAt = now.addSecs(-60);
    auto entry = journal.registerEntry(draft);
    REQUIRE(entry);
    CHECK(entry->id == lastEntryId + 1);
    CHECK(entry->regNo == lastNumber + 1);
    CHECK(entry->regYear == 2026);

    core::FamilyRepository families(*server, journalRepo);
    auto family = families.insert(tests::TestDatabase::familyDraft(QStringLiteral("Новикова")), dispatcher->id, now);
    REQUIRE(family);
    CHECK(family->id == lastFamilyId + 1);
    CHECK(family->cardSeq == lastCard + 1);

    auto user = auth.addUser(*admin, {QStringLiteral("sokolova"),
                                      QStringLiteral("Соколова Вера Павловна"),
                                      tests::TestDatabase::kPassword,
                                      {core::Role::Curator}});
    REQUIRE(user);
    CHECK(user->id == lastUserId + 1);
    // And the new entry is found by the journal's search.
    core::JournalFilter filter;
    filter.text = QStringLiteral("сервере");
    CHECK(journalRepo.count(filter).value() == 1);
}

TEST_CASE("a server database that holds data already is refused and left as it was", "[postgres][move]")
{
    tests::MoveFixture f;
    SECTION("one with users and entries")
    {
        tests::TestDatabase used(tests::Backend::Postgres);
        REQUIRE(used.journal().registerEntry(used.draft(QStringLiteral("Смирнова Ольга"), QStringLiteral("Развод"))));
        const qint64 categories = rowsOf(used.db(), QStringLiteral("problem_category"));
        auto report = core::DatabaseMover(f.desk().db(), used.db()).move();
        REQUIRE_FALSE(report);
        CHECK(report.error().kind == core::Error::Kind::Conflict);
        CHECK(report.error().message.contains(used.db().path()));
        CHECK(report.error().message.contains(QStringLiteral("app_user: 2 rows")));
        CHECK(report.error().message.contains(QStringLiteral("journal_entry: 1 rows")));
        CHECK(report.error().message.contains(QStringLiteral("new, empty one")));
        CHECK(rowsOf(used.db(), QStringLiteral("app_user")) == 2);
        CHECK(rowsOf(used.db(), QStringLiteral("journal_entry")) == 1);
        CHECK(rowsOf(used.db(), QStringLiteral("problem_category")) == categories);
        CHECK(used.auth().login(QStringLiteral("admin"), tests::TestDatabase::kPassword).has_value());
    }
    SECTION("one whose lists were changed")
    {
        f.asSuperuser({QStringLiteral("INSERT INTO problem_category (title, position) VALUES ('Опека', 12)")});
        auto server = f.openServer();
        auto report = core::DatabaseMover(f.desk().db(), *server).move();
        REQUIRE_FALSE(report);
        CHECK(report.error().kind == core::Error::Kind::Conflict);
        CHECK(report.error().message.contains(QStringLiteral("problem_category: 12 rows")));
        CHECK(rowsOf(*server, QStringLiteral("problem_category")) == 12);
        CHECK(rowsOf(*server, QStringLiteral("app_user")) == 0);
    }
}

TEST_CASE("a value changed on the server after the move is caught by the comparison", "[postgres][move]")
{
    tests::MoveFixture f;
    auto server = f.openServer();
    moved(f.desk().db(), *server);
    f.asSuperuser({
        QStringLiteral("UPDATE journal_entry SET summary = summary || '.' WHERE id = 7"),
        QStringLiteral("UPDATE family SET special_attention = NOT special_attention WHERE id = 3"),
        QStringLiteral("DELETE FROM user_role WHERE user_id = (SELECT MAX(user_id) FROM user_role)"),
        QStringLiteral("UPDATE journal_counter SET last_no = last_no + 1 WHERE reg_year = 2026"),
    });
    auto report = core::DatabaseMover(f.desk().db(), *server).compare();
    REQUIRE(report);
    CHECK_FALSE(report->allMatch());
    CHECK(mismatched(*report) == QStringList{QStringLiteral("family"), QStringLiteral("journal_counter"),
                                             QStringLiteral("journal_entry"), QStringLiteral("user_role")});
    const auto& entries = report->tables[indexOf(*report, QStringLiteral("journal_entry"))];
    CHECK(entries.sourceRows == entries.targetRows);
    CHECK(entries.sourceChecksum != entries.targetChecksum);
    const auto& roles = report->tables[indexOf(*report, QStringLiteral("user_role"))];
    CHECK(roles.targetRows == roles.sourceRows - 1);
}

TEST_CASE("a copy that does not read back as its source is taken back whole", "[postgres][move]")
{
    tests::MoveFixture f;
    // A fault on the server that changes what it is given: every summary in capitals.
    f.asSuperuser({QStringLiteral("CREATE FUNCTION garble() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                  "NEW.summary := upper(NEW.summary); RETURN NEW; END $$"),
                   QStringLiteral("CREATE TRIGGER garble BEFORE INSERT ON journal_entry FOR EACH ROW EXECUTE "
                                  "FUNCTION garble()")});
    auto server = f.openServer();
    const qint64 categories = rowsOf(*server, QStringLiteral("problem_category"));
    auto report = core::DatabaseMover(f.desk().db(), *server).move();
    REQUIRE(report);
    CHECK(report->outcome == MoveReport::Outcome::Mismatch);
    CHECK(mismatched(*report) == QStringList{QStringLiteral("journal_entry")});
    CHECK(rowsOf(*server, QStringLiteral("journal_entry")) == 0);
    CHECK(rowsOf(*server, QStringLiteral("app_user")) == 0);
    CHECK(rowsOf(*server, QStringLiteral("problem_category")) == categories);
}

TEST_CASE("a move stopped half-way leaves the server database as it was, ready for another try", "[postgres][move]")
{
    tests::MoveFixture f;
    auto server = f.openServer();
    const qint64 categories = rowsOf(*server, QStringLiteral("problem_category"));
    int asked = 0;
    auto report = core::DatabaseMover(f.desk().db(), *server).move({}, [&asked] { return ++asked > 3; });
    REQUIRE(report);
    CHECK(report->outcome == MoveReport::Outcome::Stopped);
    CHECK(asked == 4);
    CHECK(rowsOf(*server, QStringLiteral("app_user")) == 0);
    CHECK(rowsOf(*server, QStringLiteral("journal_entry")) == 0);
    CHECK(rowsOf(*server, QStringLiteral("problem_category")) == categories);
    CHECK(moved(f.desk().db(), *server).allMatch());
}

TEST_CASE("databases of different schemas are not moved into each other", "[postgres][move]")
{
    tests::MoveFixture f;
    f.asSuperuser({QStringLiteral("CREATE TABLE visitor_notes (id BIGINT PRIMARY KEY, note TEXT)"),
                   QStringLiteral("ALTER TABLE visitor_notes OWNER TO zabota")});
    auto server = f.openServer();
    auto report = core::DatabaseMover(f.desk().db(), *server).move();
    REQUIRE_FALSE(report);
    CHECK(report.error().kind == core::Error::Kind::Migration);
    CHECK(report.error().message.contains(QStringLiteral("visitor_notes")));
    CHECK(rowsOf(*server, QStringLiteral("app_user")) == 0);
}
