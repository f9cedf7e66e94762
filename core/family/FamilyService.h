// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DraftMerge.h"
#include "core/Result.h"
#include "core/auth/User.h"
#include "core/family/Family.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace zabota::core {

class AuditRepository;
class DistrictRepository;
class FamilyRepository;

// The family cards and the registry as the logged-in user works with them: validation, duplicate detection,
// search-or-create from the journal, the registration history, and the audit of every card opened or changed.
class FamilyService final : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // The earliest birth date accepted.
    static inline const QDate kEarliestBirth{1900, 1, 1};
    // The object type of family cards in the audit log.
    static inline const QString kAuditObject = QStringLiteral("family");

    FamilyService(FamilyRepository& families, DistrictRepository& districts, AuditRepository& audit, User currentUser,
                  Clock clock = &QDateTime::currentDateTime, QObject* parent = nullptr);

    [[nodiscard]] const User& currentUser() const { return m_user; }
    [[nodiscard]] QDateTime now() const { return m_clock(); }
    // The name of this workstation as the audit log records it.
    [[nodiscard]] QString workstation() const { return m_workstation; }
    void setWorkstation(const QString& name) { m_workstation = name; }

    // Checks a draft; the error names the field at fault ("members[2].birthDate", "registeredAddress", "phones[0]").
    [[nodiscard]] static Status validate(const FamilyDraft& draft, const QDate& today);
    // What duplicate detection compares for a draft: phones, folded addresses, minors' birth dates and surnames.
    [[nodiscard]] static DuplicateKeys duplicateKeys(const FamilyDraft& draft, const QDate& today);
    // The ages of the minors of a family at `at`, oldest first.
    [[nodiscard]] static QList<int> childrenAges(const QList<FamilyMember>& members, const QDate& at);
    [[nodiscard]] static QString reasonText(DuplicateReason reason);
    // The fields of a card as the form edits them ("district" holds the micro-district too, "members", "phones", …),
    // for merging a card whose save was refused with the card as saved now; and each one's name as the form shows it.
    [[nodiscard]] static const QList<DraftField<FamilyDraft>>& draftFields();
    [[nodiscard]] static QString fieldLabel(const QString& field);
    // The card as `theirs` with the changes `mine` made to `base` put back where `theirs` left them alone.
    [[nodiscard]] static DraftMerge<FamilyDraft> mergeDrafts(const FamilyDraft& base, const FamilyDraft& mine,
                                                             const FamilyDraft& theirs);

    [[nodiscard]] Result<Family> createFamily(const FamilyDraft& draft);
    // A draft pre-filled from a journal entry: the applicant as a member, the phone.
    [[nodiscard]] static FamilyDraft draftFromEntry(const JournalEntry& entry);
    // Creates a family from the entry and links the entry to it: from `edited` (draftFromEntry after the dispatcher's
    // changes) if given, else from what the entry holds.
    [[nodiscard]] Result<Family> createFromEntry(const JournalEntry& entry,
                                                 const std::optional<FamilyDraft>& edited = std::nullopt);
    [[nodiscard]] Result<Family> updateFamily(FamilyId id, int expectedVersion, const FamilyDraft& draft);
    // The card for a person to read; the view is written to the audit log first, and without it there is no card.
    [[nodiscard]] Result<Family> openCard(FamilyId id);
    [[nodiscard]] Result<QList<JournalEntry>> entriesOf(FamilyId id) const;
    [[nodiscard]] Status linkEntry(EntryId entryId, std::optional<FamilyId> familyId);

    [[nodiscard]] Result<QList<DuplicateCandidate>> duplicates(const FamilyDraft& draft,
                                                               std::optional<FamilyId> except = {}) const;
    // The registry's row of one family (not a view of the card: nothing is audited); nullopt if it is gone.
    [[nodiscard]] Result<std::optional<FamilySummary>> summary(FamilyId id) const;
    // A family as one line: card number, first member, address.
    [[nodiscard]] static QString describe(const FamilySummary& family);
    // Families a dispatcher means by a phone, surname or address as typed so far (FamilyRegistry::search).
    [[nodiscard]] Result<QList<FamilySummary>> search(const QString& typed, int limit = 20) const;
    // Families and the latest journal entries for a phone number as typed or as caller ID gives it.
    [[nodiscard]] Result<PhoneLookup> lookupByPhone(const QString& typed) const;

    [[nodiscard]] Result<QList<FamilySummary>> registry(const FamilyFilter& filter, int offset, int limit) const;
    [[nodiscard]] Result<int> registryCount(const FamilyFilter& filter) const;
    [[nodiscard]] Result<QList<DistrictCount>> countByDistrict(const FamilyFilter& filter) const;
    [[nodiscard]] Result<QList<District>> districts() const;
    // Districts as an administrator keeps them (DistrictRepository); refused for anyone else.
    [[nodiscard]] Result<DistrictId> addDistrict(const QString& name);
    [[nodiscard]] Result<MicroDistrictId> addMicroDistrict(DistrictId district, const QString& name);
    [[nodiscard]] Status renameDistrict(DistrictId id, const QString& name);
    [[nodiscard]] Status renameMicroDistrict(MicroDistrictId id, const QString& name);
    [[nodiscard]] Status setSpecialist(MicroDistrictId id, std::optional<UserId> specialist);
    // Who can be named a family's responsible curator.
    [[nodiscard]] Result<QList<CuratorChoice>> curators() const;
    [[nodiscard]] Result<QList<MicroDistrict>> microDistricts(std::optional<DistrictId> district = {}) const;

    [[nodiscard]] Result<RegistrationPeriod> putOnRegister(FamilyId id, const QDate& on, const QString& basis);
    [[nodiscard]] Result<RegistrationPeriod> takeOffRegister(FamilyId id, const QDate& on, RemovalReason reason,
                                                             const QString& note = {});

Q_SIGNALS:
    void familyAdded(zabota::core::FamilyId id);
    void familyChanged(zabota::core::FamilyId id);

private:
    [[nodiscard]] Status audit(AuditAction action, FamilyId id, const QString& details);
    [[nodiscard]] FamilyFilter dated(FamilyFilter filter) const;
    [[nodiscard]] Status mayKeepDistricts() const;

    FamilyRepository& m_families;
    DistrictRepository& m_districts;
    AuditRepository& m_audit;
    User m_user;
    Clock m_clock;
    QString m_workstation;
};

} // namespace zabota::core
