// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"
#include "core/handoff/Handoff.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zabota::core {
class HandoffService;
}

namespace zabota::ui {

// The handoffs waiting for the logged-in user: offered to them as a curator (or to the queue), returned to them as
// the dispatcher who offered them, escalated to them as a supervisor. Enter accepts, Ctrl+Backspace returns with a
// reason; a supervisor or the offering dispatcher withdraws, or offers again to another curator (Reassign). Late rows
// are marked; the list reads again whenever a handoff changes, without a restart.
class HandoffInboxWindow final : public QWidget {
    Q_OBJECT

public:
    explicit HandoffInboxWindow(core::HandoffService& handoffs, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString messageText() const;
    // The handoff on a row.
    [[nodiscard]] core::HandoffId handoffAt(int row) const;
    // The curators a handoff can be offered to again.
    void setCurators(const QList<core::CuratorChoice>& curators) { m_curators = curators; }

Q_SIGNALS:
    // The current user accepted a handoff here: the case it opened.
    void caseOpened(zabota::core::CaseId id);

public Q_SLOTS:
    void reload();
    void acceptCurrent();
    // Returns the current handoff with `reason`, or asks for one when empty.
    void giveBackCurrent(const QString& reason = {});
    void withdrawCurrent();
    // Offers the current handoff again to `curator` (nullopt: the queue); asks whom when `ask` is true.
    void reassignCurrent(std::optional<core::UserId> curator = std::nullopt, bool ask = true);

private:
    void showMessage(const QString& text);
    // A move refused: says why, and when someone else moved the handoff first, shows the list as it is now.
    void showRefusal(const core::Error& error);
    void updateButtons();
    [[nodiscard]] std::optional<core::Handoff> current() const;

    core::HandoffService& m_handoffs;
    QList<core::Handoff> m_rows;
    bool m_reloading = false;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_giveBack = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_reassign = nullptr;
    QList<core::CuratorChoice> m_curators;
};

} // namespace zabota::ui
