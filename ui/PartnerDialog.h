// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/partner/Partner.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace zabota::core {
class PartnerService;
}

namespace zabota::ui {

// One partner organisation of the resource map: a new one, or one to change, for an administrator; anyone else reads
// it. Save keeps the dialog open while the directory refuses, says why in a banner and puts the cursor in the field at
// fault.
class PartnerDialog final : public QDialog {
    Q_OBJECT

public:
    // `existing` empty: a new partner.
    PartnerDialog(core::PartnerService& partners, const std::optional<core::Partner>& existing,
                  QWidget* parent = nullptr);

    // The partner as the form holds it now.
    [[nodiscard]] core::Partner partner() const;
    // The partner saved, once the dialog was accepted.
    [[nodiscard]] std::optional<core::PartnerId> savedId() const { return m_savedId; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    // The editor of a field, by the field codes of core::Error::field ("name", "email", …); null if none.
    [[nodiscard]] QWidget* field(const QString& name) const;
    [[nodiscard]] QString messageText() const;

public Q_SLOTS:
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load(const core::Partner& partner);

    core::PartnerService& m_partners;
    std::optional<core::Partner> m_existing;
    bool m_readOnly = false;
    std::optional<core::PartnerId> m_savedId;
    QLabel* m_message = nullptr;
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
