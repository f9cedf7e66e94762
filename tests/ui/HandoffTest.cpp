// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/FocusedKeys.h"
#include "tests/ui/HandoffDesks.h"
#include "ui/EntryDialog.h"
#include "ui/HandoffDialog.h"
#include "ui/HandoffInboxWindow.h"

#include <QComboBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

using Desks = tests::HandoffDesks;

} // namespace

TEST_CASE(
    "the dispatcher hands a family over with the keyboard and the curator accepts it with Enter, and a case opens",
    "[ui][handoff]")
{
    Desks d;
    auto& [t, curator, entry, repo, dispatcher, curatorService] = d;
    REQUIRE(entry);

    {
        ui::HandoffDialog dialog(dispatcher, t.families().curators().value(), entry->id, std::nullopt,
                                 entry->registrationNumber(), nullptr);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        // The queue first, then the curator by name; Tab to the note, Ctrl+Enter hands over.
        REQUIRE(focused() == dialog.curatorCombo());
        press(Qt::Key_Down);
        CHECK(dialog.curatorCombo()->currentText() == QStringLiteral("Морозова Наталья"));
        press(Qt::Key_Tab);
        type(QStringLiteral("Мать просит помощи"));
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.offered());
        CHECK(dialog.offered()->curatorId == curator.id);
        CHECK(dialog.offered()->note == QStringLiteral("Мать просит помощи"));
    }

    ui::HandoffInboxWindow inbox(curatorService);
    inbox.show();
    inbox.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&inbox));
    REQUIRE(inbox.table()->rowCount() == 1);
    CHECK(inbox.table()->item(0, 5)->text() == QStringLiteral("Мать просит помощи"));
    CHECK(inbox.table()->item(0, 1)->text() == entry->registrationNumber() + QStringLiteral(", Сорокина"));
    inbox.table()->setFocus();
    press(Qt::Key_Return);
    CHECK(inbox.messageText().isEmpty());
    CHECK(inbox.table()->rowCount() == 0);
    const auto handoffs = repo.ofEntry(entry->id).value();
    REQUIRE(handoffs.size() == 1);
    CHECK(handoffs[0].state == core::HandoffState::Accepted);
    REQUIRE(handoffs[0].caseId);
    CHECK(repo.supportCase(*handoffs[0].caseId)->curatorId == curator.id);
}

TEST_CASE("a curator returns a handoff with a reason, and without one nothing changes", "[ui][handoff]")
{
    Desks d;
    auto& [t, curator, entry, repo, dispatcher, curatorService] = d;
    REQUIRE(entry);
    const auto offered = dispatcher.offer(entry->id, std::nullopt, std::nullopt, {}).value();

    ui::HandoffInboxWindow inbox(curatorService);
    REQUIRE(inbox.table()->rowCount() == 1);
    inbox.giveBackCurrent(QStringLiteral("  "));
    CHECK_FALSE(inbox.messageText().isEmpty());
    CHECK(repo.get(offered.id)->state == core::HandoffState::Offered);
    inbox.giveBackCurrent(QStringLiteral("Не наш район"));
    CHECK(inbox.messageText().isEmpty());
    CHECK(inbox.table()->rowCount() == 0);
    CHECK(repo.get(offered.id)->state == core::HandoffState::Returned);
    // The dispatcher sees it back in their list.
    ui::HandoffInboxWindow dispatcherList(dispatcher);
    REQUIRE(dispatcherList.table()->rowCount() == 1);
    CHECK(dispatcherList.handoffAt(0) == offered.id);
}

TEST_CASE("the entry form shows every move of the entry's handoffs with who and why", "[ui][handoff]")
{
    Desks d;
    auto& [t, curator, entry, repo, dispatcher, curatorService] = d;
    REQUIRE(entry);
    const auto offered = dispatcher.offer(entry->id, std::nullopt, curator.id, {}).value();
    REQUIRE(curatorService.giveBack(offered.id, QStringLiteral("Не наш район")));

    ui::EntryDialog dialog(t.journal(), *entry);
    CHECK(dialog.handoffText().isEmpty());
    dialog.showHandoffs(dispatcher);
    const QStringList lines = dialog.handoffText().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].contains(t.dispatcher().fullName));
    CHECK(lines[1].contains(QStringLiteral("Морозова Наталья")));
    CHECK(lines[2].contains(QStringLiteral("Морозова Наталья")));
    CHECK(lines[2].contains(QStringLiteral("Не наш район")));
}

TEST_CASE("an offer past its deadline reaches the supervisor, who offers it to another curator", "[ui][handoff]")
{
    Desks d;
    auto& [t, curator, entry, repo, dispatcher, curatorService] = d;
    REQUIRE(entry);
    const auto second = t.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна"), {core::Role::Curator});
    const auto supervisor =
        t.addUser(QStringLiteral("sokolova"), QStringLiteral("Соколова Ирина"), {core::Role::Supervisor});
    const auto offered = dispatcher.offer(entry->id, std::nullopt, curator.id, {}).value();
    t.setNow(t.now().addDays(3));
    core::HandoffService supervising(repo, t.users(), supervisor, [&t] { return t.now(); });

    ui::HandoffInboxWindow inbox(supervising);
    inbox.setCurators(t.families().curators().value());
    REQUIRE(inbox.table()->rowCount() == 1);
    CHECK(repo.get(offered.id)->state == core::HandoffState::Escalated);
    inbox.reassignCurrent(second.id, false);
    CHECK(inbox.messageText().isEmpty());
    CHECK(inbox.table()->rowCount() == 0);
    const auto moved = repo.get(offered.id).value();
    CHECK(moved.state == core::HandoffState::Offered);
    CHECK(moved.curatorId == second.id);
    CHECK(moved.deadline > t.now());
    // The new curator sees it in their inbox; the first no longer does.
    core::HandoffService belova(repo, t.users(), second, [&t] { return t.now(); });
    CHECK(ui::HandoffInboxWindow(belova).table()->rowCount() == 1);
    CHECK(ui::HandoffInboxWindow(curatorService).table()->rowCount() == 0);
}

TEST_CASE("a curator accepting a handoff another curator took first is told who and when, and the list moves on",
          "[ui][handoff]")
{
    Desks d;
    auto& [t, curator, entry, repo, dispatcher, curatorService] = d;
    REQUIRE(entry);
    const auto other =
        t.addUser(QStringLiteral("kuznetsova"), QStringLiteral("Кузнецова Ольга"), {core::Role::Curator});
    REQUIRE(dispatcher.offer(entry->id, std::nullopt, std::nullopt, QStringLiteral("В очередь")));

    ui::HandoffInboxWindow inbox(curatorService);
    inbox.show();
    inbox.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&inbox));
    REQUIRE(inbox.table()->rowCount() == 1);

    // At another desk the other curator accepts it at 15:20, while this inbox still lists it.
    t.setNow(QDateTime(QDate(2026, 3, 10), QTime(15, 20)));
    core::HandoffService otherDesk(repo, t.users(), other, [&t] { return t.now(); });
    REQUIRE(otherDesk.accept(repo.ofEntry(entry->id).value().first().id));

    inbox.table()->setFocus();
    press(Qt::Key_Return);
    CHECK(inbox.messageText() ==
          QStringLiteral("You cannot accept this handoff now: it was accepted by Кузнецова Ольга at 15:20 "
                         "(10.03.2026). Nothing was changed."));
    CHECK(inbox.table()->rowCount() == 0);
    CHECK(repo.ofEntry(entry->id).value().first().state == core::HandoffState::Accepted);
}
