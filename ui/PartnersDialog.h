// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner/Partner.h"
#include "ui/DirectoryDialog.h"

class QComboBox;
class QLineEdit;

namespace zabota::core {
class PartnerService;
}

namespace zabota::ui {

// The resource map: the partner organisations by kind, found by kind and by words typed. An administrator adds one
// with Insert, changes the one under the cursor with Enter and switches it off with Delete; anyone else opens it with
// Enter to read. Refusals are said under the list.
class PartnersDialog final : public DirectoryDialog {
    Q_OBJECT

public:
    explicit PartnersDialog(core::PartnerService& partners, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* kindFilter() const { return m_kind; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }

    void addNew() override;
    void openCurrent() override;

protected:
    [[nodiscard]] core::Result<QList<Row>> rows() const override;
    core::Status setActive(qint64 id, bool active) override;

private:
    [[nodiscard]] static Texts texts();

    core::PartnerService& m_partners;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace zabota::ui
