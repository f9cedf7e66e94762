// SPDX-License-Identifier: GPL-3.0-or-later
// The family registry and the family card over a real database: the paged registry and its filters, opening a card
// with the keyboard (written to the audit log), the members with their ages, and a stale save refused.
#include "tests/support/TestDatabase.h"
#include "tests/support/WidgetTesting.h"
#include "ui/FamilyCardDialog.h"
#include "ui/FamilyRegistryModel.h"
#include "ui/FamilyRegistryWindow.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace zabota;
using tests::IsolatedSettings;
using tests::ModelTesterLog;

namespace {

core::Family create(tests::TestDatabase& t, const core::FamilyDraft& draft)
{
    const auto family = t.families().createFamily(draft);
    INFO((family ? QString() : family.error().message + QLatin1Char(' ') + family.error().detail).toStdString());
    REQUIRE(family);
    return *family;
}

// Мать with two children, 5 and 12 years old at the test clock's 2026-03-10.
core::FamilyDraft twoChildren(const QString& surname)
{
    core::FamilyDraft draft = tests::TestDatabase::familyDraft(
        surname, QDate(2021, 1, 15), QStringLiteral("+7 900 111-22-33"), QStringLiteral("ул. Ленина, 1"));
    core::FamilyMember older = draft.members.last();
    older.firstName = QStringLiteral("Анна");
    older.sex = core::Sex::Female;
    older.birthDate = QDate(2013, 6, 1);
    draft.members << older;
    return draft;
}

int comboIndex(const QComboBox* combo, int value)
{
    return combo->findData(value);
}

} // namespace

TEST_CASE("the registry shows the families created and its filters narrow the count", "[family][registry]")
{
    tests::TestDatabase t;
    create(t, twoChildren(QStringLiteral("Иванова")));
    create(t, tests::TestDatabase::familyDraft(QStringLiteral("Петрова"), {}, QStringLiteral("8 (900) 222-33-44"),
                                               QStringLiteral("ул. Мира, 5")));
    core::FamilyDraft attention =
        tests::TestDatabase::familyDraft(QStringLiteral("Сидорова"), QDate(2018, 2, 2), QStringLiteral("+79003334455"),
                                         QStringLiteral("ул. Садовая, 9"));
    attention.specialAttention = true;
    create(t, attention);

    ModelTesterLog log;
    ui::FamilyRegistryWindow window(t.families());
    QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    CHECK(window.model()->rowCount() == 3);
    CHECK(window.countLabel()->text().contains(QLatin1String("3")));
    QStringList names;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        names << window.model()->index(row, ui::FamilyRegistryModel::MainMember).data().toString();
    CHECK(names.filter(QStringLiteral("Иванова Мария Ивановна")).size() == 1);
    CHECK(names.filter(QStringLiteral("Петрова")).size() == 1);

    auto* minors = window.findChild<QComboBox*>(QStringLiteral("hasMinorsFilter"));
    REQUIRE(minors);
    minors->setCurrentIndex(comboIndex(minors, 1));
    CHECK(window.model()->rowCount() == 2);
    CHECK(window.model()->totalCount() == 2);
    CHECK(window.countLabel()->text().contains(QLatin1String("2")));

    auto* special = window.findChild<QComboBox*>(QStringLiteral("specialAttentionFilter"));
    REQUIRE(special);
    special->setCurrentIndex(comboIndex(special, 1));
    REQUIRE(window.model()->rowCount() == 1);
    CHECK(window.model()
              ->index(0, ui::FamilyRegistryModel::MainMember)
              .data()
              .toString()
              .startsWith(QStringLiteral("Сидорова")));

    CHECK(log.failures().isEmpty());
}

TEST_CASE("opening a card from the registry with Enter writes the view to the audit log", "[family][registry]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, twoChildren(QStringLiteral("Кузнецова")));
    core::AuditFilter views;
    views.action = core::AuditAction::View;
    views.objectId = family.id;
    REQUIRE(t.audit().list(views)->isEmpty());

    ui::FamilyRegistryWindow window(t.families());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.table()->setFocus();
    window.table()->setCurrentIndex(window.model()->index(0, 0));
    QTest::keyClick(window.table(), Qt::Key_Return);

    REQUIRE(window.lastCard() != nullptr);
    CHECK(window.lastCard()->isLoaded());
    CHECK(window.lastCard()->family().id == family.id);
    const auto records = t.audit().list(views);
    REQUIRE(records);
    REQUIRE(records->size() == 1);
    CHECK(records->first().userId == t.dispatcher().id);
    window.lastCard()->close();
}

TEST_CASE("the card shows the members and the children's ages", "[family][card]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, twoChildren(QStringLiteral("Смирнова")));

    ui::FamilyCardDialog card(t.families(), family.id);
    REQUIRE(card.isLoaded());
    QTableWidget* members = card.membersTable();
    REQUIRE(members->rowCount() == 3);
    QStringList names;
    QStringList ages;
    for (int row = 0; row < members->rowCount(); ++row) {
        names << members->item(row, 0)->text();
        ages << members->item(row, 2)->text();
    }
    CHECK(names.contains(QStringLiteral("Смирнова Артём")));
    CHECK(names.contains(QStringLiteral("Смирнова Анна")));
    CHECK(ages.contains(QStringLiteral("5")));
    CHECK(ages.contains(QStringLiteral("12")));
    CHECK(ages.contains(QStringLiteral("35")));
    const QString composition = card.compositionLabel()->text();
    CHECK(composition.contains(QLatin1String("5")));
    CHECK(composition.contains(QLatin1String("12")));
    CHECK(composition.contains(QLatin1String("2")));
}

TEST_CASE("a stale save shows the conflict banner and keeps both the other save and the edit", "[family][card]")
{
    tests::TestDatabase t;
    const core::Family family = create(t, twoChildren(QStringLiteral("Морозова")));

    ui::FamilyCardDialog card(t.families(), family.id);
    REQUIRE(card.isLoaded());

    core::FamilyDraft other = family.draft;
    other.actualAddress = QStringLiteral("ул. Другая, 7");
    REQUIRE(t.families().updateFamily(family.id, family.version, other));

    card.actualAddressEdit()->setText(QStringLiteral("ул. Моя, 3"));
    CHECK_FALSE(card.save());
    CHECK(card.banner()->isVisibleTo(&card));
    CHECK_FALSE(card.banner()->text().isEmpty());
    CHECK(card.reloadButton()->isVisibleTo(&card));
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Моя, 3"));

    const auto stored = t.familyRepo().get(family.id);
    REQUIRE(stored);
    CHECK(stored->draft.actualAddress == QStringLiteral("ул. Другая, 7"));

    // Reload shows the other save; the address both changed is named, and the curator's own can be put back.
    card.reloadButton()->click();
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Другая, 7"));
    CHECK(card.banner()->text().contains(QStringLiteral("You both changed Actual address (yours: «ул. Моя, 3»)")));
    CHECK_FALSE(card.reloadButton()->isVisibleTo(&card));
    CHECK(card.useMineButton()->isVisibleTo(&card));
    card.useMineButton()->click();
    CHECK(card.actualAddressEdit()->text() == QStringLiteral("ул. Моя, 3"));
}

TEST_CASE("the main window offers the family registry once the family service is set", "[family][registry]")
{
    IsolatedSettings settings;
    tests::TestDatabase t;
    create(t, twoChildren(QStringLiteral("Волкова")));
    ui::MainWindow window(t.journal(), t.auth());
    auto* action = window.findChild<QAction*>(QStringLiteral("familyRegistryAction"));
    REQUIRE(action);
    CHECK_FALSE(action->isEnabled());
    CHECK(window.showFamilyRegistry() == nullptr);

    window.setFamilyService(&t.families());
    CHECK(action->isEnabled());
    action->trigger();
    auto* registry = window.findChild<ui::FamilyRegistryWindow*>();
    REQUIRE(registry);
    CHECK(registry->isVisible());
    CHECK(registry->model()->rowCount() == 1);
    registry->close();
}
