// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

// The учётная карта семьи: the header, the members with their ages, the categories, the registration history and
// the family's journal entries, newest first. Everything on the card is edited here — district, curator, addresses,
// phones, notes, the special-attention flag, the members (Insert adds, Enter edits, Delete removes), the categories
// with their dates and the circumstances of need — and written with Save; a stale save is refused and shown in a
// banner that says who saved the card meanwhile and when, and offers to reload it, keeping the edits; it is never
// overwritten. Closing with unsaved edits asks first.
class FamilyCardDialog final : public QDialog {
    Q_OBJECT

public:
    // Opens the card through FamilyService::openCard, which writes the view to the audit log.
    FamilyCardDialog(core::FamilyService& families, core::FamilyId id, QWidget* parent = nullptr);

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] const core::Family& family() const { return m_family; }
    [[nodiscard]] QLabel* banner() const { return m_banner; }
    [[nodiscard]] QPushButton* reloadButton() const { return m_reload; }
    [[nodiscard]] QTableWidget* membersTable() const { return m_members; }
    [[nodiscard]] QLabel* compositionLabel() const { return m_composition; }
    [[nodiscard]] QLineEdit* actualAddressEdit() const { return m_actualAddress; }
    [[nodiscard]] QPlainTextEdit* housingEdit() const { return m_housing; }
    [[nodiscard]] QPlainTextEdit* incomeEdit() const { return m_income; }
    [[nodiscard]] QTableWidget* categoriesTable() const { return m_categories; }
    [[nodiscard]] QString bannerText() const;
    // The card as edited in the window, not yet saved.
    [[nodiscard]] core::FamilyDraft editedDraft() const;
    [[nodiscard]] bool isModified() const { return m_loaded && editedDraft() != m_family.draft; }

    // The family's composition at `at`: «Mother, 2 children: 5 and 12 years».
    [[nodiscard]] static QString composition(const QList<core::FamilyMember>& members, const QDate& at);

    // Saves the edited fields; false if the service refused (the banner says why).
    bool save();
    // Reads the card again as saved now, putting the user's unsaved edits back on top where the other person left
    // the field alone (see mergeWithSaved), and says what it did in the banner.
    void reload();
    // After a reload, puts the user's own values back into the fields both changed.
    void useMine();
    [[nodiscard]] QPushButton* useMineButton() const { return m_useMine; }
    // Closes the card, asking first if there are unsaved edits.
    void reject() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void display(const core::Family& family);
    void showBanner(const QString& message, bool offerReload);
    void showNotice(const QString& message);
    // Shows the editable fields of `draft`; `family` names a district or curator no longer listed.
    void showDraft(const core::FamilyDraft& draft, const core::Family& family);
    // Reads the card again and merges the unsaved edits into it; `announce` says whose version is shown.
    void mergeWithSaved(bool announce);
    void hideBanner();
    void putOnRegister();
    void takeOffRegister();
    void addMember();
    void editMember();
    void removeMember();
    // Opens the member dialog for row `row` (or a new member with -1); true if the member was kept.
    bool runMemberDialog(int row);
    void showMembers();
    void addCategory();
    void removeCategory();
    void showCategories();
    void loadChoices();
    void loadMicroDistricts(std::optional<core::MicroDistrictId> keep);
    [[nodiscard]] QWidget* buildMembersTab();
    [[nodiscard]] QWidget* buildCategoriesTab();

    core::FamilyService& m_families;
    core::FamilyId m_id;
    core::Family m_family;
    bool m_loaded = false;

    QLabel* m_banner = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_useMine = nullptr;
    // The card as the user had edited it when a reload merged it with the card as saved, and the fields both
    // changed: what «Put my version back» restores.
    core::FamilyDraft m_mine;
    QStringList m_collided;
    QLabel* m_header = nullptr;
    QLabel* m_composition = nullptr;
    QLineEdit* m_registeredAddress = nullptr;
    QLineEdit* m_actualAddress = nullptr;
    QPlainTextEdit* m_phones = nullptr;
    QPlainTextEdit* m_housing = nullptr;
    QPlainTextEdit* m_income = nullptr;
    QCheckBox* m_specialAttention = nullptr;
    QTableWidget* m_members = nullptr;
    QList<core::FamilyMember> m_editedMembers;
    QList<core::FamilyCategoryPeriod> m_editedCategories;
    QComboBox* m_district = nullptr;
    QComboBox* m_microDistrict = nullptr;
    QComboBox* m_curator = nullptr;
    QListWidget* m_needs = nullptr;
    QTableWidget* m_categories = nullptr;
    QTableWidget* m_registrations = nullptr;
    QTableWidget* m_entries = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_putOn = nullptr;
    QPushButton* m_takeOff = nullptr;
};

} // namespace zabota::ui
