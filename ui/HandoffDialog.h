// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/family/Family.h"
#include "core/handoff/Handoff.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;

namespace zabota::core {
class HandoffService;
}

namespace zabota::ui {

// Hands the family of a journal entry to a case curator, or to the curators' queue, with a note and a deadline to
// accept (one working day unless changed). A refused offer keeps the dialog open with the reason and what was typed.
class HandoffDialog final : public QDialog {
    Q_OBJECT

public:
    HandoffDialog(core::HandoffService& handoffs, const QList<core::CuratorChoice>& curators, qint64 entryId,
                  std::optional<qint64> familyId, const QString& entryShown, QWidget* parent = nullptr);

    [[nodiscard]] const std::optional<core::Handoff>& offered() const { return m_offered; }
    [[nodiscard]] QComboBox* curatorCombo() const { return m_curator; }
    [[nodiscard]] QString messageText() const;

public Q_SLOTS:
    void accept() override;

private:
    core::HandoffService& m_handoffs;
    qint64 m_entryId;
    std::optional<qint64> m_familyId;
    std::optional<core::Handoff> m_offered;
    QLabel* m_message = nullptr;
    QComboBox* m_curator = nullptr;
    QDateTimeEdit* m_deadline = nullptr;
    QPlainTextEdit* m_note = nullptr;
};

} // namespace zabota::ui
