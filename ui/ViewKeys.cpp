// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ViewKeys.h"

#include <QKeyEvent>
#include <QWidget>

namespace zabota::ui {

ViewKeys::ViewKeys(QWidget* view)
    : QObject(view)
{
    view->installEventFilter(this);
}

void ViewKeys::on(const QList<QKeySequence>& keys, std::function<void()> action)
{
    for (const QKeySequence& key : keys)
        m_actions.append({key, action});
}

bool ViewKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* press = static_cast<const QKeyEvent*>(event);
    int key = press->key() == Qt::Key_Enter ? int(Qt::Key_Return) : press->key();
    const QKeySequence pressed(key | int(press->modifiers() & ~Qt::KeypadModifier));
    for (const auto& [keys, action] : std::as_const(m_actions)) {
        if (keys == pressed) {
            action();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace zabota::ui
