// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace zabota::tests {

// Types text into a widget as key presses, as a person would. QTest::keyClicks aborts on characters outside ASCII
// (Qt 6.4), so Cyrillic goes through QTest::sendKeyEvent with the character as the event's text.
void typeText(QWidget* widget, const QString& text);

} // namespace zabota::tests
