// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/navigator/LifeSituation.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace zabota::core {
class JournalService;
class NavigatorService;
class PartnerService;
} // namespace zabota::core

namespace zabota::ui {

// The navigator's life situations with their default category and urgency and the size of their checklists. An
// administrator adds one with Insert, changes the one under the cursor with Enter and switches it off with Delete;
// anyone else opens it with Enter to read. Refusals are said under the list.
class LifeSituationsDialog final : public QDialog {
    Q_OBJECT

public:
    LifeSituationsDialog(core::NavigatorService& navigator, const core::JournalService& journal,
                         const core::PartnerService& partners, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] std::optional<core::LifeSituationId> currentId() const;

    // The actions of the buttons and keys.
    void addSituation();
    void openCurrent();
    void deactivateCurrent();
    void activateCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload(std::optional<core::LifeSituationId> select = std::nullopt);
    void updateButtons();
    void showMessage(const QString& text);
    // Opens the form on `existing` (empty: a new situation); the id saved, if any.
    std::optional<core::LifeSituationId> edit(const std::optional<core::LifeSituation>& existing);

    core::NavigatorService& m_navigator;
    const core::JournalService& m_journal;
    const core::PartnerService& m_partners;
    QList<core::LifeSituation> m_all;
    QCheckBox* m_showInactive = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_activate = nullptr;
};

} // namespace zabota::ui
