// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/partner/Partner.h"
#include "ui/DirectoryEntryDialog.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace zabota::core {
class PartnerService;
}

namespace zabota::ui {

// One partner organisation of the resource map: a new one, or one to change, for an administrator; anyone else reads
// it. Save keeps the dialog open while the directory refuses, says why in a banner and puts the cursor in the field at
// fault.
class PartnerDialog final : public DirectoryEntryDialog {
    Q_OBJECT

public:
    // `existing` empty: a new partner.
    PartnerDialog(core::PartnerService& partners, const std::optional<core::Partner>& existing,
                  QWidget* parent = nullptr);

    // The partner as the form holds it now.
    [[nodiscard]] core::Partner partner() const;

protected:
    core::Result<qint64> saveNew() override;
    core::Status saveChanges(qint64 id) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load(const core::Partner& partner);

    core::PartnerService& m_partners;
    std::optional<core::Partner> m_existing;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_services = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_contactPerson = nullptr;
    QLineEdit* m_territory = nullptr;
    QLineEdit* m_agreementNo = nullptr;
    QCheckBox* m_hasAgreementDate = nullptr;
    QDateEdit* m_agreementDate = nullptr;
};

} // namespace zabota::ui
