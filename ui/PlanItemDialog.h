// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"
#include "core/supportcase/SupportPlan.h"
#include "ui/CheckedDialog.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace zabota::ui {

// An item of the individual support plan: the section of services, the activity, who does it (a specialist of the
// centre, a partner organisation, or both), how much and how often, and by when. OK hands the item to `save` and
// keeps the dialog open, with the message and the cursor in the field at fault, when it is refused.
class PlanItemDialog final : public CheckedDialog {
    Q_OBJECT

public:
    using Save = std::function<core::Status(const core::PlanItemDraft&)>;

    // `partners` are the names offered for the partner field, which also takes any name typed.
    PlanItemDialog(const core::PlanItemDraft& item, const QList<core::CuratorChoice>& specialists,
                   const QStringList& partners, Save save, QWidget* parent = nullptr);

    [[nodiscard]] core::PlanItemDraft item() const;
    [[nodiscard]] QWidget* field(const QString& name) const override;

    // The sections of social services of 442-ФЗ, article 20, as a plan is laid out.
    [[nodiscard]] static QStringList standardSections();

public Q_SLOTS:
    void accept() override;

private:
    Save m_save;
    QComboBox* m_section = nullptr;
    QLineEdit* m_activity = nullptr;
    QComboBox* m_responsible = nullptr;
    QComboBox* m_partner = nullptr;
    QLineEdit* m_volume = nullptr;
    QLineEdit* m_notes = nullptr;
    QDateEdit* m_due = nullptr;
};

} // namespace zabota::ui
