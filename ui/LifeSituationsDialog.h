// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/navigator/LifeSituation.h"
#include "ui/DirectoryDialog.h"

#include <optional>

namespace zabota::core {
class JournalService;
class NavigatorService;
class PartnerService;
} // namespace zabota::core

namespace zabota::ui {

// The navigator's life situations with their default category and urgency and the size of their checklists. An
// administrator adds one with Insert, changes the one under the cursor with Enter and switches it off with Delete;
// anyone else opens it with Enter to read. Refusals are said under the list.
class LifeSituationsDialog final : public DirectoryDialog {
    Q_OBJECT

public:
    LifeSituationsDialog(core::NavigatorService& navigator, const core::JournalService& journal,
                         const core::PartnerService& partners, QWidget* parent = nullptr);

    void addNew() override;
    void openCurrent() override;

protected:
    [[nodiscard]] core::Result<QList<Row>> rows() const override;
    core::Status setActive(qint64 id, bool active) override;

private:
    [[nodiscard]] static Texts texts();
    // Opens the form on `existing` (empty: a new situation); the id saved, if any.
    std::optional<core::LifeSituationId> edit(const std::optional<core::LifeSituation>& existing);

    core::NavigatorService& m_navigator;
    const core::JournalService& m_journal;
    const core::PartnerService& m_partners;
};

} // namespace zabota::ui
