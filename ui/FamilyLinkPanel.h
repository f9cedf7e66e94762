// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

// The family a journal entry is about, in the registration form: the family linked now, a search box that lists the
// families matching a phone, surname or address as the dispatcher types, and a new family made from the entry. What
// the dispatcher chooses is kept until the entry is saved, then applied to it (apply()); a cancelled form links
// nothing. Keys: Down from the search box walks the list, Enter there links the family under the cursor, Alt+W
// makes a new family from the entry.
class FamilyLinkPanel final : public QWidget {
    Q_OBJECT

public:
    // `draftSource` gives the new family as the entry holds it now (FamilyService::draftFromEntry).
    FamilyLinkPanel(core::FamilyService& families, std::function<core::FamilyDraft()> draftSource,
                    QWidget* parent = nullptr);

    // The family the entry is linked to when the form opens.
    void setLinkedFamily(std::optional<core::FamilyId> id);
    // Looks up what the entry says (the caller's phone) unless the dispatcher is already searching for something.
    void suggest(const QString& typed);
    // True when a save would change the entry's family.
    [[nodiscard]] bool isChanged() const { return m_choice != Choice::Keep; }
    // Links the saved entry as chosen; returns the family it is linked to now (nullopt: none). A new family is created
    // here, with the entry linked to it.
    [[nodiscard]] core::Result<std::optional<core::FamilyId>> apply(const core::JournalEntry& saved);

    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QListWidget* results() const { return m_results; }
    [[nodiscard]] QString linkText() const;
    [[nodiscard]] QPushButton* newFamilyButton() const { return m_newFamily; }

Q_SIGNALS:
    void choiceChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Choice { Keep, Existing, New, None };

    void runSearch();
    void chooseCurrent();
    void createNew();
    void unlink();
    void openCard();
    void showChoice();
    void choose(Choice choice, std::optional<core::FamilySummary> family = std::nullopt);
    [[nodiscard]] std::optional<core::FamilyId> shownFamily() const;

    core::FamilyService& m_families;
    std::function<core::FamilyDraft()> m_draftSource;
    std::optional<core::FamilyId> m_linked;
    QString m_linkedText;
    Choice m_choice = Choice::Keep;
    std::optional<core::FamilySummary> m_chosen;
    core::FamilyDraft m_newDraft;
    // The text the panel put in the search box itself; anything else was typed by the dispatcher.
    QString m_suggested;

    QLabel* m_link = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_newFamily = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_unlink = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace zabota::ui
