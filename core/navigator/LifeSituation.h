// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"
#include "core/partner/Partner.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace zabota::core {

using LifeSituationId = qint64;
using ChecklistItemId = qint64;

// What an administrator writes for a life situation of the navigator (seed 001, «Навигатор»): the situation a family
// is in, the services it needs, the dispatcher's steps, the partners who help, and how the appeal is filed.
struct LifeSituationDraft {
    QString title;
    QString description;
    QString services;  // the services the situation needs, as the dispatcher reads them
    QStringList steps; // the dispatcher's checklist, in order
    QList<PartnerId> partners;
    std::optional<CategoryId> categoryId; // the category an appeal gets by default
    Urgency urgency = Urgency::Planned;

    bool operator==(const LifeSituationDraft&) const = default;
};

// One step of a situation's checklist.
struct ChecklistItem {
    ChecklistItemId id = 0;
    QString text;

    bool operator==(const ChecklistItem&) const = default;
};

struct LifeSituation {
    LifeSituationId id = 0;
    QString title;
    QString description;
    QString services;
    QList<ChecklistItem> items;
    // The suggested partners in the order the administrator chose, those switched off since included.
    QList<Partner> partners;
    std::optional<CategoryId> categoryId;
    QString categoryTitle;
    Urgency urgency = Urgency::Planned;
    int position = 0;
    bool active = true;

    // The situation as its editor starts from.
    [[nodiscard]] LifeSituationDraft draft() const
    {
        LifeSituationDraft d{title, description, services, {}, {}, categoryId, urgency};
        for (const ChecklistItem& item : items)
            d.steps << item.text;
        for (const Partner& partner : partners)
            d.partners << partner.id;
        return d;
    }
};

// One step of the checklist as an entry keeps it: its text as it read when the entry was saved, and whether the
// dispatcher ticked it.
struct ChecklistMark {
    std::optional<ChecklistItemId> itemId; // nullopt once the step is gone from the situation
    QString text;
    bool ticked = false;

    bool operator==(const ChecklistMark&) const = default;
};

// The life situation chosen for a journal entry and the checklist as the dispatcher ticked it.
struct EntryChecklist {
    std::optional<LifeSituationId> situationId; // nullopt: no situation chosen
    QString situationTitle;                     // as it read when the entry was saved
    QList<ChecklistMark> marks;

    [[nodiscard]] int tickedCount() const
    {
        return int(std::ranges::count_if(marks, [](const ChecklistMark& mark) { return mark.ticked; }));
    }

    bool operator==(const EntryChecklist&) const = default;
};

// Limits of a situation's fields; the editor uses them too.
namespace situationLimits {
constexpr int kTitle = 200;
constexpr int kDescription = 2000;
constexpr int kServices = 2000;
constexpr int kStep = 500;
constexpr int kSteps = 30;
} // namespace situationLimits

} // namespace zabota::core
