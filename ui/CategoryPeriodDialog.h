// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/family/Family.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace zabota::ui {

// A category of a family with the period it holds (многодетная since a date, ТЖС until a date). OK checks the period
// with `check` and keeps the dialog open with the message when it refuses.
class CategoryPeriodDialog final : public QDialog {
    Q_OBJECT

public:
    using Check = std::function<core::Status(const core::FamilyCategoryPeriod&)>;

    CategoryPeriodDialog(const QDate& today, Check check, QWidget* parent = nullptr);

    [[nodiscard]] core::FamilyCategoryPeriod period() const;

public Q_SLOTS:
    void accept() override;

private:
    Check m_check;
    QLabel* m_message = nullptr;
    QComboBox* m_category = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_ends = nullptr;
    QDateEdit* m_to = nullptr;
};

} // namespace zabota::ui
