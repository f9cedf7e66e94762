// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"
#include "core/family/FamilyRegistry.h"

#include <QCoreApplication>

class QSqlQuery;

namespace zabota::core {

class Database;
class JournalRepository;

// Every query of family cards, the registry and the registration history. Values in, value types out; card
// numbering and the folded keys for duplicate detection are kept here so that no caller can forget them.
class FamilyRepository final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::FamilyRepository)

public:
    // The latest journal entries a phone lookup returns.
    static constexpr int kLookupEntries = 10;

    // Reads journal entries through `journal` (the entries of a card, the entries of a phone number).
    FamilyRepository(Database& db, const JournalRepository& journal);

    // One card to write, with its registration history, who wrote it and when (the demo generator writes the past).
    struct NewFamily {
        FamilyDraft draft;
        QList<RegistrationPeriod> registrations; // oldest first; createdBy and createdAt are taken from `by` and `at`
        UserId by = 0;
        QDateTime at;
    };

    [[nodiscard]] Result<Family> insert(const FamilyDraft& draft, UserId by, const QDateTime& now);
    // Writes many cards in one transaction, numbered in their order: all or none. Returns their ids in order.
    [[nodiscard]] Result<QList<FamilyId>> insertBatch(const QList<NewFamily>& families);
    // Saves a changed card if nobody saved it since `expectedVersion`; otherwise a Conflict naming who saved it and
    // when (changedMeanwhile), or NotFound if the card was deleted meanwhile, and nothing is written.
    [[nodiscard]] Result<Family> update(FamilyId id, int expectedVersion, const FamilyDraft& draft, UserId by,
                                        const QDateTime& now);
    [[nodiscard]] Result<Family> get(FamilyId id) const;
    // The refusal of a save over `current`, which someone else saved since the form was filled: who, at what time of
    // which day (local time), and what becomes of the changes in the form.
    [[nodiscard]] static QString changedMeanwhile(const Family& current);

    // The registry, newest card first; `offset` rows skipped.
    [[nodiscard]] Result<QList<FamilySummary>> page(const FamilyFilter& filter, int offset, int limit) const;
    [[nodiscard]] Result<int> count(const FamilyFilter& filter) const;
    // Families per district under a filter, in the districts' order; families with no district last.
    [[nodiscard]] Result<QList<DistrictCount>> countByDistrict(const FamilyFilter& filter) const;

    // Computes again the category masks that are past their day (a category period has ended or begun since, or the
    // card was written before the masks existed); returns how many cards it computed. The registry is right without
    // it, only slower; the console runs it when it opens a database.
    [[nodiscard]] Result<int> refreshCategoryMasks(const QDate& today);

    // Writes the search index of every card again from the cards themselves, inside the caller's transaction: cards
    // copied in from another database come without it (DatabaseMover). Returns how many cards it indexed.
    [[nodiscard]] Result<qint64> rebuildSearchIndex();

    // Families that may be the one described by `keys`, with why; `except` leaves out the card being edited.
    [[nodiscard]] Result<QList<DuplicateCandidate>> findCandidates(const DuplicateKeys& keys,
                                                                   std::optional<FamilyId> except = {}) const;
    // The active users with the curator's role, by name.
    [[nodiscard]] Result<QList<CuratorChoice>> curators() const;
    // The registry's row of one family; nullopt if there is no such card.
    [[nodiscard]] Result<std::optional<FamilySummary>> summary(FamilyId id) const;
    // Families whose members' names, addresses or phones begin with what was typed; see FamilyRegistry::search.
    [[nodiscard]] Result<QList<FamilySummary>> search(const QString& typed, int limit) const;
    // The families with a phone and the latest journal entries from it; `digits` as text::normalisePhone gives them.
    [[nodiscard]] Result<PhoneLookup> byPhone(const QString& digits) const;

    // Ties a journal entry to a family (or to none).
    [[nodiscard]] Status linkEntry(EntryId entryId, std::optional<FamilyId> familyId);
    // The family's journal entries, newest first.
    [[nodiscard]] Result<QList<JournalEntry>> entriesOf(FamilyId id) const;

    // Registration history: a family is put on only while off the register, and taken off only while on it.
    [[nodiscard]] Result<RegistrationPeriod> putOnRegister(FamilyId id, const QDate& on, const QString& basis,
                                                           UserId by, const QDateTime& now);
    [[nodiscard]] Result<RegistrationPeriod> takeOffRegister(FamilyId id, const QDate& on, RemovalReason reason,
                                                             const QString& note, UserId by, const QDateTime& now);

private:
    [[nodiscard]] Status writeChildren(FamilyId id, const FamilyDraft& draft, const QDate& today,
                                       bool fresh = false) const;
    // Inside a write transaction: holds the card's row until it ends (see SqlDialect::lockRows).
    [[nodiscard]] Status lockCard(FamilyId id) const;
    // Numbers and writes one card inside the caller's transaction.
    [[nodiscard]] Result<FamilyId> insertRow(const FamilyDraft& draft, UserId by, const QDateTime& now);
    [[nodiscard]] Result<QList<JournalEntry>> entries(const QString& condition, const QVariant& bind, int limit) const;
    [[nodiscard]] Result<std::optional<RegistrationPeriod>> openRegistration(FamilyId id) const;

    Database& m_db;
    const JournalRepository& m_journal;
    FamilyRegistry m_registry;
};

} // namespace zabota::core
