// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/User.h"
#include "core/navigator/LifeSituation.h"

#include <QCoreApplication>

namespace zabota::core {

class NavigatorRepository;

// The navigator as the logged-in user works with it: everyone reads the life situations and keeps a checklist with
// the entries they save; only an administrator changes the situations.
class NavigatorService final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::NavigatorService)

public:
    NavigatorService(NavigatorRepository& situations, User currentUser);

    [[nodiscard]] const User& currentUser() const { return m_user; }
    // Whether the current user may add, change and switch off situations.
    [[nodiscard]] bool canEdit() const;

    [[nodiscard]] Result<QList<LifeSituation>> situations(bool activeOnly = true) const;
    [[nodiscard]] Result<LifeSituation> situation(LifeSituationId id) const;
    [[nodiscard]] Result<LifeSituationId> addSituation(const LifeSituationDraft& draft);
    [[nodiscard]] Status updateSituation(LifeSituationId id, const LifeSituationDraft& draft);
    [[nodiscard]] Status deactivateSituation(LifeSituationId id);
    [[nodiscard]] Status activateSituation(LifeSituationId id);

    // A situation's checklist as a new choice shows it: every step, none ticked.
    [[nodiscard]] static EntryChecklist checklistFor(const LifeSituation& situation);
    [[nodiscard]] Result<EntryChecklist> checklistOf(EntryId entry) const;
    // Keeps `checklist` with an entry. Call it as the AlsoWrite of JournalService::registerEntry or updateEntry, so
    // that it runs in the transaction that saves the entry: a refusal of either saves neither.
    [[nodiscard]] Status writeChecklist(EntryId entry, const EntryChecklist& checklist);

private:
    [[nodiscard]] Status requireAdministrator() const;

    NavigatorRepository& m_situations;
    User m_user;
};

} // namespace zabota::core
