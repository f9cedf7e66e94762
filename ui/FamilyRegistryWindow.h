// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/family/Family.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

class FamilyCardDialog;
class FamilyRegistryModel;

// The registry of families with its filters and the counts per filter; Enter or a double click opens the card.
class FamilyRegistryWindow final : public QWidget {
    Q_OBJECT

public:
    explicit FamilyRegistryWindow(core::FamilyService& families, QWidget* parent = nullptr);

    [[nodiscard]] FamilyRegistryModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLabel* countLabel() const { return m_countLabel; }
    // The card opened last from this window, while it is open.
    [[nodiscard]] FamilyCardDialog* lastCard() const;

    [[nodiscard]] core::FamilyFilter currentFilter() const;
    void openCurrentFamily();
    // Opens a family's card beside the registry (a call's card asks for it too).
    void openFamily(core::FamilyId id);

private:
    void fillDistricts();
    void fillMicroDistricts();
    void applyFilter();
    void updateCounts();
    void showError(const QString& message);

    core::FamilyService& m_families;
    FamilyRegistryModel* m_model = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_microDistrict = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_onRegister = nullptr;
    QComboBox* m_specialAttention = nullptr;
    QComboBox* m_hasMinors = nullptr;
    QComboBox* m_curator = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_districtCounts = nullptr;
    QLabel* m_errorLabel = nullptr;
    QTableView* m_table = nullptr;
    QPointer<QWidget> m_lastCard;
};

} // namespace zabota::ui
