// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

#include <QComboBox>

namespace zabota::ui {

// Fills a combo box with every value of an enum, labelled in the user's language, the value as item data.
template <typename E>
void fillCombo(QComboBox* combo)
{
    for (const E value : core::allValues<E>())
        combo->addItem(core::label(value), static_cast<int>(value));
}

template <typename E>
void select(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(static_cast<int>(value)));
}

template <typename E>
E selected(const QComboBox* combo, E fallback)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? static_cast<E>(data.toInt()) : fallback;
}

} // namespace zabota::ui
