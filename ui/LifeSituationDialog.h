// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"
#include "core/navigator/LifeSituation.h"
#include "ui/DirectoryEntryDialog.h"

#include <optional>

class QComboBox;
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
class LifeSituationDialog final : public DirectoryEntryDialog {
    Q_OBJECT

public:
    // `categories`: the journal's categories to choose the default from; `partners`: every partner, those switched
    // off included (they are offered only if the situation names them already). `existing` empty: a new situation.
    LifeSituationDialog(core::NavigatorService& navigator, const QList<core::ProblemCategory>& categories,
                        const QList<core::Partner>& partners, const std::optional<core::LifeSituation>& existing,
                        QWidget* parent = nullptr);

    // The situation as the form holds it now.
    [[nodiscard]] core::LifeSituationDraft draft() const;
    [[nodiscard]] QListWidget* partnerList() const { return m_partners; }

protected:
    core::Result<qint64> saveNew() override;
    core::Status saveChanges(qint64 id) override;

private:
    core::NavigatorService& m_navigator;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_services = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_urgency = nullptr;
    QPlainTextEdit* m_steps = nullptr;
    QListWidget* m_partners = nullptr;
};

} // namespace zabota::ui
