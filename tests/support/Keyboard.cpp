// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/Keyboard.h"

#include <QTest>

namespace zabota::tests {

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPrint())
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace zabota::tests
