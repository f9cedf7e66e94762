// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>

#include <functional>

class QWidget;

namespace zabota::ui {

// Keys of a list or table that act on it (Enter opens, Insert adds, Ctrl+D marks…), read from the view's own key
// events before it handles them: the view keeps Return for its "activated" signal, and unlike a shortcut the keys
// never reach it while a dialog opened over the window has the keyboard.
class ViewKeys final : public QObject {
    Q_OBJECT

public:
    // Filters the key events of `view`, whose child it becomes.
    explicit ViewKeys(QWidget* view);

    // Runs `action` when one of `keys` is pressed in the view (Enter of the keypad counts as Return).
    void on(const QList<QKeySequence>& keys, std::function<void()> action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<std::pair<QKeySequence, std::function<void()>>> m_actions;
};

} // namespace zabota::ui
