// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <type_traits>

namespace zabota::core {

// One field of a form's draft (EntryDraft, FamilyDraft) as a merge sees it: its code (the codes of Error::field and
// of the change history) and how to compare and copy it. A field may cover several members that only make sense
// together (a district and its micro-district).
template <typename Draft>
struct DraftField {
    QString code;
    std::function<bool(const Draft&, const Draft&)> same;
    std::function<void(const Draft& from, Draft& to)> copy;
};

// A field that is one member of the draft. Text is compared without the spaces around it, as it is saved.
template <typename Draft, typename T>
[[nodiscard]] DraftField<Draft> draftField(const char* code, T Draft::*member)
{
    return {QString::fromLatin1(code),
            [member](const Draft& a, const Draft& b) {
                if constexpr (std::is_same_v<T, QString>)
                    return (a.*member).trimmed() == (b.*member).trimmed();
                else
                    return a.*member == b.*member;
            },
            [member](const Draft& from, Draft& to) {
                to.*member = from.*member;
            }};
}

// What a form shows after a refused save (someone else saved the record first) is reloaded: the record as the other
// person saved it, with the user's own changes put back on top of it wherever the other person left that field
// alone. Where both changed the same field to different values, the form shows theirs (the saved record is never
// overwritten unseen) and the field is listed in `collided`, so that the form can say so and offer the user's value.
template <typename Draft>
struct DraftMerge {
    Draft draft;           // what the form shows after the reload
    QStringList reapplied; // fields only the user changed: the user's values are back in the form
    QStringList collided;  // fields both changed, differently: the form shows the other person's value
};

// `base` is the record as the form was loaded with it, `mine` the form as the user left it, `theirs` the record as
// saved now.
template <typename Draft>
[[nodiscard]] DraftMerge<Draft> mergeDrafts(const QList<DraftField<Draft>>& fields, const Draft& base,
                                            const Draft& mine, const Draft& theirs)
{
    DraftMerge<Draft> merged{theirs, {}, {}};
    for (const DraftField<Draft>& field : fields) {
        if (field.same(mine, base) || field.same(mine, theirs))
            continue; // not changed by the user, or changed to what the other person saved as well
        if (field.same(theirs, base)) {
            field.copy(mine, merged.draft);
            merged.reapplied << field.code;
        } else {
            merged.collided << field.code;
        }
    }
    return merged;
}

// `to` with the fields named by `codes` taken from `from`: the user's values of the fields that collided, when the
// user chooses them after all.
template <typename Draft>
[[nodiscard]] Draft takeFields(const QList<DraftField<Draft>>& fields, Draft to, const Draft& from,
                               const QStringList& codes)
{
    for (const DraftField<Draft>& field : fields) {
        if (codes.contains(field.code))
            field.copy(from, to);
    }
    return to;
}

} // namespace zabota::core
