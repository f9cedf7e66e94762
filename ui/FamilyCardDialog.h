// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

// The учётная карта семьи: the header, the members with their ages, the categories, the registration history and
// the family's journal entries, newest first. Addresses, phones, notes and the special-attention flag are edited
// here; a stale save is refused and shown in a banner that offers to reload, never overwritten.
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

    // The family's composition at `at`: «Mother, 2 children: 5 and 12 years».
    [[nodiscard]] static QString composition(const QList<core::FamilyMember>& members, const QDate& at);

    // Saves the edited fields; false if the service refused (the banner says why).
    bool save();
    // Reads the card again, dropping the edits.
    void reload();

private:
    void load();
    void display(const core::Family& family);
    void showBanner(const QString& message, bool offerReload);
    void hideBanner();
    void putOnRegister();
    void takeOffRegister();
    [[nodiscard]] core::FamilyDraft editedDraft() const;

    core::FamilyService& m_families;
    core::FamilyId m_id;
    core::Family m_family;
    bool m_loaded = false;

    QLabel* m_banner = nullptr;
    QPushButton* m_reload = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_composition = nullptr;
    QLineEdit* m_registeredAddress = nullptr;
    QLineEdit* m_actualAddress = nullptr;
    QPlainTextEdit* m_phones = nullptr;
    QPlainTextEdit* m_housing = nullptr;
    QPlainTextEdit* m_income = nullptr;
    QCheckBox* m_specialAttention = nullptr;
    QTableWidget* m_members = nullptr;
    QTableWidget* m_categories = nullptr;
    QTableWidget* m_registrations = nullptr;
    QTableWidget* m_entries = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_putOn = nullptr;
    QPushButton* m_takeOff = nullptr;
};

} // namespace zabota::ui
