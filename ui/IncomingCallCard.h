// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"
#include "core/telephony/LineDesk.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace zabota::ui {

// The card that comes up, without taking the keyboard from what the dispatcher is typing, as soon as a call starts
// on a line: the line, the number, how the call goes (ringing, talking with a running timer, ended), the families
// with that phone and their latest appeals. Enter (when the card has the focus) registers the call as a new journal
// entry filled in from it; the family chosen opens its card; Esc hides the card.
class IncomingCallCard final : public QWidget {
    Q_OBJECT

public:
    explicit IncomingCallCard(QWidget* parent = nullptr);

    void showCall(const telephony::LineCall& call);
    // The families and appeals of the call's number (or why they could not be read).
    void showLookup(const core::Result<core::PhoneLookup>& lookup);
    [[nodiscard]] int callId() const { return m_call.id; }
    [[nodiscard]] const telephony::LineCall& call() const { return m_call; }

    [[nodiscard]] QString numberText() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QStringList familyRows() const;
    [[nodiscard]] QStringList entryRows() const;
    [[nodiscard]] QPushButton* registerButton() const { return m_register; }

signals:
    void registerRequested(int callId);
    void familyRequested(qint64 familyId);
    void entryRequested(qint64 entryId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateState();

    telephony::LineCall m_call;
    QLabel* m_title = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_lookupMessage = nullptr;
    QTableWidget* m_families = nullptr;
    QTableWidget* m_entries = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_openFamily = nullptr;
    QTimer* m_clock = nullptr;
};

} // namespace zabota::ui
