// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalReader.h"

#include "tests/support/Keyboard.h"
#include "tests/support/TestDatabase.h"
#include "ui/JournalFilterBar.h"
#include "ui/JournalModel.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

void fill(tests::TestDatabase& db)
{
    QList<core::JournalRepository::NewRecord> records;
    const QDateTime start(QDate(2026, 2, 1), QTime(9, 0));
    for (int i = 0; i < 600; ++i) {
        core::EntryDraft d =
            db.draft(i % 3 == 0 ? QStringLiteral("Ёлкина Алёна %1").arg(i) : QStringLiteral("Смирнова Ольга %1").arg(i),
                     i % 2 == 0 ? QStringLiteral("Конфликт с сыном") : QStringLiteral("Вопрос о пособии"),
                     start.addSecs(i * 3600));
        records.append({d, db.dispatcher().id, d.receivedAt});
    }
    REQUIRE(db.journalRepo().insertBatch(records));
}

core::JournalFilter text(const QString& words)
{
    core::JournalFilter filter;
    filter.text = words;
    return filter;
}

} // namespace

TEST_CASE("with a reader, a search is answered off the window's thread and the table keeps its rows meanwhile",
          "[journal-model][reader]")
{
    tests::TestDatabase db;
    fill(db);
    core::JournalReader reader(db.address());
    ui::JournalModel model(db.journal());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReader(&reader);
    QSignalSpy busy(&model, &ui::JournalModel::busyChanged);
    REQUIRE(model.rowCount() == 600);

    model.setFilter(text(QStringLiteral("ЕЛКИНА")));
    CHECK(model.isBusy());
    CHECK(model.rowCount() == 600); // nothing changes until the answer
    const int fetchedBefore = model.pageFetchCount();
    QTRY_COMPARE(model.isBusy(), false);
    CHECK(model.rowCount() == 200);
    CHECK(model.filter().text == QStringLiteral("ЕЛКИНА"));
    CHECK(model.entryAt(0)->draft.applicantName.startsWith(QStringLiteral("Ёлкина")));
    CHECK(model.pageFetchCount() == fetchedBefore); // the first page came with the answer
    REQUIRE(busy.size() == 2);
    CHECK(busy.at(0).at(0).toBool());
    CHECK_FALSE(busy.at(1).at(0).toBool());
}

TEST_CASE("only the latest of quickly typed searches reaches the table", "[journal-model][reader]")
{
    tests::TestDatabase db;
    fill(db);
    core::JournalReader reader(db.address());
    ui::JournalModel model(db.journal());
    model.setReader(&reader);
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&resets] { ++resets; });

    model.setFilter(text(QStringLiteral("с")));
    model.setFilter(text(QStringLiteral("сы")));
    model.setFilter(text(QStringLiteral("сыном")));
    QTRY_COMPARE(model.isBusy(), false);
    CHECK(model.filter().text == QStringLiteral("сыном"));
    CHECK(model.rowCount() == 300);
    CHECK(resets == 1);

    // Going back to what is shown drops an answer on its way.
    model.setFilter(text(QStringLiteral("пособии")));
    model.setFilter(text(QStringLiteral("сыном")));
    CHECK_FALSE(model.isBusy());
    QTest::qWait(200);
    CHECK(model.filter().text == QStringLiteral("сыном"));
    CHECK(model.rowCount() == 300);
}

TEST_CASE("the window says it is searching and then how many entries match", "[main-window][reader]")
{
    tests::TestDatabase db;
    fill(db);
    core::JournalReader reader(db.address());
    ui::MainWindow window(db.journal(), db.auth());
    window.setReader(&reader);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Ctrl+F: to the search box, as a dispatcher would
    auto* search = window.filterBar()->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    REQUIRE(search != nullptr);
    REQUIRE(search->hasFocus());
    auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    REQUIRE(count != nullptr);

    tests::typeText(search, QStringLiteral("пособии"));
    REQUIRE(search->text() == QStringLiteral("пособии"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(count->text() == QStringLiteral("Searching…"));
    QTRY_VERIFY(!window.model()->isBusy());
    CHECK(window.model()->rowCount() == 300);
    CHECK(count->text() == QStringLiteral("300 entries match the filter"));
}
