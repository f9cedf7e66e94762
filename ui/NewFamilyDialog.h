// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/family/Family.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

// A new family made from a journal entry: the applicant as its first member, the phone, the address and the
// district, all as the entry had them and editable. Before it is made, the registry is searched for the same family
// (same phone; same surname with the same child's birth date; same address): the dispatcher sees the candidates with
// the reasons and either takes one of them or makes the new family anyway. Bad input is named under the fields and
// nothing typed is lost.
class NewFamilyDialog final : public QDialog {
    Q_OBJECT

public:
    NewFamilyDialog(core::FamilyService& families, const core::FamilyDraft& fromEntry, QWidget* parent = nullptr);

    // The new family as typed.
    [[nodiscard]] core::FamilyDraft draft() const;
    // The family the dispatcher took from the candidates instead of making a new one.
    [[nodiscard]] const std::optional<core::FamilySummary>& chosenFamily() const { return m_chosen; }

    [[nodiscard]] QListWidget* candidates() const { return m_candidates; }
    [[nodiscard]] QString messageText() const;

public Q_SLOTS:
    // First press: checks the draft and looks for candidates; with candidates shown, makes the new family anyway.
    void accept() override;

private:
    void takeCandidate();
    void loadMicroDistricts();
    void showMessage(const QString& text);

    core::FamilyService& m_families;
    core::FamilyDraft m_fromEntry;
    std::optional<core::FamilySummary> m_chosen;
    // The draft the candidates were looked up for: changing it looks again.
    std::optional<core::FamilyDraft> m_checked;

    QLabel* m_message = nullptr;
    QLineEdit* m_surname = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_patronymic = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_microDistrict = nullptr;
    QLabel* m_candidatesLabel = nullptr;
    QListWidget* m_candidates = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_take = nullptr;
};

} // namespace zabota::ui
