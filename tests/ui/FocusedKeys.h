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
#include <functional>
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

// Keys for a modal dialog, to the widget that has the focus inside it (the window manager may not have activated it).
inline void typeIn(QWidget& window, const QString& text)
{
    typeText(window.focusWidget() ? window.focusWidget() : &window, text);
}

inline void pressIn(QWidget& window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window.focusWidget() ? window.focusWidget() : &window, key, modifiers);
}

// Whether the next modal dialog of type D came, and whether it was still open after `drive` (then it was rejected).
struct DialogSeen {
    bool shown = false;
    bool leftOpen = false;
};

// Runs `drive` in the next modal dialog of type D, waiting up to two seconds for it: a button pressed with its Alt
// mnemonic clicks a moment later (QAbstractButton::animateClick). A dialog left open is rejected, so that a test
// never hangs; `drive` runs inside the dialog's event loop, so it checks with CHECK, never REQUIRE.
template <typename D>
std::shared_ptr<DialogSeen> inNextDialog(std::function<void(D&)> drive)
{
    auto seen = std::make_shared<DialogSeen>();
    QPointer<QWidget> asking = QApplication::activeWindow();
    auto* poll = new QTimer(qApp);
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [seen, drive, asking, poll, tries] {
        QPointer<D> dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 100)
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        seen->shown = true;
        // Keys are matched against shortcuts by the application's focus widget: until the window manager has
        // activated the dialog, that is still in the window below, whose shortcuts would take them.
        (void)QTest::qWaitForWindowActive(dialog);
        if (!dialog)
            return;
        drive(*dialog);
        if (dialog && dialog->isVisible()) {
            seen->leftOpen = true;
            dialog->reject();
        }
        if (asking && asking->isVisible())
            asking->activateWindow();
    });
    poll->start();
    return seen;
}

// Waits until the dialog of `seen` came and went.
[[nodiscard]] inline bool dialogDone(const std::shared_ptr<DialogSeen>& seen)
{
    return QTest::qWaitFor([&] { return seen->shown && !QApplication::activeModalWidget(); }, 3000);
}

} // namespace zabota::tests::keyboard
