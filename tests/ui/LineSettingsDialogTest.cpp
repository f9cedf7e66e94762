// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LineSettingsDialog.h"

#include "tests/ui/FocusedKeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;
using namespace zabota::tests::keyboard;
using telephony::LineConfig;

namespace {

LineConfig adapterLine(const QString& name, const QByteArray& device)
{
    LineConfig line;
    line.name = name;
    line.deviceId = device;
    line.deviceDescription = QStringLiteral("USB line adapter");
    return line;
}

void showAndFocus(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("a line without a name or an audio input is refused, naming what is missing", "[ui][telephony]")
{
    ui::LineSettingsDialog dialog({});
    showAndFocus(dialog);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("lineList"));
    REQUIRE(list);
    list->setFocus();
    press(Qt::Key_Insert);
    REQUIRE(dialog.lines().size() == 1);
    // The new line's name is selected for typing over.
    auto* name = qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("name")));
    REQUIRE(focused() == name);
    press(Qt::Key_Backspace);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText() == QStringLiteral("Give the line a name, e.g. \"Hotline 1\"."));
    CHECK(focused() == name);

    type(QStringLiteral("Телефон доверия"));
    CHECK(list->item(0)->text() == QStringLiteral("Телефон доверия"));
    // This test's machine has no sound card: the input cannot be chosen, and OK says so.
    auto* device = qobject_cast<QComboBox*>(dialog.field(QStringLiteral("device")));
    REQUIRE(device);
    device->setCurrentIndex(-1);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText() == QStringLiteral("Choose the audio input the line's adapter is plugged into."));
}

TEST_CASE("lines are edited, an unplugged adapter is kept by name, and the lines round-trip through the settings",
          "[ui][telephony]")
{
    ui::LineSettingsDialog dialog({adapterLine(QStringLiteral("Линия 1"), "usb-adapter-1"),
                                   adapterLine(QStringLiteral("Линия 2"), "usb-adapter-2")});
    showAndFocus(dialog);
    auto* device = qobject_cast<QComboBox*>(dialog.field(QStringLiteral("device")));
    REQUIRE(device);
    CHECK(device->currentText() == QStringLiteral("USB line adapter (not connected)"));

    // The second line made anonymous: it is never recorded, so recording cannot be ticked.
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("lineList"));
    list->setCurrentRow(1);
    auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("modeCombo"));
    mode->setCurrentIndex(1);
    auto* record = dialog.findChild<QCheckBox*>(QStringLiteral("recordBox"));
    REQUIRE(record);
    CHECK_FALSE(record->isEnabled());

    // Two lines may not share a name.
    auto* name = qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("name")));
    name->setText(QStringLiteral(" линия 1 "));
    dialog.accept();
    CHECK(dialog.messageText() == QStringLiteral("Another line is already called \"линия 1\"."));
    name->setText(QStringLiteral("Детский телефон доверия"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const auto lines = dialog.lines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].deviceId == QByteArray("usb-adapter-1"));
    CHECK(lines[1].name == QStringLiteral("Детский телефон доверия"));
    CHECK(lines[1].mode == telephony::LineMode::Anonymous);
    CHECK_FALSE(lines[1].records());

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("lines.ini")), QSettings::IniFormat);
    telephony::LineConfigStore::save(settings, lines);
    QSettings again(dir.filePath(QStringLiteral("lines.ini")), QSettings::IniFormat);
    CHECK(telephony::LineConfigStore::load(again) == lines);
}

TEST_CASE("listening to an input that is not there says so instead of showing a level", "[ui][telephony]")
{
    ui::LineSettingsDialog dialog({adapterLine(QStringLiteral("Линия 1"), "usb-adapter-1")});
    showAndFocus(dialog);
    dialog.listen();
    CHECK(QTest::qWaitFor(
        [&] {
            return dialog.calibrationText() ==
                   QStringLiteral("The input \"USB line adapter\" of the line \"Линия 1\" is not connected.");
        },
        3000));
}
