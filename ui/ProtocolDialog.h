// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/supportcase/SupportPlan.h"
#include "ui/CheckedDialog.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace zabota::ui {

// A protocol of a meeting about the case: its number and day, who met (case conference, commission, КДН), who took
// part, what was heard and what was decided. Choosing a decision words it, until the wording is edited by hand. OK
// (or Ctrl+Enter) hands it to `save` and keeps the dialog open with the message when refused.
class ProtocolDialog final : public CheckedDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::ProtocolDraft&)>;

    ProtocolDialog(const core::ProtocolDraft& protocol, Save save, QWidget* parent = nullptr);

    [[nodiscard]] core::ProtocolDraft protocol() const;
    [[nodiscard]] QWidget* field(const QString& name) const override;
    // The usual wording of a decision.
    [[nodiscard]] static QString wording(core::ProtocolDecision decision);

public Q_SLOTS:
    void accept() override;

private:
    Save m_save;
    QLineEdit* m_number = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_participants = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_decisionText = nullptr;
    QDateEdit* m_date = nullptr;
};

} // namespace zabota::ui
