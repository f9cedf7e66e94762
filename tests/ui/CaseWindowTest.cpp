// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaseWindow.h"

#include "core/supportcase/CaseList.h"
#include "core/supportcase/CaseService.h"
#include "tests/ui/FocusedKeys.h"
#include "tests/ui/HandoffDesks.h"
#include "ui/CasesWindow.h"
#include "ui/HandoffDialog.h"
#include "ui/HandoffInboxWindow.h"
#include "ui/PlanItemDialog.h"
#include "ui/ProtocolDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;

namespace {

// The handoff desks, and the curator's cases.
struct Centre : tests::HandoffDesks {
    core::CaseService cases{t.db(), curator, [this] {
                                return t.now();
                            }};
    core::CaseList list{t.db(), [this] {
                            return t.now();
                        }};

    // The curator has accepted the appeal: the case it opened.
    core::CaseId acceptedCase()
    {
        const auto offered = dispatcher.offer(entry->id, std::nullopt, curator.id, {}).value();
        return *curatorService.accept(offered.id).value().caseId;
    }
};

void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("handed over, accepted with Enter, the case opens and the curator writes a plan item", "[ui][case]")
{
    Centre c;
    REQUIRE(c.entry);
    {
        ui::HandoffDialog dialog(c.dispatcher, c.t.families().curators().value(), c.entry->id, std::nullopt,
                                 c.entry->registrationNumber(), nullptr);
        showActive(dialog);
        press(Qt::Key_Down); // the queue, then the curator by name
        press(Qt::Key_Tab);
        type(QStringLiteral("Мать просит помощи с сыном"));
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(dialog.offered());
    }

    ui::HandoffInboxWindow inbox(c.curatorService);
    QSignalSpy opened(&inbox, &ui::HandoffInboxWindow::caseOpened);
    showActive(inbox);
    inbox.table()->setFocus();
    press(Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    const core::CaseId caseId = opened.at(0).at(0).value<core::CaseId>();

    ui::CaseWindow window(c.cases, caseId, c.t.families().curators().value());
    showActive(window);
    CHECK(window.headerText().contains(QStringLiteral("Морозова Наталья")));
    CHECK(window.summary().familyName == QStringLiteral("Сорокина"));
    CHECK(window.historyText().contains(QStringLiteral("Мать просит помощи с сыном")) == false);
    window.tabs()->setCurrentIndex(1);
    window.planTable()->setFocus();

    QStringList refusals;
    const auto seen = inNextDialog<ui::PlanItemDialog>([&](ui::PlanItemDialog& dialog) {
        CHECK(dialog.focusWidget() == dialog.field(QStringLiteral("activity")));
        typeIn(dialog, QStringLiteral("Консультации психолога для матери и сына"));
        // A due date before the case opened: refused, the form keeps what was typed.
        qobject_cast<QDateEdit*>(dialog.field(QStringLiteral("dueDate")))->setDate(QDate(2026, 3, 1));
        pressIn(dialog, Qt::Key_Return);
        refusals << dialog.messageText();
        CHECK(dialog.focusWidget() == dialog.field(QStringLiteral("dueDate")));
        CHECK(dialog.item().activity == QStringLiteral("Консультации психолога для матери и сына"));
        qobject_cast<QDateEdit*>(dialog.field(QStringLiteral("dueDate")))->setDate(QDate(2026, 4, 10));
        pressIn(dialog, Qt::Key_Return);
    });
    press(Qt::Key_Insert);
    REQUIRE(dialogDone(seen));
    CHECK_FALSE(seen->leftOpen);
    REQUIRE(refusals.size() == 1);
    CHECK(refusals[0].contains(QStringLiteral("10.03.2026")));
    REQUIRE(window.planItems().size() == 1);
    const core::PlanItem item = window.planItems().at(0);
    CHECK(item.draft.activity == QStringLiteral("Консультации психолога для матери и сына"));
    CHECK(item.draft.responsibleId == c.curator.id);
    CHECK(item.draft.dueDate == QDate(2026, 4, 10));
    CHECK(window.planTable()->rowCount() == 1);
    CHECK(c.cases.plan(caseId).value().size() == 1);
    // The supervisor's lists show who holds it.
    CHECK(c.list.cases({}).value().at(0).curatorName == QStringLiteral("Морозова Наталья"));
    CHECK(c.list.cases({}).value().at(0).openItems == 1);
}

TEST_CASE("the curator signs the contract, keeps a protocol, prints them and ends support", "[ui][case]")
{
    Centre c;
    REQUIRE(c.entry);
    const core::CaseId caseId = c.acceptedCase();
    core::PlanItemDraft item;
    item.activity = QStringLiteral("Посещение семьи на дому");
    item.dueDate = QDate(2026, 3, 20);
    REQUIRE(c.cases.addPlanItem(caseId, item));

    ui::CaseWindow window(c.cases, caseId, c.t.families().curators().value());
    window.setCentre({QStringLiteral("Центр помощи семье"), QStringLiteral("Тюмень"), {}});
    showActive(window);

    // The contract: a number typed, saved with Ctrl+S; a term ending before it was signed is refused first.
    window.field(QStringLiteral("basis"))->setFocus();
    type(QStringLiteral("Заявление матери"));
    window.field(QStringLiteral("contractNo"))->setFocus();
    type(QStringLiteral("СС-15/2026"));
    qobject_cast<QDateEdit*>(window.field(QStringLiteral("contractUntil")))->setDate(QDate(2026, 1, 1));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(window.messageText().contains(QStringLiteral("01.01.2026")));
    CHECK(window.summary().contract.number.isEmpty());
    CHECK(c.cases.summary(caseId).value().basis.isEmpty()); // nothing of the refused save was written
    qobject_cast<QDateEdit*>(window.field(QStringLiteral("contractUntil")))->setDate(QDate(2026, 9, 10));
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(window.summary().contract.number == QStringLiteral("СС-15/2026"));
    CHECK(window.summary().basis == QStringLiteral("Заявление матери"));

    // A protocol of the case conference, with Insert on the protocols tab.
    window.tabs()->setCurrentIndex(2);
    window.protocolTable()->setFocus();
    const auto protocolSeen = inNextDialog<ui::ProtocolDialog>([&](ui::ProtocolDialog& dialog) {
        CHECK(dialog.protocol().number == QStringLiteral("1"));
        CHECK(dialog.protocol().participants.contains(QStringLiteral("Морозова Наталья")));
        pressIn(dialog, Qt::Key_End, Qt::ControlModifier);
        typeIn(dialog, QStringLiteral("\nПсихолог центра"));
        pressIn(dialog, Qt::Key_Tab);
        typeIn(dialog, QStringLiteral("Куратора о положении семьи"));
        pressIn(dialog, Qt::Key_Return, Qt::ControlModifier);
    });
    press(Qt::Key_Insert);
    REQUIRE(dialogDone(protocolSeen));
    REQUIRE(window.protocolList().size() == 1);
    CHECK(window.protocolList()[0].draft.participants.endsWith(QStringLiteral("Психолог центра")));
    CHECK(window.protocolList()[0].draft.decision == core::ProtocolDecision::TakeOn);

    QTemporaryDir dir;
    CHECK(window.printContract(dir.filePath(QStringLiteral("contract.pdf"))));
    CHECK(window.printPlan(dir.filePath(QStringLiteral("plan.pdf"))));
    CHECK(window.printProtocol(dir.filePath(QStringLiteral("protocol.pdf"))));
    for (const char* name : {"contract.pdf", "plan.pdf", "protocol.pdf"})
        CHECK(QFile(dir.filePath(QString::fromLatin1(name))).size() > 1000);
    CHECK_FALSE(window.printPlan(dir.filePath(QStringLiteral("missing/plan.pdf"))));
    CHECK(window.messageText().contains(QStringLiteral("missing")));

    // Ten days on the visit is late, in red in the plan and in the late list.
    c.t.setNow(QDateTime(QDate(2026, 3, 25), QTime(9, 0)));
    window.reload();
    CHECK(window.planTable()->item(0, 5)->text().contains(QStringLiteral("5")));
    ui::CasesWindow lists(c.list, c.curator);
    REQUIRE(lists.late().size() == 1);
    CHECK(lists.lateTable()->item(0, 6)->text() == QStringLiteral("Посещение семьи на дому"));

    // Ending support with the visit still open asks; the answer Yes cancels it and closes the case.
    window.activateWindow();
    std::shared_ptr<Question> asked;
    const auto endSeen = inNextDialog<QDialog>([&](QDialog& dialog) {
        CHECK(dialog.windowTitle() == QStringLiteral("End support"));
        asked = answerNextQuestion(QMessageBox::Yes);
        pressIn(dialog, Qt::Key_Return);
    });
    window.endSupport();
    REQUIRE(dialogDone(endSeen));
    REQUIRE(asked);
    CHECK(asked->asked);
    CHECK(asked->text.contains(QStringLiteral("1")));
    CHECK(window.summary().isClosed());
    CHECK(window.summary().outcome == core::CaseOutcome::ImprovedRemoved);
    CHECK(window.planItems().at(0).status == core::PlanItemStatus::Cancelled);
    CHECK_FALSE(window.field(QStringLiteral("contractNo"))->isEnabled());
    lists.reload();
    CHECK(lists.cases().isEmpty());
    CHECK(lists.late().isEmpty());
}
