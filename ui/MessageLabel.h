// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace zabota::ui {

// How a window says that something was refused: a pink banner above a form, or red text under a list. Hidden until
// there is something to say.
enum class MessageKind { Banner, Inline };

[[nodiscard]] inline QLabel* makeMessageLabel(QWidget* parent, MessageKind kind)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(kind == MessageKind::Banner
                             ? QStringLiteral("background: #fce8e6; color: #a50e0e; padding: 6px; border-radius: 3px;")
                             : QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace zabota::ui
