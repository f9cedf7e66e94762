// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/navigator/LifeSituation.h"

#include <QCoreApplication>

namespace zabota::core {

class Database;
class PartnerRepository;

// The navigator's life situations with their checklists and suggested partners, and the checklist each journal entry
// keeps. A situation is switched off, never deleted; an entry keeps the text of the steps as they read when it was
// saved, so that a later edit of the checklist changes no old entry. Who may change situations is NavigatorService's
// concern.
class NavigatorRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::NavigatorRepository)

public:
    NavigatorRepository(Database& db, const PartnerRepository& partners);

    // The situations in the administrator's order, with their checklists and partners; only those in use if
    // `activeOnly`.
    [[nodiscard]] Result<QList<LifeSituation>> situations(bool activeOnly = true) const;
    [[nodiscard]] Result<LifeSituation> situation(LifeSituationId id) const;
    // A new situation, last in the list and in use.
    [[nodiscard]] Result<LifeSituationId> add(const LifeSituationDraft& draft);
    // Changes a situation; steps whose text stays keep their identity, so that counts of ticks stay comparable.
    [[nodiscard]] Status update(LifeSituationId id, const LifeSituationDraft& draft);
    [[nodiscard]] Status setActive(LifeSituationId id, bool active);

    // The situation and checklist kept for an entry; no situation if none was chosen.
    [[nodiscard]] Result<EntryChecklist> checklistOf(EntryId entry) const;
    // Replaces what an entry keeps by `checklist`. Runs inside the transaction that saves the entry (the AlsoWrite of
    // JournalService), so that the entry and its checklist are saved together or not at all. A situation switched off
    // is refused unless the entry had it already.
    [[nodiscard]] Status writeChecklist(EntryId entry, const EntryChecklist& checklist);

    // Checks a draft; the error names the field at fault ("title", "steps", …).
    [[nodiscard]] static Status validate(const LifeSituationDraft& draft);

private:
    // Reads situations by a condition on `s` (life_situation), with their items and partners.
    [[nodiscard]] Result<QList<LifeSituation>> select(const QString& condition, const QVariantList& binds) const;
    [[nodiscard]] Status checkTitleFree(const QString& title, std::optional<LifeSituationId> except) const;
    [[nodiscard]] Status checkPartners(const QList<PartnerId>& partners) const;
    [[nodiscard]] Status writeSteps(LifeSituationId id, const QStringList& steps);
    [[nodiscard]] Status writePartners(LifeSituationId id, const QList<PartnerId>& partners);

    Database& m_db;
    const PartnerRepository& m_partners;
};

} // namespace zabota::core
