// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace zabota::ui {

// One member of a family card, added or edited: name, birth date, sex, relation, school or work, disability, legal
// representative, СНИЛС. The birth date is typed as dd.mm.yyyy and may stay empty when unknown. OK checks the member
// with `check` (the card's validation with this member in place) and keeps the dialog open with the message and
// everything typed when it refuses.
class MemberDialog final : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<core::Status(const core::FamilyMember&)>;

    MemberDialog(const core::FamilyMember& member, Check check, QWidget* parent = nullptr);

    [[nodiscard]] core::FamilyMember member() const;
    [[nodiscard]] QString messageText() const;

public Q_SLOTS:
    void accept() override;

private:
    // The birth date typed; nullopt when the text is not a date.
    [[nodiscard]] std::optional<QDate> birthDate() const;

    Check m_check;
    core::FamilyMember m_original;
    QLabel* m_message = nullptr;
    QLineEdit* m_surname = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_patronymic = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_sex = nullptr;
    QComboBox* m_relation = nullptr;
    QLineEdit* m_schoolOrWork = nullptr;
    QCheckBox* m_disability = nullptr;
    QCheckBox* m_legalRepresentative = nullptr;
    QLineEdit* m_snils = nullptr;
};

} // namespace zabota::ui
