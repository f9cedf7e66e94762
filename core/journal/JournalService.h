// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/DraftMerge.h"
#include "core/Result.h"
#include "core/auth/User.h"
#include "core/journal/JournalEntry.h"

#include <QObject>

#include <functional>

namespace zabota::core {

class CategoryRepository;
class JournalRepository;

// What the dispatcher's screen asks of the journal, on behalf of the logged-in user: registering, the one-keystroke
// calls, editing with conflict detection, filtered pages, and the rules an entry must satisfy.
class JournalService final : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    // Writes what belongs with an entry (the navigator's checklist) in the transaction that saves it: a refusal of
    // either saves neither. Same as JournalRepository::AlsoWrite.
    using AlsoWrite = std::function<Status(EntryId)>;

    JournalService(JournalRepository& journal, CategoryRepository& categories, User currentUser,
                   Clock clock = &QDateTime::currentDateTime, QObject* parent = nullptr);

    [[nodiscard]] const User& currentUser() const { return m_user; }
    [[nodiscard]] QDateTime now() const { return m_clock(); }

    // A new form's defaults: received now, by phone, from a parent, planned.
    [[nodiscard]] EntryDraft newDraft() const;
    [[nodiscard]] Result<JournalEntry> registerEntry(const EntryDraft& draft, const AlsoWrite& alsoWrite = {});
    // A call that carries no case data (silent, hung up, wrong number, information only), registered as closed.
    [[nodiscard]] Result<JournalEntry> registerQuickCall(Disposition disposition, const QString& line = {});
    // Takes back a call registered with one keystroke by mistake, within kUndoMinutes and while nothing was
    // registered after it. Appeals with case data are never removed: they are corrected or closed.
    static constexpr int kUndoMinutes = 10;
    [[nodiscard]] Status undoQuickCall(EntryId id);
    [[nodiscard]] Result<JournalEntry> updateEntry(EntryId id, int expectedVersion, const EntryDraft& draft,
                                                   const AlsoWrite& alsoWrite = {});

    [[nodiscard]] Result<JournalEntry> entry(EntryId id) const;
    [[nodiscard]] Result<int> count(const JournalFilter& filter) const;
    [[nodiscard]] Result<QList<JournalEntry>> page(const JournalFilter& filter, int offset, int limit) const;
    [[nodiscard]] Result<QList<EntryChange>> history(EntryId id) const;
    [[nodiscard]] Result<QList<ProblemCategory>> categories(bool includeInactive = false) const;
    [[nodiscard]] Result<QList<std::pair<UserId, QString>>> dispatchers() const;

    // The category list is configured by an administrator; a category in use is switched off, never deleted.
    [[nodiscard]] Result<ProblemCategory> addCategory(const QString& title);
    [[nodiscard]] Status renameCategory(CategoryId id, const QString& title);
    [[nodiscard]] Status setCategoryActive(CategoryId id, bool active);

    // Checks a draft against the journal's rules; the error names the field at fault.
    [[nodiscard]] static Status validate(const EntryDraft& draft, const QDateTime& now);
    // A field code of FieldChange as a person reads it, and a stored value of it.
    [[nodiscard]] static QString fieldLabel(const QString& field);
    [[nodiscard]] static QString fieldValue(const QString& field, const QString& value);
    // The fields of a draft by those codes, for merging a form whose save was refused with the entry as saved now.
    [[nodiscard]] static const QList<DraftField<EntryDraft>>& draftFields();
    // The entry as `theirs` with the changes `mine` made to `base` put back where `theirs` left them alone.
    [[nodiscard]] static DraftMerge<EntryDraft> mergeDrafts(const EntryDraft& base, const EntryDraft& mine,
                                                            const EntryDraft& theirs);

Q_SIGNALS:
    void entryAdded(zabota::core::EntryId id);
    void entryChanged(zabota::core::EntryId id);
    void entryRemoved(zabota::core::EntryId id);
    void categoriesChanged();

private:
    [[nodiscard]] Status requireAdministrator() const;

    JournalRepository& m_journal;
    CategoryRepository& m_categories;
    User m_user;
    Clock m_clock;
};

} // namespace zabota::core
