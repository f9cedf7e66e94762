// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner/Partner.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace zabota::core {
class PartnerService;
}

namespace zabota::ui {

// The resource map: the partner organisations by kind, found by kind and by words typed. An administrator adds one
// with Insert, changes the one under the cursor with Enter and switches it off with Delete; anyone else opens it with
// Enter to read. Refusals are said under the list.
class PartnersDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PartnersDialog(core::PartnerService& partners, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QComboBox* kindFilter() const { return m_kind; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QString messageText() const;
    // The partner under the cursor, if any.
    [[nodiscard]] std::optional<core::PartnerId> currentId() const;

    // The actions of the buttons and keys.
    void addPartner();
    void openCurrent();
    void deactivateCurrent();
    void activateCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload(std::optional<core::PartnerId> select = std::nullopt);
    void updateButtons();
    void showMessage(const QString& text);

    core::PartnerService& m_partners;
    QList<core::Partner> m_all;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_activate = nullptr;
};

} // namespace zabota::ui
