// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/Keyboard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>
#include <memory>

// Driving widgets the way a person at the keyboard does: every key goes to whatever widget has the focus now.
namespace zabota::tests::keyboard {

[[nodiscard]] inline QWidget* focused()
{
    return QApplication::focusWidget();
}

// The focused widget, once the window manager has given a window the focus back (after a message box, say).
[[nodiscard]] inline QWidget* awaitFocus()
{
    (void)QTest::qWaitFor([] { return focused() != nullptr; }, 2000);
    return focused();
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = awaitFocus();
    REQUIRE(target != nullptr);
    QTest::keyClick(target, key, modifiers);
}

// A key pressed `times` times in a row.
inline void pressTimes(Qt::Key key, int times)
{
    for (int i = 0; i < times; ++i)
        press(key);
}

// Types text key by key, Cyrillic included.
inline void type(const QString& text)
{
    QWidget* target = awaitFocus();
    REQUIRE(target != nullptr);
    typeText(target, text);
}

// What a message box asked, once it has been answered.
struct Question {
    bool asked = false;
    QString text;
};

// Answers the next modal message box from the keyboard: Tab to the button, then Space. The window that asked gets
// the focus back, as a window manager would give it.
inline std::shared_ptr<Question> answerNextQuestion(QMessageBox::StandardButton answer)
{
    auto question = std::make_shared<Question>();
    QPointer<QWidget> asking = QApplication::activeWindow();
    QTimer::singleShot(0, qApp, [question, answer, asking] {
        QPointer<QMessageBox> box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        question->asked = true;
        question->text = box->text();
        QWidget* button = box->button(answer);
        for (int i = 0; i < 10 && box->focusWidget() != button; ++i)
            QTest::keyClick(box->focusWidget() ? box->focusWidget() : box.data(), Qt::Key_Tab);
        if (box->focusWidget() == button)
            QTest::keyClick(button, Qt::Key_Space);
        if (box && box->isVisible())
            box->done(QMessageBox::Cancel); // never leave a test hanging; the caller's checks then fail
        if (asking && asking->isVisible())
            asking->activateWindow();
    });
    return question;
}

} // namespace zabota::tests::keyboard
