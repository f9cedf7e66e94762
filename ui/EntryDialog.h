// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/journal/JournalEntry.h"
#include "core/navigator/LifeSituation.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace zabota::core {
class FamilyService;
class HandoffService;
class JournalService;
class NavigatorService;
} // namespace zabota::core

namespace zabota::ui {

class FamilyLinkPanel;

namespace Ui {
class EntryDialog;
}

// The registration form of the hotline journal: a new appeal, or an entry opened for editing. Fillable from the
// keyboard alone: Tab walks the fields in reading order, Enter saves (Ctrl+Enter inside the two text boxes, where Enter
// starts a new line), Esc closes and asks first if anything was typed. A refused save keeps the form open with
// everything typed, names the problem in a banner at the top and puts the cursor in the field at fault; an entry
// changed meanwhile by someone else is never overwritten: the banner says who saved it and when, and offers to reload
// it; the reload keeps what was typed (see reloadEntry).
class EntryDialog final : public QDialog {
    Q_OBJECT

public:
    // A new entry, with the journal's defaults (received now, by phone, from a parent, planned).
    explicit EntryDialog(core::JournalService& journal, QWidget* parent = nullptr);
    // An entry registered earlier, with its header and change history.
    EntryDialog(core::JournalService& journal, const core::JournalEntry& existing, QWidget* parent = nullptr);
    ~EntryDialog() override;

    // Shows the family panel: the entry's family, found as the dispatcher types, or made from the entry; the choice
    // is applied when the entry is saved.
    void enableFamilies(core::FamilyService& families);
    [[nodiscard]] FamilyLinkPanel* familyPanel() const { return m_familyPanel; }
    // Shows every move of the entry's handoffs to curators under the header (an entry registered earlier).
    void showHandoffs(const core::HandoffService& handoffs);
    [[nodiscard]] QString handoffText() const;
    // Shows the navigator: the life situation of the appeal, its checklist to tick and its suggested partners. A
    // situation chosen sets the category and urgency to its defaults unless they were chosen by hand; the ticks are
    // saved with the entry.
    void enableNavigator(core::NavigatorService& navigator);
    // The situation and checklist as the form holds them now: what a save would keep with the entry.
    [[nodiscard]] core::EntryChecklist checklist() const;
    [[nodiscard]] QList<QCheckBox*> checklistBoxes() const { return m_checks; }
    // The suggested partners (and the services) of the situation chosen, as shown under it.
    [[nodiscard]] QString situationPartnersText() const;

    // A new entry starts from `draft` (a call's line, number and time) instead of the journal's defaults.
    void startFrom(const core::EntryDraft& draft);
    // Puts `panel` (the call being registered, the recordings of the entry) at the top of the form; the form owns it.
    void addPanel(QWidget* panel);

    // The entry as saved, once the dialog was accepted.
    [[nodiscard]] const std::optional<core::JournalEntry>& savedEntry() const { return m_saved; }

    // The draft as the form holds it now: what a save would send.
    [[nodiscard]] core::EntryDraft draft() const;
    // True when the form differs from what it was opened (or reloaded) with.
    [[nodiscard]] bool isModified() const;

    // The editor of a field, by the field codes of core::Error::field ("applicantName", "summary", …); null if none.
    [[nodiscard]] QWidget* field(const QString& name) const;
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] bool reloadOffered() const;
    // After a reload, true while fields both the user and the other person changed show the other person's values
    // and «Put my version back» is offered.
    [[nodiscard]] bool useMineOffered() const;
    [[nodiscard]] QString headerText() const;
    // The change history as listed, newest first: "dd.MM.yyyy HH:mm — Name: Field: old → new".
    [[nodiscard]] QStringList historyLines() const;

public Q_SLOTS:
    // Saves the entry; closes the dialog only if the journal took it.
    void accept() override;
    // Closes the dialog, asking first if anything was typed.
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpForm();
    void loadCategories(std::optional<core::CategoryId> keep, const QString& keepTitle);
    void load(const core::EntryDraft& draft);
    void showEntryDetails();
    void showError(const core::Error& error);
    void clearBanner();
    void setAnonymous(bool anonymous);
    void updateCounter(const QPlainTextEdit* editor, QLabel* counter, int limit);
    void reloadEntry();
    // Puts the user's own values back into the fields both changed (after reloadEntry).
    void useMine();
    // Shows the situation and checklist the user had ticked, over the ones loaded.
    void showOwnChecklist(const core::EntryChecklist& checklist);
    void showNotice(const QString& message);
    // Fills the situation combo with the situations in use and the one the entry keeps, and shows its checklist.
    void loadNavigator(const core::EntryChecklist& kept);
    // The dispatcher chose a situation (or none) in the combo.
    void situationChosen();
    void showChecklist(const core::EntryChecklist& checklist);
    void showSituationDetails(std::optional<core::LifeSituationId> id);

    core::JournalService& m_journal;
    const std::unique_ptr<Ui::EntryDialog> m_ui;
    std::optional<core::JournalEntry> m_existing;
    // The draft the form was loaded with: fields the form does not show (the kind of call) are saved unchanged.
    core::EntryDraft m_loaded;
    // The form as the user left it when a reload merged it with the entry as saved, and the fields both changed:
    // what «Put my version back» restores.
    core::EntryDraft m_mine;
    core::EntryChecklist m_mineChecklist;
    QStringList m_collided;
    std::optional<core::JournalEntry> m_saved;
    // Name and phone typed before «Anonymous» was ticked, given back when it is unticked.
    QString m_hiddenName;
    QString m_hiddenPhone;
    FamilyLinkPanel* m_familyPanel = nullptr;
    QLabel* m_handoffs = nullptr;
    core::NavigatorService* m_navigator = nullptr;
    QList<core::LifeSituation> m_situations; // those in use, and the entry's own
    // The checklist the entry keeps (empty for a new entry), and the one shown: its steps, ticked as the boxes say.
    core::EntryChecklist m_loadedChecklist;
    core::EntryChecklist m_shownChecklist;
    QList<QCheckBox*> m_checks;
    // The category and urgency the form itself put in place (from the entry, or a situation's defaults): while they
    // are unchanged, a situation chosen may set its own.
    std::optional<core::CategoryId> m_autoCategory;
    core::Urgency m_autoUrgency = core::Urgency::Planned;
};

} // namespace zabota::ui
