// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"
#include "core/navigator/LifeSituation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace zabota::core {
class NavigatorService;
}

namespace zabota::ui {

// One life situation of the navigator: a new one, or one to change, for an administrator; anyone else reads it. The
// checklist is written one step a line; the suggested partners are ticked in the list of partners in use. Save keeps
// the dialog open while the navigator refuses, says why in a banner and puts the cursor in the field at fault.
class LifeSituationDialog final : public QDialog {
    Q_OBJECT

public:
    // `categories`: the journal's categories to choose the default from; `partners`: every partner, those switched
    // off included (they are offered only if the situation names them already). `existing` empty: a new situation.
    LifeSituationDialog(core::NavigatorService& navigator, const QList<core::ProblemCategory>& categories,
                        const QList<core::Partner>& partners, const std::optional<core::LifeSituation>& existing,
                        QWidget* parent = nullptr);

    // The situation as the form holds it now.
    [[nodiscard]] core::LifeSituationDraft draft() const;
    [[nodiscard]] std::optional<core::LifeSituationId> savedId() const { return m_savedId; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    [[nodiscard]] QListWidget* partnerList() const { return m_partners; }

    // The editor of a field, by the field codes of core::Error::field ("title", "steps", …); null if none.
    [[nodiscard]] QWidget* field(const QString& name) const;
    [[nodiscard]] QString messageText() const;

public Q_SLOTS:
    void accept() override;

private:
    core::NavigatorService& m_navigator;
    std::optional<core::LifeSituation> m_existing;
    bool m_readOnly = false;
    std::optional<core::LifeSituationId> m_savedId;
    QLabel* m_message = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_services = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_urgency = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QListWidget* m_partners = nullptr;
};

} // namespace zabota::ui
